import type { IssueRecord, Snapshot } from "../src/core/index.js";

/** A small, seeded generator, so every run measures the same board. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A board of `count` issues and `voters` people. Each person votes for 1 to 6 issues (so many
 * are over a budget of 3), popular ones draw more votes, a tenth have no sponsor, and half the
 * bodies come from the issue form. With `mixed`, a tenth are roadmap items and one in a hundred
 * an objective with two key results after it; otherwise every issue is a topic.
 */
export function syntheticBoard(count: number, voters: number, mixed = false, seed = 42): Snapshot {
  const next = random(seed);
  const start = Date.UTC(2026, 0, 1);
  const issues: IssueRecord[] = Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    const roadmap = mixed && number % 10 === 0;
    const objective = mixed && number % 100 === 1;
    const keyResult = mixed && (number % 100 === 2 || number % 100 === 3);
    const form = number % 2 === 0;
    return {
      number,
      title: `Topic ${number}: how do we handle ${["on-call", "hiring", "tech debt", "cloud cost"][number % 4]} at scale?`,
      url: `https://github.com/acme/board/issues/${number}`,
      state: number % 50 === 0 ? "closed" : "open",
      author: { login: `person-${number % voters}`, bot: false },
      createdAt: new Date(start + number * 60_000).toISOString(),
      closedAt: number % 50 === 0 ? new Date(start + number * 120_000).toISOString() : null,
      body:
        keyResult && number % 100 === 2
          ? "### Start value\n\n0\n\n### Target value\n\n10\n\n### Current value\n\n4"
          : form
            ? `### What is it?\n\nTopic ${number}\n\n### Why discuss it? What problem does it solve?\n\nBecause.\n\n### What would a good outcome look like?\n\n_No response_\n\n### Will you sponsor it?\n\n- [x] I will sponsor this topic`
            : `A hand-written body for topic ${number}.`,
      labels: roadmap
        ? ["roadmap", `lane:${["production", "early", "research"][number % 3]}`]
        : objective
          ? ["objective"]
          : keyResult
            ? ["key-result"]
            : number % 40 === 0
              ? ["topic", "status:parked"]
              : ["topic"],
      assignees: number % 10 === 0 ? [] : [`person-${(number * 7) % voters}`],
      milestone:
        roadmap && number % 7 !== 0
          ? `2026-Q${1 + (number % 4)}`
          : objective
            ? `2026-Q${1 + (Math.floor(number / 100) % 4)}`
            : null,
      parent: keyResult ? number - (number % 100) + 1 : null,
      subIssues: [],
      reactions: [],
      board: null,
    };
  });
  for (let v = 0; v < voters; v++) {
    const picks = 1 + Math.floor(next() * 6);
    for (let k = 0; k < picks; k++) {
      // Skewed towards low numbers across the whole board: popular topics draw more votes.
      const index = Math.floor(next() ** 2 * count);
      issues[index]?.reactions.push({
        login: `person-${v}`,
        bot: false,
        createdAt: new Date(
          start + 86_400_000 * 30 + Math.floor(next() * 86_400_000 * 30),
        ).toISOString(),
      });
    }
  }
  return { repository: "acme/board", takenAt: "2026-03-31T00:00:00Z", issues };
}
