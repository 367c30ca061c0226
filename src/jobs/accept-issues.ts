import type { Config } from "../config/index.js";
import { cutText, type Effect, type Meeting, type MeetingEvent, marker } from "../core/index.js";
import { speakerLogin } from "../core/minutes/index.js";
import { renderActionItemIssue, toMarkdown } from "../render/index.js";

/**
 * The issues an `/accept #N --issues` opens: one per accepted action item, labelled as an action
 * item, each once (its marker: the meeting, the topic, the item). Assigned to its owner when the
 * transcript's speaker is one of the meeting's people (`speakerLogin`); otherwise the body names them.
 */
export function acceptedActionIssues(
  events: MeetingEvent[],
  meeting: Meeting,
  config: Config,
  site: string,
): Effect[] {
  const people = [...meeting.roster.seated, ...meeting.facilitators];
  return events.flatMap((event) =>
    event.type === "accept" && event.issues
      ? event.actionItems.map((item, i): Effect => {
          const login = item.who ? speakerLogin(item.who, people) : undefined;
          const body = toMarkdown(
            renderActionItemIssue({
              meeting: meeting.issue,
              topic: event.topic,
              by: event.by,
              item,
              site,
            }),
          );
          return {
            kind: "open-issue",
            marker: marker(`minutes-action:${meeting.issue.number}:${event.topic}:${i}`),
            title: cutText(item.what, 90, "…"),
            body,
            labels: [config.labels.actionItem],
            assignees: login ? [login] : [],
          };
        })
      : [],
  );
}
