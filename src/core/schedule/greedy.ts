import type { Model } from "./model.js";
import { compare, type ScheduleState } from "./state.js";

/** Session ids in a stable order: numerically when both are numbers, else as text. */
export function compareIds(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The order the greedy places sessions in: sessions with requested times first, then the largest
 * estimate (so the big rooms go to those who need them: per slot this is a maximum matching of
 * sessions to rooms that seat them, the rooms' sizes being nested), then the fewest requested
 * times, the most meetings, the most votes, and the id.
 */
export function greedyOrder(model: Model): number[] {
  const sessions = model.problem.sessions;
  return sessions
    .map((_, i) => i)
    .sort(
      (a, b) =>
        Number((model.need[b] as number) > 0) - Number((model.need[a] as number) > 0) ||
        (model.top[b] as number) - (model.top[a] as number) ||
        (model.need[a] as number) - (model.need[b] as number) ||
        (sessions[b]?.meetings as number) - (sessions[a]?.meetings as number) ||
        (model.voters[b]?.length as number) - (model.voters[a]?.length as number) ||
        compareIds(sessions[a]?.id as string, sessions[b]?.id as string),
    );
}

/**
 * The room of slot t that suits meeting m best: the smallest that seats the top of its estimate,
 * else the largest there is. -1 when no room of the slot can take it.
 */
export function bestRoom(state: ScheduleState, m: number, t: number): number {
  const { R, seats, meetingSession, top } = state.model;
  const need = top[meetingSession[m] as number] as number;
  let best = -1;
  let bestKey = Number.POSITIVE_INFINITY;
  for (let r = 0; r < R; r++) {
    if (!state.canPlace(m, t * R + r)) continue;
    const size = seats[r] as number;
    const key = size >= need ? size : 1e9 - size;
    if (key < bestKey) {
      bestKey = key;
      best = t * R + r;
    }
  }
  return best;
}

/**
 * A sound start (or the rest of one: meetings already placed stay): pinned meetings at their
 * places, then kept meetings where they were (when replanning), then every other meeting,
 * hardest first, into the slot that costs the least by the objective's order (ties: the emptier
 * slot, then the earlier), in the room that suits it best.
 */
export function greedy(state: ScheduleState): void {
  const model = state.model;
  const M = model.meetingSession.length;
  for (let pass = 0; pass < 2; pass++) {
    for (let m = 0; m < M; m++) {
      const anchor = model.anchor[m] as number;
      if (anchor < 0 || state.cell[m] !== -1 || (pass === 0) !== model.pinned[m]) continue;
      if (state.canPlace(m, anchor)) state.place(m, anchor);
    }
  }
  for (const s of greedyOrder(model)) {
    for (const m of model.meetingsOf[s] as number[]) {
      if (state.cell[m] !== -1) continue;
      const cell = bestCell(state, m);
      if (cell >= 0) state.place(m, cell);
    }
  }
}

function bestCell(state: ScheduleState, m: number): number {
  const { T, R } = state.model;
  let best = -1;
  let bestObjective: number[] | null = null;
  let bestFill = 0;
  for (let t = 0; t < T; t++) {
    const cell = bestRoom(state, m, t);
    if (cell < 0) continue;
    state.place(m, cell);
    const objective = [...state.objective];
    state.unplace(m);
    let fill = 0;
    for (let r = 0; r < R; r++) fill += (state.occupants[t * R + r] as number[]).length;
    const order = bestObjective ? compare(objective, bestObjective) : -1;
    if (order < 0 || (order === 0 && fill < bestFill)) {
      best = cell;
      bestObjective = objective;
      bestFill = fill;
    }
  }
  return best;
}
