import { defaultConfig } from "../src/config/index.js";
import { okrsOf } from "../src/core/index.js";
import { syntheticBoard } from "./synthetic-board.js";

/** The OKR view of a mixed board (one issue in a hundred an objective with two key results). */
export function benchOkrs(count = 100_000, voters = 20_000): void {
  const snapshot = syntheticBoard(count, voters, true);
  const started = performance.now();
  const quarters = okrsOf(snapshot, defaultConfig(), "2026-05-15T00:00:00Z");
  const ms = performance.now() - started;
  const objectives = quarters.reduce((n, q) => n + q.objectives.length, 0);
  console.log(
    `okrs: ${objectives} objectives among ${count} issues in ${ms.toFixed(0)} ms (children by parent in one pass)`,
  );
}
