import type { Board } from "../board/board.js";
import type { TopicStatus } from "../board/status.js";
import { sameName } from "../kernel/same-name.js";
import type { Discussion } from "./meeting.js";
import type { MeetingOutcome } from "./meeting-outcome.js";

/**
 * The status a topic's discussion in the meeting implies: Discussed once the group moved on or an
 * outcome was recorded (a decision is not undone by talking on), else Discussing while it is on
 * the table.
 */
export function impliedStatus(discussion: Discussion): TopicStatus {
  return discussion.ended || discussion.outcome ? "discussed" : "discussing";
}

/**
 * The statuses a meeting event sets on the board: its decisions', and the repair of the topic on
 * the table (a run that stopped after its record was written, a fault or a lost lease, is mended
 * by the next event on the meeting), which restores only what the record implies. A meeting that
 * does not act for the group sets the status of its host's own topics alone.
 */
export function meetingStatuses(
  outcome: MeetingOutcome,
  board: Board,
): Array<{ topic: number; to: TopicStatus }> {
  const { current, endedAt, trusted, host } = outcome.meeting;
  const mended =
    current && !endedAt && !outcome.status.some((s) => s.topic === current.topic)
      ? [{ topic: current.topic, to: impliedStatus(current) }]
      : [];
  const hosts = (topic: number) => {
    const author = board.topics.find((t) => t.number === topic)?.author.login;
    return author !== undefined && sameName(author, host);
  };
  return [...outcome.status, ...mended].filter((s) => trusted || hosts(s.topic));
}
