/** One position change: put `item` right after `after`, or at the top when `after` is null. */
export interface Move {
  item: string;
  after: string | null;
}

/**
 * The shortest list of single-item moves that turns `current` into `desired` (the same items in
 * another order). Items on a longest increasing subsequence (LIS) of `current`, ranked by their
 * place in `desired`, already stand in the right relative order and stay; every other item moves
 * once, in desired order, to just after its desired predecessor. That is n − LIS moves, and no
 * plan can do with fewer: a move fixes at most one item's relative order.
 */
export function planReorder(current: readonly string[], desired: readonly string[]): Move[] {
  const rank = new Map(desired.map((id, i) => [id, i]));
  if (rank.size !== desired.length) throw new Error("planReorder: desired order repeats an item");
  if (current.length !== desired.length || current.some((id) => !rank.has(id))) {
    throw new Error("planReorder: current and desired must hold the same items");
  }
  const keep = new Set(longestIncreasingRun(current.map((id) => rank.get(id) as number)));
  const moves: Move[] = [];
  desired.forEach((id, i) => {
    if (!keep.has(i)) moves.push({ item: id, after: i === 0 ? null : (desired[i - 1] as string) });
  });
  return moves;
}

/** The values of one longest strictly increasing subsequence, in O(n log n). */
export function longestIncreasingRun(values: readonly number[]): number[] {
  const tails: number[] = []; // tails[k]: index of the smallest tail of a run of length k + 1
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const run: number[] = [];
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i] as number) {
    run.push(values[i] as number);
  }
  return run.reverse();
}

/** Applies moves to an order, as the board would. */
export function applyMoves(order: readonly string[], moves: readonly Move[]): string[] {
  const result = [...order];
  for (const move of moves) {
    result.splice(result.indexOf(move.item), 1);
    const at = move.after === null ? 0 : result.indexOf(move.after) + 1;
    result.splice(at, 0, move.item);
  }
  return result;
}
