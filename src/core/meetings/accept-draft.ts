import type { Command } from "../commands.js";
import { acceptedMinutes } from "../minutes/accepted-minutes.js";
import { decodeDraftRecord, minutesDraftMarker } from "../minutes/draft-record.js";
import type { Meeting } from "./meeting.js";
import type { MeetingDecision } from "./meeting-decision.js";

const shape = /^#(\d{1,9})(?:\s+(--issues))?$/;

/**
 * `/accept #N [--issues]` by a facilitator (checked before this is asked): topic N's draft from
 * the draft comment, or the edited lines below the command, recorded as an `accept` event that
 * meetingOf takes as /outcome and /takeaway notes. The text is copied into the record, so a draft
 * redone later never changes what was accepted. A topic's draft is accepted once; an accepted
 * topic takes more notes by /outcome and /takeaway, as any topic does.
 */
export function decideAccept(
  meeting: Meeting,
  command: Command,
  at: string,
  login: string,
): MeetingDecision {
  const refused = (reason: string): MeetingDecision => ({ kind: "refused", reason });
  const args = shape.exec(command.args.trim());
  if (!args)
    return refused(
      `\`/accept\` takes the topic's number as the draft shows it, and \`--issues\` to open its action items as issues: \`/accept #12\` or \`/accept #12 --issues\`, not \`/accept ${command.args.slice(0, 40).replace(/`/g, "'")}\`.`,
    );
  const topic = Number(args[1]);
  const comment = meeting.bot.get(minutesDraftMarker);
  const draft = comment ? decodeDraftRecord(comment.body) : null;
  if (!draft)
    return refused(
      "There is no draft of the minutes to accept: a facilitator uploads the transcript on the meeting's room page first.",
    );
  const drafted = draft.topics.find((t) => t.topic === topic);
  if (!drafted || !meeting.discussions.some((d) => d.topic === topic))
    return refused(
      `#${topic} is not in the draft minutes: the draft has ${draft.topics.map((t) => `#${t.topic}`).join(", ") || "no topic"}.`,
    );
  const before = [...meeting.records.values()].some((events) =>
    events.some((e) => e.type === "accept" && e.topic === topic),
  );
  if (before)
    return refused(
      `#${topic}'s draft was accepted already: add to it with \`/outcome #${topic} …\` or \`/takeaway #${topic} …\`.`,
    );
  const accepted = acceptedMinutes(drafted, command.lines);
  if ("refused" in accepted) return refused(accepted.refused);
  if (
    accepted.outcome === null &&
    accepted.takeaways.length === 0 &&
    accepted.actionItems.length === 0
  )
    return refused("Nothing to accept: the draft of this topic is empty.");
  return {
    kind: "done",
    events: [
      {
        type: "accept",
        at,
        topic,
        by: login,
        outcome: accepted.outcome,
        takeaways: accepted.takeaways,
        actionItems: accepted.actionItems,
        issues: args[2] === "--issues",
      },
    ],
    status: [],
    close: false,
  };
}
