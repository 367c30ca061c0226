import type { Effect } from "../plan.js";
import type { Meeting } from "./meeting.js";
import { meetingStart } from "./plan-invitations.js";

const day = 86_400_000;

/**
 * meetings.invite.removeAfterDays, pure: the outside collaborators the app added itself (its
 * ledger says so: invitations it sent, accepted or still pending, and members it added at once),
 * removed `days` after their last meeting, and their pending invitations withdrawn (removing a
 * collaborator does not cancel one). Nobody the app did not add is touched, nor anybody seated in
 * a meeting still ahead. Planned in the week after the day, so a daily run acts once or twice and
 * then lets them be (a repeat changes nothing: GitHub answers 204 and 404).
 */
export function planRemovals(meetings: Meeting[], now: string, days: number): Effect[] {
  const at = Date.parse(now);
  const last = new Map<string, number>();
  const ahead = new Set<string>();
  const added = new Map<string, { state: string; id: number | null }>();
  for (const meeting of meetings) {
    const start = meetingStart(meeting);
    if (!start) continue;
    const when = Date.parse(start);
    for (const login of meeting.roster.seated) {
      const key = login.toLowerCase();
      if (when > at && meeting.issue.state === "open") ahead.add(key);
      last.set(key, Math.max(last.get(key) ?? 0, when));
    }
    for (const [key, entry] of Object.entries(meeting.seats.invited))
      if (["pending", "accepted", "added"].includes(entry.state))
        added.set(key, { state: entry.state, id: entry.id });
  }
  const effects: Effect[] = [];
  for (const [login, entry] of added) {
    const since = last.get(login);
    if (since === undefined || ahead.has(login)) continue;
    const due = since + days * day;
    if (at < due || at >= due + 7 * day) continue;
    if (entry.state === "pending" && entry.id !== null)
      effects.push({ kind: "cancel-invitation", id: entry.id, login });
    else effects.push({ kind: "remove-collaborator", login });
  }
  return effects;
}
