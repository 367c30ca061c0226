import { defaultConfig } from "../src/config/index.js";
import {
  mergeBallots,
  openBallots,
  type StoredBallot,
  tallyBallots,
  topicsOf,
} from "../src/core/index.js";
import { ballotKeys } from "../src/jobs/ballot-keys.js";
import { syntheticBoard } from "./synthetic-board.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Private ballots at scale: `voters` people with 3 dots each on `topics` topics. Times one batch
 * (every entry sealed afresh and signed, as each batch does), opening the file as the app's
 * loader does (every signature checked, every entry unsealed), and the tally; prints the ballot
 * file's size.
 */
export function benchBallots(topics: number, voters: number, runs = 5): void {
  const config = { ...defaultConfig().votes, source: "ballots" as const, perPerson: 3 };
  const snapshot = syntheticBoard(topics, 0);
  const board = topicsOf(snapshot, defaultConfig()).map((t) => ({
    ...t,
    status: "toDiscuss" as const,
  }));
  const keys = ballotKeys("a-ballot-secret-for-the-bench-only-0123456789");
  const round = "2026-11-01";
  // A fixed spread of choices: person i puts dots on three topics, once each.
  const t0 = performance.now();
  const repository = "acme/board";
  const scope = { installation: 1, repository, round };
  const ballots: StoredBallot[] = Array.from({ length: voters }, (_, i) => ({
    round,
    pseudonym: keys.pseudonym(scope, `person-${i}`),
    dots: Object.fromEntries(
      [0, 1, 2].map((k) => [String(board[(i * 7 + k * 3_001) % board.length]?.number), 1]),
    ),
  }));
  const { text } = mergeBallots(
    undefined,
    { repository, round, installation: 1, ballots, final: false, counts: false },
    keys,
  );
  const sealMs = performance.now() - t0;
  const verify: number[] = [];
  const tally: number[] = [];
  let counted = 0;
  for (let run = 0; run <= runs; run++) {
    const a = performance.now();
    const opened = openBallots(text, { repository, round }, keys);
    const b = performance.now();
    const result = tallyBallots(board, config, opened);
    const c = performance.now();
    if (run > 0) {
      verify.push(b - a);
      tally.push(c - b);
    }
    counted = [...result.topics.values()].reduce((n, t) => n + t.voters.length, 0);
  }
  console.log(
    `ballots: ${voters} voters × 3 dots on ${topics} topics · ballots.json ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB (${(Buffer.byteLength(text) / voters).toFixed(0)} bytes a ballot)`,
  );
  console.log(
    `  one batch (pseudonyms, every entry sealed and signed) ${sealMs.toFixed(0)} ms · parse, check every signature and unseal ${median(verify).toFixed(1)} ms · tally ${median(tally).toFixed(1)} ms (median of ${runs}) · ${counted} dots counted`,
  );
}
