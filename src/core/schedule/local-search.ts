import { compare, type ScheduleState } from "./state.js";

/**
 * Improves a schedule by local search until no move improves it or the budget of evaluated moves
 * is spent: a meeting moves to a free room (in its slot or another), trades places with another
 * meeting, or, when left out, takes a place whose meeting goes to its best other place (or out).
 * Every move must make the objective lexicographically better, and the order of trying is fixed:
 * the same input gives the same schedule. Returns the moves evaluated.
 */
export function localSearch(state: ScheduleState, budget: number): number {
  const model = state.model;
  const M = model.meetingSession.length;
  let evaluations = 0;
  let improved = true;
  while (improved && evaluations < budget) {
    improved = false;
    for (let m = 0; m < M && evaluations < budget; m++) {
      if (model.pinned[m] && state.cell[m] === model.anchor[m]) continue;
      const result = improveMeeting(state, m);
      evaluations += result.evaluations;
      if (result.improved) improved = true;
    }
  }
  return evaluations;
}

function improveMeeting(
  state: ScheduleState,
  m: number,
): { improved: boolean; evaluations: number } {
  const model = state.model;
  const { T, R } = model;
  const s = model.meetingSession[m] as number;
  const from = state.cell[m] as number;
  const requested = model.requested[s];
  // A meeting in a requested slot only looks at requested slots: any other loses a kept time.
  const onlyRequested = from >= 0 && requested?.[(from / R) | 0] === true;
  let evaluations = 0;
  for (let t = 0; t < T; t++) {
    if (onlyRequested && !requested?.[t]) continue;
    for (let r = 0; r < R; r++) {
      const cell = t * R + r;
      if (cell === from || !model.allowed[s]?.[r]) continue;
      const occupants = state.occupants[cell] as number[];
      evaluations++;
      if (occupants.length < (model.holds[r] as number)) {
        if (tryMove(state, m, cell)) return { improved: true, evaluations };
      } else if (occupants.length === 1) {
        const other = occupants[0] as number;
        if (model.pinned[other] || model.meetingSession[other] === s) continue;
        const done = from >= 0 ? trySwap(state, m, other) : tryEject(state, m, other);
        if (done) return { improved: true, evaluations };
      }
    }
  }
  return { improved: false, evaluations };
}

function tryMove(state: ScheduleState, m: number, cell: number): boolean {
  const before = [...state.objective];
  const from = state.cell[m] as number;
  if (from >= 0) state.unplace(m);
  if (state.canPlace(m, cell)) {
    state.place(m, cell);
    if (compare(state.objective, before) < 0) return true;
    state.unplace(m);
  }
  if (from >= 0) state.place(m, from);
  return false;
}

function trySwap(state: ScheduleState, a: number, b: number): boolean {
  const before = [...state.objective];
  const ca = state.cell[a] as number;
  const cb = state.cell[b] as number;
  state.unplace(a);
  state.unplace(b);
  if (state.canPlace(a, cb)) {
    state.place(a, cb);
    if (state.canPlace(b, ca)) {
      state.place(b, ca);
      if (compare(state.objective, before) < 0) return true;
      state.unplace(b);
    }
    state.unplace(a);
  }
  state.place(a, ca);
  state.place(b, cb);
  return false;
}

/** Meeting a (left out) takes b's place; b goes to its best free place, or out. */
function tryEject(state: ScheduleState, a: number, b: number): boolean {
  const before = [...state.objective];
  const cb = state.cell[b] as number;
  state.unplace(b);
  if (state.canPlace(a, cb)) {
    state.place(a, cb);
    let best = -1;
    let bestObjective = [...state.objective];
    const cells = state.model.T * state.model.R;
    for (let cell = 0; cell < cells; cell++) {
      if (cell === cb || !state.canPlace(b, cell)) continue;
      state.place(b, cell);
      if (compare(state.objective, bestObjective) < 0) {
        best = cell;
        bestObjective = [...state.objective];
      }
      state.unplace(b);
    }
    if (best >= 0) state.place(b, best);
    if (compare(state.objective, before) < 0) return true;
    if (best >= 0) state.unplace(b);
    state.unplace(a);
  }
  state.place(b, cb);
  return false;
}
