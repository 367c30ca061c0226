import { defaultConfig } from "../src/config/index.js";
import { applyMoves, planReorder } from "../src/core/index.js";
import { createClient, loadSnapshot } from "../src/github/index.js";
import { type FakeGitHub, fakeBoard, fakeFetch, fakeProject } from "../test/helpers/fake-github.js";
import { random } from "./synthetic-board.js";

/** Votes a topic gets: mostly a handful, and one topic in a hundred past 100 (a popular one). */
const votes = (n: number) => (n % 100 === 50 ? 150 + (n % 7) * 20 : (n * 7) % 13);

/** The naive way: list the issues, then ask each issue for its 👍, page by page (REST). */
async function naiveRestLoad(fake: FakeGitHub): Promise<number> {
  const github = createClient({ token: "bench", throttle: false, fetch: fakeFetch(fake) });
  const request = github.request as unknown as (
    route: string,
    params: object,
  ) => Promise<{ data: unknown[] }>;
  const repo = { owner: fake.owner, repo: fake.repo, per_page: 100 };
  let requests = 0;
  const numbers: number[] = [];
  for (let page = 1; ; page++) {
    const { data } = await request("GET /repos/{owner}/{repo}/issues", { ...repo, page });
    requests++;
    numbers.push(...(data as Array<{ number: number }>).map((i) => i.number));
    if (data.length < 100) break;
  }
  for (const issue_number of numbers) {
    for (let page = 1; ; page++) {
      const { data } = await request("GET /repos/{owner}/{repo}/issues/{issue_number}/reactions", {
        ...repo,
        issue_number,
        content: "+1",
        page,
      });
      requests++;
      if (data.length < 100) break;
    }
  }
  return requests;
}

/** Requests and rate-limit points to load boards of 100 to 20,000 topics, on a simulated transport. */
export async function benchLoadCost(): Promise<void> {
  console.log(
    "reading a board in full, nothing kept (simulated transport; points by GitHub's published formula):",
  );
  console.log(
    "       N  project  REST pages  GraphQL requests (follow-ups for issues past 100 👍)  points   naive REST: requests",
  );
  const withProject = defaultConfig();
  withProject.project = {
    owner: "acme",
    number: 7,
    fields: { status: "Status", lane: "Lane", quarter: "Quarter", slot: "Slot", room: "Room" },
    statusOptions: {},
    setup: false,
  };
  for (const [n, config] of [
    [100, defaultConfig()],
    [1_000, defaultConfig()],
    [5_000, defaultConfig()],
    [20_000, defaultConfig()],
    [20_000, withProject],
  ] as const) {
    const fake = fakeBoard(n, votes);
    if (config.project) fake.project = fakeProject(fake.issues.map((i) => i.number));
    const github = createClient({ token: "bench", throttle: false, fetch: fakeFetch(fake) });
    const { cost } = await loadSnapshot(github, {
      owner: fake.owner,
      repo: fake.repo,
      config,
      now: "2026-11-20T09:00:00Z",
    });
    const followUps = fake.graphqlCalls("MoreUpvotes").length;
    const naive = n <= 5_000 ? String(await naiveRestLoad(fakeBoard(n, votes))) : "(not run)";
    console.log(
      `  ${String(n).padStart(6)}  ${config.project ? "yes" : "no "}      ${String(cost.restRequests).padStart(6)}  ${String(cost.graphqlRequests).padStart(8)} (${followUps} for ${cost.followUpIssues} issues)${" ".repeat(24)}${String(cost.points).padStart(6)}   ${naive.padStart(10)}`,
    );
  }
}

/** Moves to put random columns of 50 and 500 items in order, beside moving every item. */
export function benchReorder(): void {
  const next = random(7);
  const shuffle = <T>(list: T[]) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  console.log("reordering a To-discuss column (mean over 20 columns each):");
  for (const n of [50, 500]) {
    const desired = Array.from({ length: n }, (_, i) => `item-${i}`);
    for (const [name, make] of [
      ["random order", () => shuffle(desired)],
      [
        "5 topics' votes changed",
        () => {
          const column = [...desired];
          for (let k = 0; k < 5; k++) {
            const [item] = column.splice(Math.floor(next() * column.length), 1);
            column.splice(Math.floor(next() * column.length), 0, item as string);
          }
          return column;
        },
      ],
    ] as const) {
      let total = 0;
      for (let run = 0; run < 20; run++) {
        const current = make();
        const moves = planReorder(current, desired);
        if (applyMoves(current, moves).join() !== desired.join())
          throw new Error("the plan did not reach the order");
        total += moves.length;
      }
      console.log(
        `  ${String(n).padStart(4)} items, ${name}: ${(total / 20).toFixed(1)} moves (n − LIS), beside ${n} moving every item`,
      );
    }
  }
}
