import type { Bounds } from "./bounds.js";
import { MISSED, UNPLACED } from "./state.js";

/**
 * The bound of each objective level (in the state's order), valid for schedules as good as
 * `objective` on the levels before it: room sizes, moves and clashes are bounded among schedules
 * that keep every requested time, so where one is missed they fall back to 0 (true of any).
 */
export function levelBounds(b: Bounds, asked: number, objective: readonly number[]): number[] {
  const placed = asked - (objective[UNPLACED] as number);
  const keepsAll = objective[MISSED] === 0;
  const clashes = placed === asked ? b.trackClashesAllPlaced : b.trackClashes;
  return [
    asked - b.placed,
    b.missed,
    keepsAll ? Math.max(b.tooSmallTop, placed - b.seatableTop) : 0,
    keepsAll ? b.moved : 0,
    keepsAll ? Math.max(b.tooSmallBottom, placed - b.seatableBottom) : 0,
    keepsAll ? b.conflicts + clashes : 0,
    -b.attendance,
    0,
  ];
}

/** The values of the first levels that meet their bound: each proved optimal, given the ones before. */
export function provedLevels(objective: readonly number[], bounds: readonly number[]): number[] {
  const proven: number[] = [];
  for (const [level, value] of objective.entries()) {
    if (value > (bounds[level] as number)) break;
    proven.push(value);
  }
  return proven;
}
