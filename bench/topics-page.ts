import { defaultConfig } from "../src/config/index.js";
import { buildQueue, eligibleVoters, siteOf, tallyVotes, topicsOf } from "../src/core/index.js";
import { renderPage, renderTopicsPage } from "../src/render/index.js";
import { renderPages } from "../src/render/pages/render-pages.js";
import { syntheticBoard } from "./synthetic-board.js";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Times each step from a snapshot to the topics page: the first (cold) run, and the median of
 * the warm runs after it; and the memory the steps take above the loaded snapshot.
 */
export function benchTopicsPage(topics: number, voters: number, runs = 5): void {
  const config = defaultConfig();
  const snapshot = syntheticBoard(topics, voters);
  const reactions = snapshot.issues.reduce((n, i) => n + i.reactions.length, 0);
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const steps = ["read topics and forms", "tally", "order", "render"] as const;
  const times = new Map<string, number[]>(steps.map((s) => [s, []]));
  const step = <T>(name: (typeof steps)[number], work: () => T): T => {
    const t0 = performance.now();
    const result = work();
    times.get(name)?.push(performance.now() - t0);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    return result;
  };

  let summary = "";
  let size = 0;
  for (let run = 0; run <= runs; run++) {
    const board = step("read topics and forms", () => topicsOf(snapshot, config));
    const tally = step("tally", () =>
      tallyVotes(board, config.votes, eligibleVoters(config.votes.eligible, snapshot)),
    );
    const queue = step("order", () => buildQueue(board, tally));
    const page = step("render", () =>
      renderPage(
        {
          path: "docs/topics.md",
          region: "topics",
          title: "Topics",
          intro: "Bench.",
          content: renderTopicsPage({
            queue,
            tally,
            config,
            now: snapshot.takenAt,
            site: siteOf(snapshot),
            repository: snapshot.repository,
          }),
        },
        undefined,
      ),
    );
    size = Buffer.byteLength(page);
    summary = `${queue.toDiscuss.length} in the queue, ${tally.overBudget.length} people over budget`;
  }
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const cold = steps.reduce((sum, s) => sum + (times.get(s)?.[0] ?? 0), 0);
  const warm = steps.map((s) => `${s} ${median(times.get(s)?.slice(1) ?? []).toFixed(0)} ms`);
  const warmTotal = steps.reduce((sum, s) => sum + median(times.get(s)?.slice(1) ?? []), 0);
  console.log(
    `topics page: ${topics} issues, ${snapshot.issues.filter((i) => i.labels.includes("topic")).length} of them topics, ${voters} voters, ${reactions} 👍 (${summary})`,
  );
  console.log(
    `  first run ${cold.toFixed(0)} ms · warm median ${warmTotal.toFixed(0)} ms: ${warm.join(" · ")}`,
  );
  console.log(
    `  page ${(size / 1024).toFixed(1)} KB · heap peak ${mb(heapPeak)} (+${mb(heapPeak - heapBefore)} over the loaded snapshot) · peak RSS ${mb(peakRss)} (${mb(rssBefore)} with the snapshot loaded)`,
  );
}

/** Every page the snapshot yields (topics and roadmap), rendered from scratch, as publish does. */
export function benchAllPages(issues: number, voters: number): void {
  const config = defaultConfig();
  const snapshot = syntheticBoard(issues, voters, true);
  const t0 = performance.now();
  const pages = renderPages(snapshot, config, () => undefined);
  const ms = performance.now() - t0;
  const roadmap = snapshot.issues.filter((i) => i.labels.includes("roadmap")).length;
  const objectives = snapshot.issues.filter((i) => i.labels.includes("objective")).length;
  console.log(
    `all pages: ${issues} issues (${roadmap} roadmap items, ${objectives} objectives): ${pages.map((p) => `${p.path} ${(Buffer.byteLength(p.content) / 1024).toFixed(1)} KB`).join(", ")} in ${ms.toFixed(0)} ms; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
}
