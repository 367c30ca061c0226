import nock from "nock";
import { type AppProcess, deliver, GitHubForProcesses, startApp } from "./app-process.js";
import { FakeGitHub } from "./fake-github.js";
import { type FaultProxy, type FaultRule, faultProxy } from "./fault-proxy.js";
import { clockFrom } from "./moved-clock.js";
import { type RedisServer, startRedis } from "./redis.js";

/**
 * Waits shortened by env (a Retry-After second is 20 ms, the first retry job 300 ms, a request
 * given up after 3 s), never skipped. The give-up is 3 s, not less: on two cores shared by three
 * test files, the stand-in itself took over 1.5 s to answer a story run without faults.
 */
export const shortWaits = {
  ROUNDTABLE_RETRY_BASE_MS: "20",
  ROUNDTABLE_WAIT_MAX_MS: "600",
  ROUNDTABLE_RETRY_JOB_BASE_MS: "300",
  ROUNDTABLE_REQUEST_TIMEOUT_MS: "3000",
  ROUNDTABLE_THROTTLING: "",
};

export type Adapter = "memory" | "redis";

/** A webhook delivery as the helpers build them. */
export interface Delivery {
  id: string;
  name: string;
  // biome-ignore lint/suspicious/noExplicitAny: payloads of every event, edited freely
  payload: any;
}

/** One run of a story on a repository of its own. */
export interface Cell {
  fake: FakeGitHub;
  /** The repository's name, `<base>-c<installation>`. */
  repo: string;
  installation: number;
  /** The rules as the proxy holds them (tied to this cell's token). */
  rules: FaultRule[];
  /** The app's answer to each delivery of the story, in order. */
  answered: number[];
}

/**
 * The real app as a process (what `npm start` runs) behind the fault proxy, on one coordination
 * adapter, serving many repositories at once: each cell is an installation of its own with a
 * fake GitHub of its own (its token routes its requests), so cells run side by side and a retry
 * left by one can never land in another's repository.
 */
export interface FaultBench {
  adapter: Adapter;
  app: AppProcess;
  proxy: FaultProxy;
  github: GitHubForProcesses;
  /**
   * Builds a fake (`build(repo)`), fails its requests as `rules` say, and delivers each event of
   * `story` in turn (each answered before the next is sent), as GitHub sends them to the
   * installation's repository. A delivery the app fails (5xx) is what GitHub would show as
   * failed: where a fault was asked for, the story goes on (the next event is what mends it),
   * and the statuses are in `answered`; with no fault, it stops the story.
   */
  cell(
    build: (repo: string) => FakeGitHub,
    story: Array<(fake: FakeGitHub, cell: Cell) => Delivery>,
    rules?: FaultRule[],
  ): Promise<Cell>;
  stop(): Promise<void>;
}

let installations = 1000;

export async function faultBench(
  adapter: Adapter,
  env: Record<string, string> = {},
): Promise<FaultBench> {
  nock.enableNetConnect("127.0.0.1");
  const github = new GitHubForProcesses(new FakeGitHub("Codertocat", "Hello-World"));
  // Asked by the proxy directly, in this process: no server of its own.
  const proxy = await faultProxy(github.upstream);
  let redis: RedisServer | undefined;
  let app: AppProcess | undefined;
  try {
    redis = adapter === "redis" ? await startRedis() : undefined;
    app = await startApp({ host: proxy.host } as GitHubForProcesses, {
      ...shortWaits,
      // The app's clock starts at one instant, an hour before the stories' commands: pages say
      // "as of" their day, and a clean run and a cell on either side of midnight would differ.
      ...clockFrom("2027-03-01T09:00:00Z"),
      ...(redis ? { REDIS_URL: redis.url } : {}),
      ...env,
    });
  } catch (error) {
    await Promise.all([proxy.close(), redis?.stop(), github.stop()]);
    throw error;
  }
  const running = app;
  return {
    adapter,
    app: running,
    proxy,
    github,
    async cell(build, story, rules = []) {
      const installation = ++installations;
      const fake = build(`Hello-World-c${installation}`);
      const cell: Cell = {
        fake,
        repo: fake.repo,
        installation,
        rules: rules.map((r) => ({ ...r, token: `installation-token-${installation}` })),
        answered: [],
      };
      github.installations.set(installation, fake);
      proxy.rules.push(...cell.rules);
      for (const event of story) {
        const delivery = event(fake, cell);
        delivery.id = `${adapter}-${installation}-${delivery.id}`;
        delivery.payload.installation = { ...delivery.payload.installation, id: installation };
        if (delivery.payload.repository) {
          delivery.payload.repository.name = fake.repo;
          delivery.payload.repository.full_name = `${fake.owner}/${fake.repo}`;
          delivery.payload.repository.owner.login = fake.owner;
        }
        const status = await deliver(running, delivery);
        cell.answered.push(status);
        if (status >= 400 && (rules.length === 0 || status < 500)) {
          // What the app said of this delivery (its failure names it): the cause, in one message.
          const said = running.log.filter((l) => l.includes(delivery.id)).slice(-2);
          throw new Error(`${fake.repo}: ${delivery.name} answered ${status}: ${said.join(" | ")}`);
        }
      }
      return cell;
    },
    async stop() {
      await running.stop();
      await proxy.close();
      await redis?.stop();
      await github.stop();
    },
  };
}

/** Checks `check` every 50 ms until it holds or `ms` pass; whether it held. */
export async function until(check: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
  return check();
}

/**
 * Waits until `fake` has been asked nothing for `quietMs` (longer than the first retry job's
 * wait, so a retry left pending has had its turn), or `ms` pass.
 */
export async function quiet(fake: FakeGitHub, quietMs: number, ms: number): Promise<void> {
  const end = Date.now() + ms;
  let seen = fake.calls.length;
  let since = Date.now();
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    if (fake.calls.length !== seen) {
      seen = fake.calls.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}
