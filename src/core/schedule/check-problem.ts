import { closest, distance } from "fastest-levenshtein";
import type { ProblemData } from "./problem-schema.js";
import { ScheduleInputError } from "./schedule-input-error.js";
import { shown, wherePath } from "./schema-error.js";

/** Minutes since midnight; an end of 00:00 is midnight at the end of the day. */
function minutes(clock: string, end = false): number {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  const at = h * 60 + m;
  return end && at === 0 ? 24 * 60 : at;
}

/** ` (did you mean "Room 1"?)` when a known name is a likely typo of the one given. */
function didYouMean(given: string, known: string[]): string {
  if (known.length === 0) return "";
  const best = closest(given, known);
  return distance(given, best) <= Math.max(2, Math.floor(best.length / 3))
    ? ` (did you mean ${JSON.stringify(best)}?)`
    : "";
}

/** The first few names of a list, for "expected one of …". */
function someOf(names: string[]): string {
  const listed = names.slice(0, 4).map((n) => JSON.stringify(n));
  return names.length > 4 ? `${listed.join(", ")}, …` : listed.join(", ");
}

/**
 * The rules no schema of one field can state: unique names and ids, references that exist,
 * min ≤ max, slots that end after they start and do not overlap within a day (a slot is the unit
 * of "at once": two overlapping slots would let a chair be in both). Throws on the first
 * mistake, in the file's order, so nothing is planned from a problem that says two things.
 */
export function checkProblem(data: ProblemData, file: string): void {
  const fail: Fail = (path, what) => {
    throw new ScheduleInputError(`${file}: ${wherePath(data, path)}: ${what}`, {
      where: { file, key: path.map(String).join(".") },
    });
  };
  checkRooms(data, fail);
  checkSlots(data, fail);
  checkSessions(data, fail);
}

/** Throws the mistake at `path` in the problem file. */
type Fail = (path: PropertyKey[], what: string) => never;

type Session = ProblemData["sessions"][number];

/** The plenary room is one of the rooms, and no two rooms share a name. */
function checkRooms(data: ProblemData, fail: Fail): void {
  const roomNames = data.rooms.map((r) => r.name);
  const plenary = data.event.plenaryRoom;
  if (plenary !== null && !roomNames.includes(plenary))
    fail(
      ["event", "plenaryRoom"],
      `expected one of the rooms (${someOf(roomNames)}), got ${shown(plenary)}${didYouMean(plenary, roomNames)}; add that room to "rooms" or correct the name`,
    );
  firstDuplicate(roomNames, (i, j) =>
    fail(
      ["rooms", j, "name"],
      `${shown(roomNames[j])} is also the name of rooms.${i}; give each room its own name`,
    ),
  );
}

/** Slot ids are unique, and each slot ends after it starts and overlaps no other of its day. */
function checkSlots(data: ProblemData, fail: Fail): void {
  const slotIds = data.slots.map((s) => s.id);
  firstDuplicate(slotIds, (i, j) =>
    fail(
      ["slots", j, "id"],
      `${shown(slotIds[j])} is also the id of slots.${i}; give each slot its own id`,
    ),
  );
  data.slots.forEach((slot, j) => {
    if (minutes(slot.end, true) <= minutes(slot.start))
      fail(
        ["slots", j, "end"],
        `expected a time after its start ${slot.start}, got ${shown(slot.end)}; a slot that runs past midnight ends at "00:00" and the next day's slot starts there`,
      );
    data.slots.slice(0, j).forEach((other, i) => {
      if (other.day !== slot.day) return;
      const overlaps =
        minutes(slot.start) < minutes(other.end, true) &&
        minutes(other.start) < minutes(slot.end, true);
      if (overlaps)
        fail(
          ["slots", j],
          `${slot.start}–${slot.end} overlaps slots.${i} (${shown(other.id)}, ${other.start}–${other.end}) on ${shown(slot.day)}; slots of one day must not overlap, since a chair in both would be in two places: move one, or merge them into one slot`,
        );
    });
  });
}

/** Session ids are unique, estimates run min to max, and every slot, room and session named exists. */
function checkSessions(data: ProblemData, fail: Fail): void {
  const sessionIds = data.sessions.map((s) => s.id);
  firstDuplicate(sessionIds, (i, j) =>
    fail(
      ["sessions", j, "id"],
      `${sessionIds[j]} is also the id of sessions.${i}; give each session its own id`,
    ),
  );
  data.sessions.forEach((s, j) => {
    if (s.estimate && s.estimate.max !== null && s.estimate.max < s.estimate.min)
      fail(
        ["sessions", j, "estimate"],
        `expected min ≤ max, got min ${s.estimate.min} and max ${s.estimate.max}; swap them, or write max null for "${s.estimate.min} or more"`,
      );
    checkSessionReferences(data, s, j, sessionIds, fail);
  });
}

/** The requested slots, avoided sessions and recorded places of session `j` exist. */
function checkSessionReferences(
  data: ProblemData,
  s: Session,
  j: number,
  sessionIds: Session["id"][],
  fail: Fail,
): void {
  const roomNames = data.rooms.map((r) => r.name);
  const slotIds = data.slots.map((slot) => slot.id);
  (s.requestedSlots ?? []).forEach((slot, k) => {
    if (!slotIds.includes(slot))
      fail(
        ["sessions", j, "requestedSlots", k],
        `expected one of the slot ids (${someOf(slotIds)}), got ${shown(slot)}${didYouMean(slot, slotIds)}; correct the id or add that slot`,
      );
  });
  s.avoidConflictsWith.forEach((other, k) => {
    if (!sessionIds.includes(other))
      fail(
        ["sessions", j, "avoidConflictsWith", k],
        `no session has id ${other}; remove it or add that session`,
      );
  });
  (s.recorded ?? []).forEach((p, k) => {
    if (!slotIds.includes(p.slot))
      fail(
        ["sessions", j, "recorded", k, "slot"],
        `expected one of the slot ids (${someOf(slotIds)}), got ${shown(p.slot)}${didYouMean(p.slot, slotIds)}; correct the id or remove the place`,
      );
    if (!roomNames.includes(p.room))
      fail(
        ["sessions", j, "recorded", k, "room"],
        `expected one of the rooms (${someOf(roomNames)}), got ${shown(p.room)}${didYouMean(p.room, roomNames)}; correct the name or remove the place`,
      );
  });
}

/** Calls `found(first, again)` with the indexes of the first value listed twice. */
function firstDuplicate(values: string[], found: (first: number, again: number) => void): void {
  const seen = new Map<string, number>();
  for (const [j, value] of values.entries()) {
    const i = seen.get(value);
    if (i !== undefined) {
      found(i, j);
      return;
    }
    seen.set(value, j);
  }
}
