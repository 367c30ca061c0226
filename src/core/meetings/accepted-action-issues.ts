import type { Config } from "../../config/index.js";
import { cutText } from "../cut-text.js";
import { speakerLogin } from "../minutes/index.js";
import { type Effect, marker } from "../plan.js";
import type { Meeting, MeetingEvent } from "./meeting.js";

type ActionItem = Extract<MeetingEvent, { type: "accept" }>["actionItems"][number];

/**
 * The body of an action item's issue, rendered apart (`render/meetings/meeting-texts.ts`): core
 * decides which issues open and for whom, and may not import render/.
 */
export type ActionItemText = (input: {
  meeting: { number: number; url: string };
  topic: number;
  by: string;
  item: ActionItem;
  site: string;
}) => string;

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
  issueText: ActionItemText,
): Effect[] {
  const people = [...meeting.roster.seated, ...meeting.facilitators];
  return events.flatMap((event) =>
    event.type === "accept" && event.issues
      ? event.actionItems.map((item, i): Effect => {
          const login = item.who ? speakerLogin(item.who, people) : undefined;
          const body = issueText({
            meeting: meeting.issue,
            topic: event.topic,
            by: event.by,
            item,
            site,
          });
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
