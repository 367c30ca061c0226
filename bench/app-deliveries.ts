import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { pino } from "pino";
import { type Logger, Probot, ProbotOctokit } from "probot";
import roundtableApp, { createRoundtableApp } from "../src/app/index.js";
import type { Coordination } from "../src/coordination/index.js";
import { shippedThrottling } from "../src/github/throttle.js";
import { FakeGitHub, fakeFetch } from "../test/helpers/fake-github.js";
import { example, type Payload } from "../test/helpers/probot.js";
import { helloApp } from "./hello-app.mjs";

const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
}) as string;

/** The configuration `roundtable init` writes into a repository. */
const initConfig = readFileSync(new URL("../templates/roundtable.yml", import.meta.url), "utf8");

/**
 * `repositories` boards of `topics` topics each (30 by default), as the bench's GitHub holds them,
 * each with the configuration `roundtable init` writes; numbered from `first`.
 */
export function benchBoards(repositories: number, topics = 30, first = 0): Map<string, FakeGitHub> {
  const fakes = new Map<string, FakeGitHub>();
  for (let r = first; r < first + repositories; r++) {
    const fake = new FakeGitHub("acme", `board-${r}`);
    fake.files().set(".github/roundtable.yml", initConfig);
    fake.issues = Array.from({ length: topics }, (_, i) => ({
      id: `I_${r}_${i + 1}`,
      number: i + 1,
      title: `Topic ${i + 1}`,
      state: "OPEN" as const,
      createdAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
      closedAt: null,
      body: "",
      author: "author",
      labels: ["topic"],
      assignees: i % 3 ? ["sponsor"] : [],
      reactions: Array.from({ length: i % 7 }, (_, k) => ({
        login: `voter-${k}`,
        createdAt: "2026-02-01T00:00:00Z",
      })),
    }));
    fakes.set(fake.repo, fake);
  }
  return fakes;
}

/**
 * A simulated GitHub for the boards; `handled` counts, per delivery id, the board reads it served
 * (GitHub's delivery id rides on every request Probot makes).
 */
export function benchTransport(fakes: Map<string, FakeGitHub>, handled: Map<string, number>) {
  const route: typeof fetch = async (input, init) => {
    const url = new URL(
      typeof input === "string" ? input : input instanceof URL ? input.href : input.url,
    );
    // The app itself (its slug, for its bot login: asked once per process), as GitHub answers.
    if (url.pathname === "/app")
      return new Response(JSON.stringify({ id: 1, slug: "roundtable", name: "Roundtable" }), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    if (url.pathname.startsWith("/app/installations/")) {
      return new Response(JSON.stringify({ token: "t", expires_at: "2099-01-01T00:00:00Z" }), {
        status: 201,
        headers: { "content-type": "application/json" },
      });
    }
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : undefined;
    // A GraphQL request names its repository, or asks by the node ids of its issues (I_<r>_<n>).
    const byId = Object.values(body?.variables ?? {})
      .flat()
      .map((v) => /^I_(\d+)_/.exec(String(v))?.[1])
      .find((r) => r !== undefined);
    const repo = url.pathname.endsWith("/graphql")
      ? body?.variables?.name
        ? String(body.variables.name)
        : `board-${byId}`
      : (url.pathname.split("/")[3] ?? "");
    const fake = fakes.get(repo);
    if (!fake) return new Response(JSON.stringify({ message: "Not Found" }), { status: 404 });
    // Every read of a board starts with the first page of its issue listing.
    if (/\/issues$/.test(url.pathname) && (url.searchParams.get("page") ?? "1") === "1") {
      const id = new Headers(init?.headers).get("x-github-delivery") ?? "?";
      handled.set(id, (handled.get(id) ?? 0) + 1);
    }
    return fakeFetch(fake)(input, init);
  };
  return route;
}

/**
 * How an instance throttles its requests: as the app ships (server.ts), as Probot does by default
 * (every GraphQL request a second apart per installation), or not at all.
 */
export type Throttle = "shipped" | "probot-default" | "off";

/** One app instance on the simulated GitHub; coordinated as `coordination` says (else from env). */
export async function benchInstance(
  route: typeof fetch,
  coordination?: Coordination,
  throttle: Throttle = "off",
  log?: Logger,
): Promise<Probot> {
  const Octokit = throttle === "shipped" ? shippedThrottling(ProbotOctokit) : ProbotOctokit;
  const probot = new Probot({
    appId: 1,
    privateKey,
    ...(log ? { log } : { logLevel: "fatal" as const }),
    Octokit: Octokit.defaults((options: object) => ({
      ...options,
      request: { fetch: route },
      retry: { enabled: false },
      ...(throttle === "off" ? { throttle: { enabled: false } } : {}),
    })),
  });
  await probot.load(coordination ? createRoundtableApp(coordination) : roundtableApp);
  return probot;
}

/** The burst: labels, assignments and comments in turn across the boards. */
export function benchBurst(
  deliveries: number,
  repositories: number,
  prefix = "delivery",
  first = 0,
) {
  return Array.from({ length: deliveries }, (_, i) => {
    const repo = `board-${first + (i % repositories)}`;
    const number = 1 + (i % 30);
    const kind = i % 3;
    const setIssue = (p: Payload) => {
      p.repository = {
        ...p.repository,
        name: repo,
        full_name: `acme/${repo}`,
        owner: { ...p.repository.owner, login: "acme" },
      };
      p.issue = {
        ...p.issue,
        number,
        node_id: `I_${repo}_${number}`,
        labels: [{ name: "topic" }],
        assignees: [],
        body: "",
      };
    };
    const payload =
      kind === 2
        ? example("issue_comment", "created", (p) => {
            setIssue(p);
            p.comment.body = "Good point, we should discuss this.";
          })
        : example("issues", kind === 0 ? "labeled" : "assigned", setIssue);
    return { id: `${prefix}-${i}`, name: kind === 2 ? "issue_comment" : "issues", payload };
  });
}

/**
 * The ids of the deliveries the app folded into another recount, read from its log (Probot's
 * event log carries the delivery id): a logger that keeps nothing else.
 */
export function foldedLog(folded: Set<string>): Logger {
  return pino(
    { level: "info" },
    {
      write(line: string) {
        const entry = JSON.parse(line) as { msg?: string; id?: string };
        if (entry.id && entry.msg?.includes("recount folded")) folded.add(entry.id);
      },
    },
  ) as unknown as Logger;
}

/**
 * A burst of webhook deliveries across many repositories, through the app in-process on a
 * simulated transport: throughput, peak memory, and what became of each delivery (a tenth of them
 * are redelivered with the same id): a recount of its own, exactly once; folded into a recount
 * that started after it arrived (by design: that recount read the board it would have read); or
 * lost, neither of the two.
 */
export async function benchDeliveries(deliveries = 500, repositories = 20): Promise<void> {
  for (const throttle of ["shipped", "off"] as Throttle[]) {
    const handled = new Map<string, number>();
    const route = benchTransport(benchBoards(repositories), handled);
    const folded = new Set<string>();
    const probot = await benchInstance(route, undefined, throttle, foldedLog(folded));
    const events = benchBurst(deliveries, repositories, `delivery-${throttle}`);
    const redelivered = events.filter((_, i) => i % 10 === 0);

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    await Promise.all([...events, ...redelivered].map((event) => probot.receive(event as never)));
    const seconds = (performance.now() - started) / 1000;
    const peak = process.resourceUsage().maxRSS * 1024;

    const once = events.filter((e) => handled.get(e.id) === 1).length;
    const foldedIn = events.filter((e) => !handled.has(e.id) && folded.has(e.id)).length;
    const lost = events.filter((e) => !handled.has(e.id) && !folded.has(e.id)).length;
    const twice = events.filter((e) => (handled.get(e.id) ?? 0) > 1).length;
    console.log(
      `app, throttling ${throttle}: ${deliveries} deliveries (+${redelivered.length} redelivered) across ${repositories} repositories in ${seconds.toFixed(2)} s: ${(deliveries / seconds).toFixed(0)} deliveries/s; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (${(rssBefore / 1024 / 1024).toFixed(0)} MB before)`,
    );
    console.log(
      `  of ${deliveries}: recounted exactly once ${once}; folded into a recount that started after they arrived ${foldedIn}; recounted twice ${twice}; lost (neither recounted nor folded) ${lost}`,
    );
  }
}

/** `deliveries` new comments across `repositories` boards, no command among them. */
function commentBurst(deliveries: number, repositories: number, prefix: string) {
  return benchBurst(deliveries * 3, repositories, prefix)
    .filter((event) => event.name === "issue_comment")
    .slice(0, deliveries);
}

/** A Probot that answers every request of `helloApp` as GitHub would, at once. */
async function helloInstance(): Promise<Probot> {
  const answer: typeof fetch = async () =>
    new Response(JSON.stringify({ id: 1, token: "t", expires_at: "2099-01-01T00:00:00Z" }), {
      status: 201,
      headers: { "content-type": "application/json" },
    });
  const probot = new Probot({
    appId: 1,
    privateKey,
    logLevel: "fatal",
    Octokit: ProbotOctokit.defaults((options: object) => ({
      ...options,
      request: { fetch: answer },
      retry: { enabled: false },
      throttle: { enabled: false },
    })),
  });
  await probot.load(helloApp);
  return probot;
}

/** The CPU time (user and system, this process) `work` took, in milliseconds. */
async function cpuMs(work: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * The app's CPU per delivery beside the hello-world Probot app's (bench/hello-app.mjs), each
 * given the same burst of `deliveries` new comments across `repositories` boards, in turn, `runs`
 * times, each run on a fresh instance (its first run loads the code): milliseconds of CPU per
 * delivery, each run's. The app recounts the comment's board (folding those that queue behind a
 * recount); the hello app adds a 👍 to the comment.
 */
export async function deliveryCpu(
  runs = 5,
  deliveries = 200,
  repositories = 20,
): Promise<{ ours: number[]; hello: number[] }> {
  const ours: number[] = [];
  const hello: number[] = [];
  for (let run = 0; run < runs; run++) {
    const route = benchTransport(benchBoards(repositories), new Map());
    const app = await benchInstance(route, undefined, "off");
    const events = commentBurst(deliveries, repositories, `cpu-${run}`);
    ours.push(
      (await cpuMs(() => Promise.all(events.map((e) => app.receive(e as never))))) / deliveries,
    );
    const peer = await helloInstance();
    hello.push(
      (await cpuMs(() => Promise.all(events.map((e) => peer.receive(e as never))))) / deliveries,
    );
  }
  return { ours, hello };
}
