import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileReads } from "../src/action/file-reads.js";
import { defaultConfig } from "../src/config/index.js";
import { memoryCoordination } from "../src/coordination/index.js";
import { createClient } from "../src/github/client.js";
import { publish } from "../src/jobs/publish.js";
import { runContext } from "../src/jobs/run-context.js";
import { sync } from "../src/jobs/sync.js";
import { runUseCase } from "../src/jobs/use-case.js";
import { type FakeGitHub, fakeBoard, fakeFetch } from "../test/helpers/fake-github.js";
import { meetingBody, people } from "../test/helpers/meeting-board.js";
import { example } from "../test/helpers/probot.js";
import { benchInstance } from "./app-deliveries.js";

const votes = (n: number) => (n % 100 === 50 ? 150 + (n % 7) * 20 : (n * 7) % 13);

/** What a stretch of work cost on the fake: requests that count (not 304s), 304s, points. */
function meter(fake: FakeGitHub) {
  const calls = fake.calls.length;
  const points = fake.points;
  const started = performance.now();
  return () => {
    const made = fake.calls.slice(calls);
    const free = made.filter((c) => c.type === "rest" && c.notModified).length;
    const graphql = made.filter((c) => c.type === "graphql").length;
    return {
      what: made
        .filter((c) => !(c.type === "rest" && c.notModified))
        .map((c) => (c.type === "graphql" ? c.operation : `${c.method} ${c.path}`)),
      counted: made.length - free,
      free,
      rest: made.length - free - graphql,
      graphql,
      points: fake.points - points,
      ms: performance.now() - started,
    };
  };
}

const show = (m: ReturnType<ReturnType<typeof meter>>) =>
  `${String(m.counted).padStart(4)} requests that count (${m.rest} REST, ${m.graphql} GraphQL), ${String(m.free).padStart(3)} answered 304, ${String(m.points).padStart(4)} points, ${(m.ms / 1000).toFixed(2)} s`;

/** GitHub answering in `ms`, as the fake: concurrency and throttling only show with latency. */
const slow =
  (route: typeof fetch, ms: number): typeof fetch =>
  async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return route(input, init);
  };

/**
 * The Action's hourly `sync,publish` on a board of `topics`, each run with a new token (as each
 * run's GITHUB_TOKEN is) and the read kept in a file between runs (as actions/cache keeps it):
 * the first run, a run with nothing changed, and a run after one 👍.
 */
export async function benchActionRuns(topics = 3_000): Promise<void> {
  const fake = fakeBoard(topics, votes);
  const directory = mkdtempSync(join(tmpdir(), "roundtable-reads-"));
  const config = defaultConfig();
  const run = async (n: number) => {
    const github = createClient({
      token: `github-token-run-${n}`,
      fetch: fakeFetch(fake),
      reads: fileReads(directory),
    });
    const run = runContext({
      github,
      owner: fake.owner,
      repo: fake.repo,
      config,
      clock: () => new Date(Date.UTC(2026, 10, 30, 9 + n)).toISOString(),
      log: () => {},
    });
    const done = meter(fake);
    const synced = await runUseCase(sync, run);
    await runUseCase(publish, run, { mode: "direct", snapshot: synced.snapshot });
    return { ...done(), asked: synced.cost.readIssues };
  };
  console.log(
    `the Action's sync,publish on ${topics.toLocaleString("en")} topics, a new token each run, the read kept in a file:`,
  );
  const first = await run(0);
  console.log(`  first run (nothing kept)   ${show(first)}; ${first.asked} issues asked about`);
  const unchanged = await run(1);
  console.log(
    `  nothing changed            ${show(unchanged)}; ${unchanged.asked} issues asked about`,
  );
  fake.issues[1_499]?.reactions.push({ login: "newcomer", createdAt: "2026-11-30T11:30:00Z" });
  const oneVote = await run(2);
  console.log(
    `  after one 👍 on #1500       ${show(oneVote)}; ${oneVote.asked} issues asked about`,
  );
  rmSync(directory, { recursive: true, force: true });
}

/**
 * The app (in-process, the throttling it ships with, memory coordination) on a board of `topics`
 * with a meeting, GitHub answering in `latencyMs`: a first event (nothing kept yet), one comment
 * on a topic when nothing else changed, then 14 people's /join within a second.
 */
export async function benchAppEvents(topics = 3_000, latencyMs = 50): Promise<void> {
  const fake = fakeBoard(topics, votes);
  const meeting = topics + 1;
  fake.issues.push({
    id: `I_${meeting}`,
    number: meeting,
    title: "Lean coffee, December",
    state: "OPEN",
    createdAt: "2026-11-20T09:00:00Z",
    closedAt: null,
    body: meetingBody,
    author: "fay",
    labels: ["meeting"],
    assignees: [],
    reactions: [],
    comments: [],
  });
  const probot = await benchInstance(
    slow(fakeFetch(fake), latencyMs),
    memoryCoordination(),
    "shipped",
  );
  const repository = (p: Record<string, unknown>) => {
    const repo = p.repository as Record<string, unknown>;
    p.repository = {
      ...repo,
      name: fake.repo,
      full_name: `${fake.owner}/${fake.repo}`,
      owner: { ...(repo.owner as object), login: fake.owner },
    };
  };
  let id = 9_000;
  const comment = (issue: number, login: string, body: string) => {
    id += 1;
    const at = new Date().toISOString();
    const target = fake.issues.find((i) => i.number === issue);
    if (target) {
      target.comments = [
        ...(target.comments ?? []),
        { id, author: login, body, votes: 0, createdAt: at },
      ];
      fake.touch(target);
    }
    const payload = example("issue_comment", "created", (p) => {
      repository(p);
      p.issue = {
        ...p.issue,
        number: issue,
        node_id: `I_${issue}`,
        labels: [{ name: issue === meeting ? "meeting" : "topic" }],
        body: target?.body ?? "",
      };
      p.comment = {
        ...p.comment,
        id,
        body,
        created_at: at,
        user: { ...p.comment.user, login, type: "User" },
      };
    });
    return probot.receive({ id: `event-${id}`, name: "issue_comment", payload } as never);
  };
  console.log(
    `the app on ${topics.toLocaleString("en")} topics and a meeting (shipped throttling, GitHub answering in ${latencyMs} ms):`,
  );
  let done = meter(fake);
  await comment(5, "person-1", "Good point, we should discuss this.");
  console.log(`  first event (nothing kept)       ${show(done())}`);
  done = meter(fake);
  await comment(7, "person-2", "Agreed, and it links to #5.");
  const quiet = done();
  console.log(`  a comment, nothing else changed  ${show(quiet)}`);
  console.log(`    (the requests that count: ${quiet.what.join("; ")})`);
  done = meter(fake);
  await Promise.all(people.map((login) => comment(meeting, login, "/join")));
  const state = fake.comments
    .get(meeting)
    ?.find((c) => c.body.includes("roundtable:meeting-state"));
  const seated = new Set(state?.body.match(/person-\d+/g) ?? []).size;
  console.log(
    `  14 /join at once                 ${show(done())}; ${seated} people named in the meeting's state`,
  );
}
