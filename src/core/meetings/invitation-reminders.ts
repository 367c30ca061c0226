import { type Effect, marker } from "../plan.js";
import type { Meeting } from "./meeting.js";
import { meetingStart } from "./plan-invitations.js";

/** The bot's reminder comment on a meeting issue: there is one at most, so it is sent once. */
export const invitationReminderMarker = "invitation-reminder";

/**
 * A day before each open meeting, one reply naming the seated people whose GitHub invitation is
 * still pending (linked, never @-mentioned), pure. The reply is its own record: once it is on the
 * issue, nothing is planned again, however often the scheduled job runs.
 */
export function invitationReminders(meetings: Meeting[], now: string, site: string): Effect[] {
  const at = Date.parse(now);
  return meetings.flatMap((meeting) => {
    const start = meetingStart(meeting);
    if (!start || meeting.issue.state !== "open" || meeting.endedAt) return [];
    const starts = Date.parse(start);
    if (at < starts - 24 * 3_600_000 || at >= starts) return [];
    if (meeting.bot.has(invitationReminderMarker)) return [];
    const pending = meeting.roster.seated.filter(
      (login) => meeting.seats.invited[login.toLowerCase()]?.state === "pending",
    );
    if (pending.length === 0) return [];
    const names = pending.map((login) => `[${login}](${site}/${encodeURIComponent(login)})`);
    const repository = meeting.issue.url.replace(/\/issues\/\d+$/, "");
    return [
      {
        kind: "upsert-comment" as const,
        issue: meeting.issue.number,
        marker: marker(invitationReminderMarker),
        body: `**Reminder: the meeting starts within a day**, and ${names.length === 1 ? "this participant has" : "these participants have"} not accepted the GitHub invitation yet: ${names.join(", ")}. Accept it from GitHub's email or at ${repository}/invitations to propose topics and vote before the meeting.`,
      },
    ];
  });
}
