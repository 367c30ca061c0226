import type { Config } from "../../config/index.js";
import { sameName } from "../kernel/same-name.js";
import type { IssueRecord } from "../snapshot.js";
import { meetingOf } from "./meeting.js";
import { meetingStart } from "./plan-invitations.js";

/**
 * What the RSVP page may show a stranger: the meeting's title, theme, time and seats, and where
 * the viewer stands. Never its topics, never anybody's name but the viewer's own.
 */
export interface RsvpView {
  title: string;
  theme: string;
  /** When it starts (UTC), or null when the form lacks the date, hour or zone. */
  start: string | null;
  timeZone: string | null;
  capacity: number;
  seatsLeft: number;
  waiting: number;
  /** The meeting is over or closed: no seats are taken any more. */
  closed: boolean;
  /** The role an invitation grants (meetings.invite.permission), or null: no invitations. */
  permission: "read" | "triage" | "write" | null;
  viewer: {
    place: "seated" | "waitlist" | "none";
    /** 1-based place in line when waiting. */
    line: number | null;
    /** Their invitation: pending, accepted, added…; null when none was sent. */
    invitation: string | null;
  } | null;
}

/** The RSVP page's view of a meeting issue, for `login` (null: not signed in). Pure. */
export function rsvpViewOf(
  issue: IssueRecord,
  config: Config,
  now: string,
  login: string | null,
): RsvpView {
  const meeting = meetingOf(issue, config);
  const { seated, waitlist } = meeting.roster;
  const start = meetingStart(meeting);
  const line = login ? waitlist.findIndex((p) => sameName(p, login)) : -1;
  return {
    title: issue.title,
    theme: meeting.form.theme,
    start,
    timeZone: meeting.form.timeZone,
    capacity: meeting.form.capacity,
    seatsLeft: Math.max(0, meeting.form.capacity - seated.length),
    waiting: waitlist.length,
    closed:
      issue.state !== "open" ||
      meeting.endedAt !== null ||
      (start !== null && Date.parse(start) <= Date.parse(now)),
    // A meeting whose host is known not to facilitate invites nobody (planInvitationRound); one
    // whose host is not checked yet is, at its first seat.
    permission:
      meeting.trust !== null && !meeting.trusted
        ? null
        : (config.meetings.invite?.permission ?? null),
    viewer: login
      ? {
          place: seated.some((p) => sameName(p, login))
            ? "seated"
            : line >= 0
              ? "waitlist"
              : "none",
          line: line >= 0 ? line + 1 : null,
          invitation: meeting.seats.invited[login.toLowerCase()]?.state ?? null,
        }
      : null,
  };
}
