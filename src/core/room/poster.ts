import type { Config } from "../../config/index.js";
import { boardOf } from "../board-of.js";
import { meetingOf } from "../meetings/meeting.js";
import { clockPlus } from "../meetings/meeting-form.js";
import { planSchedule } from "../meetings/meeting-plan.js";
import type { Snapshot } from "../snapshot.js";

export interface PosterSession {
  number: number;
  title: string;
  sponsor: string | null;
}

/** An unconference's schedule for the wall: slots down, rooms across. */
export interface Poster {
  repository: string;
  number: number;
  title: string;
  theme: string;
  date: string | null;
  timeZone: string | null;
  rooms: string[];
  /** Not fixed yet: the schedule the dot votes give now (the facilitator fixes it with /schedule). */
  draft: boolean;
  slots: Array<{ start: string; end: string; sessions: Array<PosterSession | null> }>;
}

/**
 * The poster of meeting `number`: its schedule as /schedule fixed it or, for an unconference not
 * yet scheduled, the draft the dot votes give at `now`. Null when the snapshot has no such
 * meeting, or nothing to schedule.
 */
export function posterOf(
  snapshot: Snapshot,
  config: Config,
  number: number,
  now: string,
): Poster | null {
  const issue = snapshot.issues.find((i) => i.number === number);
  if (!issue) return null;
  const meeting = meetingOf(issue, config);
  const draft =
    !meeting.schedule && meeting.form.format === "unconference" && !meeting.endedAt
      ? planSchedule(meeting, boardOf(snapshot, config), now)
      : null;
  const schedule = meeting.schedule ?? draft;
  if (!schedule) return null;
  const form = meeting.form;
  const byNumber = new Map(snapshot.issues.map((i) => [i.number, i]));
  const width = Math.max(form.rooms, ...schedule.grid.map((slot) => slot.length));
  const rooms = Array.from(
    { length: width },
    (_, r) => schedule.rooms?.[r]?.name ?? form.roomList[r]?.name ?? `Room ${r + 1}`,
  );
  return {
    repository: snapshot.repository,
    number,
    title: issue.title,
    theme: form.theme,
    date: form.date,
    timeZone: form.timeZone,
    rooms,
    draft: draft !== null,
    slots: schedule.grid.map((slot, s) => {
      const start = form.slotStarts[s] ?? clockPlus(form.start ?? "09:00", s * form.slotMinutes);
      return {
        start,
        end: clockPlus(start, form.slotMinutes),
        sessions: rooms.map((_, r) => {
          const n = slot[r];
          if (n === null || n === undefined) return null;
          const found = byNumber.get(n);
          return {
            number: n,
            title: found?.title ?? `#${n}`,
            sponsor: found?.assignees[0] ?? null,
          };
        }),
      };
    }),
  };
}
