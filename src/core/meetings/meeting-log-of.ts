import type { LoggedTopic, MeetingLog } from "../minutes/meeting-log.js";
import type { Meeting } from "./meeting.js";

/**
 * A meeting's own log as the minutes read it: each topic it had on the table (by issue number,
 * titled from the board), with every stretch it was discussed in, in seconds from the moment the
 * meeting started (its first /start or /topic). A stretch still running ends at its timebox's end.
 * Undefined until a topic has been on the table.
 */
export function meetingLogOf(
  meeting: Meeting,
  titleOf: (topic: number) => string | undefined,
): MeetingLog | undefined {
  if (!meeting.startedAt || meeting.discussions.length === 0) return undefined;
  const origin = Date.parse(meeting.startedAt);
  const seconds = (iso: string) => (Date.parse(iso) - origin) / 1000;
  const topics = new Map<number, LoggedTopic>();
  for (const discussion of meeting.discussions) {
    const topic = topics.get(discussion.topic) ?? {
      index: discussion.topic,
      title: titleOf(discussion.topic) ?? `#${discussion.topic}`,
      timeboxes: [],
    };
    topic.timeboxes.push({
      start: seconds(discussion.began),
      end: seconds(discussion.ended ?? discussion.until),
    });
    topics.set(discussion.topic, topic);
  }
  return { id: `${meeting.issue.number}`, topics: [...topics.values()] };
}
