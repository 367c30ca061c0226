import { evaluate } from "./evaluate.js";
import type { Model } from "./model.js";
import type { Assignment, Placement, Problem, SessionSpec } from "./problem.js";
import { ScheduleState } from "./state.js";

/** A session that did not get all its meetings, and why. */
export interface Unscheduled {
  session: string;
  title: string;
  /** Meetings it asked for that have no place. */
  missing: number;
  reason: string;
}

/** A kept meeting that moved when replanning, and why. */
export interface Move {
  session: string;
  from: Placement;
  /** Its new place, or null when it was dropped. */
  to: Placement | null;
  why: string;
}

/** The state of a finished schedule, to ask what blocks a slot. */
function stateOf(model: Model, cells: number[][]): ScheduleState {
  const state = new ScheduleState(model);
  cells.forEach((list, i) => {
    list.forEach((cell, k) => {
      const m = model.meetingsOf[i]?.[k];
      if (m !== undefined) state.place(m, cell);
    });
  });
  return state;
}

/**
 * Why each left-out meeting has no place, slot by slot: the session already meets then, a chair
 * or group of it is busy in another session, or every room it may use is taken.
 */
export function explainUnscheduled(model: Model, cells: number[][]): Unscheduled[] {
  const state = stateOf(model, cells);
  const { T, R, problem } = model;
  const out: Unscheduled[] = [];
  problem.sessions.forEach((s, i) => {
    const missing = s.meetings - (cells[i]?.length ?? 0);
    if (missing <= 0) return;
    const reasons = new Map<string, number>();
    const note = (why: string) => reasons.set(why, (reasons.get(why) ?? 0) + 1);
    for (let t = 0; t < T; t++) {
      if (state.meetsIn(i, t)) {
        note("it meets then already");
        continue;
      }
      let open = false;
      for (let r = 0; r < R; r++) {
        const cell = t * R + r;
        if (
          model.allowed[i]?.[r] &&
          (state.occupants[cell] as number[]).length < (model.holds[r] as number)
        )
          open = true;
      }
      if (!open) {
        note("every room is taken");
        continue;
      }
      const busy = (model.keys[i] as number[])
        .slice(1)
        .find((k) =>
          problem.sessions.some(
            (_, j) => j !== i && (model.keys[j] as number[]).includes(k) && state.meetsIn(j, t),
          ),
        );
      if (busy !== undefined) {
        const [kind, name] = (model.keyNames[busy] as string).split(/:(.*)/);
        note(
          kind === "chair"
            ? `its chair ${name} is in another session`
            : `its group ${name} meets in another session`,
        );
      } else note("a room is free but taking it would cost another session its requested time");
    }
    const reason = [...reasons]
      .sort((a, b) => b[1] - a[1])
      .map(([why, n]) => `${why} ${n === T ? "in every slot" : `in ${n} of ${T} slots`}`)
      .join("; ");
    out.push({ session: s.id, title: s.title, missing, reason });
  });
  return out;
}

/**
 * Each kept meeting that is not where it was: the slot or room is gone, the session no longer
 * asks for that time, or it made way for a session that needed its place.
 */
export function explainMoves(model: Model, keep: Assignment, assignment: Assignment): Move[] {
  const { problem } = model;
  const rooms = new Set(problem.rooms.map((r) => r.name));
  const slots = new Set(problem.slots.map((s) => s.id));
  const key = (p: Placement) => `${p.slot}\u0000${p.room}`;
  const holder = new Map<string, string[]>();
  for (const [id, places] of Object.entries(assignment))
    for (const p of places) holder.set(key(p), [...(holder.get(key(p)) ?? []), id]);
  const moves: Move[] = [];
  let gain: string | null | undefined;
  // What the new schedule does better than the kept one, counted once, for moves no single
  // session explains.
  const gained = () => {
    gain ??= firstGain(problem, keep, assignment);
    return gain;
  };
  for (const s of problem.sessions) {
    const was = keep[s.id] ?? [];
    const now = assignment[s.id] ?? [];
    const stayed = new Set(was.map(key).filter((k) => now.some((p) => key(p) === k)));
    const arrived = now.filter((p) => !was.some((q) => key(q) === key(p)));
    for (const from of was) {
      if (stayed.has(key(from))) continue;
      const to = arrived.shift() ?? null;
      let why: string;
      if (!slots.has(from.slot)) why = `its slot ${from.slot} is gone`;
      else if (!rooms.has(from.room)) why = `its room ${from.room} is gone`;
      else if (s.requestedSlots && !s.requestedSlots.includes(from.slot))
        why = `it no longer asks for ${from.slot}`;
      else {
        const by = (holder.get(key(from)) ?? []).filter((id) => id !== s.id);
        why = by.length ? madeWayFor(problem, by, from) : ownGain(problem, s, from, to, gained());
      }
      moves.push({ session: s.id, from, to, why });
    }
  }
  return moves;
}

const topOf = (s: SessionSpec | undefined) =>
  s?.estimate ? (s.estimate.max ?? s.estimate.min) : 0;

/** Why a meeting left its place to another session: that session's requested time, or its estimate. */
function madeWayFor(problem: Problem, by: string[], from: Placement): string {
  const seats = problem.rooms.find((r) => r.name === from.room)?.seats ?? 0;
  for (const id of by) {
    const other = problem.sessions.find((s) => s.id === id);
    if (other?.requestedSlots?.includes(from.slot))
      return `so session #${id} keeps its requested time`;
    const top = topOf(other);
    if (top > 0 && seats >= top)
      return `so session #${id} fits its estimate (${top} in ${seats} seats)`;
  }
  return `it made way for #${by.join(", #")}`;
}

/** Why a meeting moved when nobody took its place: its own room, or what the schedule gained. */
function ownGain(
  problem: Problem,
  s: SessionSpec,
  from: Placement,
  to: Placement | null,
  gained: string | null,
): string {
  const seats = (p: Placement) => problem.rooms.find((r) => r.name === p.room)?.seats ?? 0;
  const top = topOf(s);
  if (to && seats(to) >= top && seats(from) < top)
    return `so it fits its estimate (${top} in ${seats(to)} seats, not ${seats(from)})`;
  return gained ?? "so the changed sessions fit with as few moves as this";
}

/** The first objective, in the scheduler's order, that the new schedule does better than the kept one. */
function firstGain(problem: Problem, keep: Assignment, assignment: Assignment): string | null {
  const rooms = new Set(problem.rooms.map((r) => r.name));
  const slots = new Set(problem.slots.map((s) => s.id));
  const kept: Assignment = {};
  for (const s of problem.sessions)
    kept[s.id] = (keep[s.id] ?? []).filter((p) => rooms.has(p.room) && slots.has(p.slot));
  const before = evaluate(problem, kept);
  const after = evaluate(problem, assignment);
  const hard = (f: typeof before) => f.chairClashes + f.groupClashes;
  if (hard(after) < hard(before))
    return "so no chair or group is in two places at once (the kept schedule had them so)";
  if (after.placed > before.placed)
    return `so ${after.placed - before.placed} more meetings are placed`;
  if (after.requestedTimesMissed < before.requestedTimesMissed)
    return `so ${before.requestedTimesMissed - after.requestedTimesMissed} more requested times are kept`;
  if (after.roomsTooSmallForTop < before.roomsTooSmallForTop)
    return `so ${before.roomsTooSmallForTop - after.roomsTooSmallForTop} fewer meetings sit in rooms below their estimate`;
  if (after.roomsTooSmallForBottom < before.roomsTooSmallForBottom)
    return `so ${before.roomsTooSmallForBottom - after.roomsTooSmallForBottom} fewer meetings sit in rooms below their estimate's bottom`;
  const clashes = (f: typeof before) =>
    f.conflicts + f.trackClashes + f.chairClashes + f.groupClashes;
  if (clashes(after) < clashes(before))
    return `so ${clashes(before) - clashes(after)} fewer sessions clash`;
  return null;
}
