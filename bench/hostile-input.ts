import { Probot, ProbotOctokit } from "probot";
import roundtableApp from "../src/app/index.js";
import { type FakeGitHub, fakeFetch } from "../test/helpers/fake-github.js";
import { roundtable } from "../test/helpers/meeting-board.js";
import { example, type Payload, privateKey } from "../test/helpers/probot.js";

/**
 * Poison comments and a flood comment, through the app in-process on a simulated transport (the
 * fake GitHub, so only Roundtable's own time is measured). A poison comment on a meeting issue is
 * read by its own event and again by every later one (the meeting is worked out from its
 * comments), so both are timed: the poison's event, and the next /join. Goal: under 1 s each.
 * The flood: one comment of 5,000 `/sponsor` lines on a topic; goal: at most 3 writes.
 */
export async function benchHostileInput(): Promise<void> {
  const poisons: Array<[string, string]> = [
    ["10,000 `- `", "- ".repeat(10_000)],
    ["quotes 10,000 deep", `${">".repeat(10_000)} deep`],
    ["200 KB of words", "word ".repeat(40_000)],
  ];
  for (const [name, body] of poisons) {
    const fake = roundtable();
    const probot = await app(fake);
    const own = await timed(() => comment(probot, fake, 1, 9001, "person-1", body));
    const next = await timed(() => comment(probot, fake, 1, 9002, "person-2", "/join"));
    console.log(
      `hostile input: ${name} (${(body.length / 1024).toFixed(0)} KB) on a meeting: its event ${own.toFixed(0)} ms, the next /join ${next.toFixed(0)} ms (goal < 1000 ms each)`,
    );
  }
  const fake = roundtable();
  const topic = fake.issues.find((i) => i.number === 4);
  if (topic) topic.assignees = [];
  const probot = await app(fake);
  const flood = Array.from({ length: 5_000 }, (_, i) =>
    i % 2 ? "/sponsor" : `/sponsor @someone-${i}`,
  ).join("\n");
  const ms = await timed(() => comment(probot, fake, 4, 9101, "person-7", flood));
  const writes = fake.calls.filter(
    (c) =>
      (c.type === "rest" && c.method !== "GET") ||
      (c.type === "graphql" && fake.mutations().includes(c as never)),
  );
  console.log(
    `hostile input: one comment of 5,000 /sponsor lines: ${writes.length} writes (goal ≤ 3: ${writes
      .map((w) =>
        w.type === "rest" ? `${w.method} ${w.path.split("/").slice(-2).join("/")}` : w.operation,
      )
      .join(", ")}) in ${ms.toFixed(0)} ms`,
  );
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** The app as Probot loads it, its requests answered by the fake (and GET /app, the token). */
async function app(fake: FakeGitHub): Promise<Probot> {
  const answer = fakeFetch(fake);
  const route: typeof fetch = async (input, init) => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
    );
    const json = (status: number, body: unknown) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { "content-type": "application/json" },
      });
    if (url.pathname === "/app") return json(200, { id: 1, slug: "roundtable" });
    if (url.pathname.startsWith("/app/installations/"))
      return json(201, { token: "t", expires_at: "2099-01-01T00:00:00Z" });
    return answer(input, init);
  };
  const probot = new Probot({
    appId: 1,
    privateKey,
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((options: object) => ({
      ...options,
      request: { fetch: route },
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
  await probot.load(roundtableApp);
  return probot;
}

/** A comment on issue `n`, held by the fake as GitHub would, and its event delivered. */
async function comment(
  probot: Probot,
  fake: FakeGitHub,
  n: number,
  id: number,
  login: string,
  body: string,
): Promise<void> {
  const issue = fake.issues.find((i) => i.number === n);
  if (!issue) throw new Error(`no issue #${n}`);
  const at = "2026-11-21T10:00:00Z";
  issue.comments ??= [];
  issue.comments.push({ id, author: login, body, votes: 0, createdAt: at });
  await probot.receive({
    id: `bench-${id}`,
    name: "issue_comment",
    payload: example("issue_comment", "created", (p: Payload) => {
      p.issue.number = n;
      p.issue.node_id = issue.id;
      p.issue.labels = issue.labels.map((name) => ({ name }));
      p.issue.assignees = issue.assignees.map((l) => ({ login: l }));
      p.issue.body = issue.body;
      p.comment.id = id;
      p.comment.body = body;
      p.comment.created_at = at;
      p.comment.user.login = login;
      p.sender.login = login;
    }),
  } as never);
}
