import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMoves, longestIncreasingRun, planReorder } from "../../../src/core/index.js";

/** Every permutation of 0..n-1 keyed as a string, with the fewest single moves from 0..n-1 to it. */
function fewestMoves(n: number): Map<string, number> {
  const start = Array.from({ length: n }, (_, i) => i);
  const distance = new Map([[start.join(","), 0]]);
  let frontier = [start];
  for (let d = 1; frontier.length > 0; d++) {
    const next: number[][] = [];
    for (const order of frontier) {
      for (let from = 0; from < n; from++) {
        for (let to = 0; to < n; to++) {
          if (to === from) continue;
          const moved = [...order];
          const [item] = moved.splice(from, 1);
          moved.splice(to, 0, item as number);
          const key = moved.join(",");
          if (!distance.has(key)) {
            distance.set(key, d);
            next.push(moved);
          }
        }
      }
    }
    frontier = next;
  }
  return distance;
}

const permutation = fc.integer({ min: 0, max: 40 }).chain((n) =>
  fc.shuffledSubarray(
    Array.from({ length: n }, (_, i) => `item-${i}`),
    { minLength: n, maxLength: n },
  ),
);

describe("planReorder", () => {
  it("plans nothing for a column already in order", () => {
    expect(planReorder(["a", "b", "c"], ["a", "b", "c"])).toEqual([]);
  });

  it("moves one item to the top, or after its new predecessor", () => {
    expect(planReorder(["a", "b", "c"], ["c", "a", "b"])).toEqual([{ item: "c", after: null }]);
    expect(planReorder(["a", "b", "c"], ["b", "a", "c"])).toEqual([{ item: "a", after: "b" }]);
  });

  it("refuses columns that do not hold the same items", () => {
    expect(() => planReorder(["a", "b"], ["a", "c"])).toThrow(/same items/);
    expect(() => planReorder(["a", "b"], ["a", "a"])).toThrow(/repeats/);
  });

  it("yields the desired order in exactly n − LIS moves", () => {
    fc.assert(
      fc.property(permutation, permutation, (current, desired) => {
        // Both are shuffles of the same n items.
        fc.pre(current.length === desired.length);
        const moves = planReorder(current, desired);
        expect(applyMoves(current, moves)).toEqual(desired);
        const rank = new Map(desired.map((id, i) => [id, i]));
        const lis = longestIncreasingRun(current.map((id) => rank.get(id) as number)).length;
        expect(moves.length).toBe(current.length - lis);
      }),
    );
  });

  it("finds no plan longer than the shortest possible, for every order of up to 7 items", () => {
    for (let n = 0; n <= 7; n++) {
      const ids = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
      for (const [key, shortest] of fewestMoves(n)) {
        const current = key === "" ? [] : key.split(",").map((i) => ids[Number(i)] as string);
        const moves = planReorder(current, ids);
        expect(applyMoves(current, moves)).toEqual(ids);
        expect(moves.length).toBe(shortest);
      }
    }
  });
});

describe("longestIncreasingRun", () => {
  it("finds a longest strictly increasing subsequence", () => {
    expect(longestIncreasingRun([3, 1, 2, 5, 4, 6])).toEqual([1, 2, 4, 6]);
    expect(longestIncreasingRun([])).toEqual([]);
    expect(longestIncreasingRun([5, 4, 3])).toHaveLength(1);
  });
});
