import { execFileSync, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { serializeSnapshot } from "../src/core/snapshot-file.js";
import { freePort } from "../test/helpers/free-port.js";
import { deliveryCpu } from "./app-deliveries.js";
import { interleaved, load, median, runNode, spread, type Usage } from "./measure.js";
import { syntheticBoard } from "./synthetic-board.js";

const root = new URL("..", import.meta.url).pathname;
/** Where the bench keeps what it builds (the peer Action, the 100k snapshot): not in git. */
const cache = join(root, "node_modules/.cache/roundtable-bench");
/** The Node to measure with: ROUNDTABLE_BENCH_NODE (the Action runs on Node 24), else this one. */
const node = process.env.ROUNDTABLE_BENCH_NODE || process.execPath;

/** An environment without the Actions runtime's inputs and paths: the Action fails on `token`. */
function bareEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(k)),
  );
}

function line(label: string, ours: string, peer: string, ratio: number, bar: number): void {
  const verdict = ratio <= bar ? "within" : "OVER";
  console.log(
    `  ${label.padEnd(34)} ${ours.padStart(22)} | ${peer.padStart(22)} | ${ratio.toFixed(2)}× (${verdict} ${bar}×)`,
  );
}

function cpu(samples: Usage[]): string {
  return `${spread(samples.map((s) => s.cpuMs))} ms`;
}

function rss(samples: Usage[]): string {
  return `${spread(samples.map((s) => s.peakRssMiB))} MiB`;
}

const ratioOf = (a: Usage[], b: Usage[], key: keyof Usage) =>
  median(a.map((s) => s[key])) / median(b.map((s) => s[key]));

/**
 * The Action without its inputs, beside a minimal Action bundled by the same script (ncc names
 * its output after the entry's extension: index.mjs).
 */
function actionStart(runs: number): void {
  const peerDir = join(cache, "minimal-action");
  execFileSync(
    process.execPath,
    ["scripts/package-action.mjs", "bench/minimal-action.mjs", peerDir],
    {
      cwd: root,
      stdio: "inherit",
    },
  );
  const env = bareEnv();
  const [ours = [], peer = []] = interleaved(runs, [
    () => runNode(node, [join(root, "dist/index.js")], { env, expectFailure: true }),
    () => runNode(node, [join(peerDir, "index.mjs")], { env, expectFailure: true }),
  ]);
  line("Action cold start, CPU", cpu(ours), cpu(peer), ratioOf(ours, peer, "cpuMs"), 1.3);
  line("Action cold start, peak RSS", rss(ours), rss(peer), ratioOf(ours, peer, "peakRssMiB"), 1.3);
}

/** The bytes of the files in `folder` whose names `match`. */
function folderBytes(folder: string, match: RegExp): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && match.test(e.name))
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** dist/'s code (what Node may load), beside the peer's; its source maps and the rest apart. */
function distSize(): void {
  const dist = join(root, "dist");
  const code = folderBytes(dist, /\.[cm]?js$/);
  const peer = folderBytes(join(cache, "minimal-action"), /\.[cm]?js$/);
  const maps = folderBytes(dist, /\.map$/);
  const rest = folderBytes(dist, /./) - code - maps;
  const mb = (b: number) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(
    `  ${"Action bundle dist/, code".padEnd(34)} ${mb(code).padStart(22)} | ${mb(peer).padStart(22)} | ${code <= 2e6 ? "within" : "OVER"} 2 MB (and ${mb(maps)} of source maps, ${mb(rest)} of licences and assets)`,
  );
}

/** The command as npm installs it: the package's `bin`, run by Node. */
function bin(): string {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  return join(root, pkg.bin.roundtable);
}

function cliVersion(runs: number): void {
  const [ours = [], peer = []] = interleaved(runs, [
    () => runNode(node, [bin(), "--version"]),
    () => runNode(node, ["-e", "0"]),
  ]);
  line("roundtable --version, CPU", cpu(ours), cpu(peer), ratioOf(ours, peer, "cpuMs"), 4);
}

/** Renders every page of a 100k-issue snapshot into a fresh folder, beside only parsing it. */
function render100k(runs: number): void {
  // Version 2, as serializeSnapshot writes a snapshot now (version-1 files, one issue per line,
  // were named snapshot-100k-lines.json; older, indented ones snapshot-100k.json).
  const snapshot = join(cache, "snapshot-100k-v2.json");
  if (!existsSync(snapshot)) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(snapshot, serializeSnapshot(syntheticBoard(100_000, 20_000, true)));
  }
  const out = join(cache, "render-out");
  const parse = `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(snapshot)}, "utf8"))`;
  const [ours = [], peer = []] = interleaved(runs, [
    () => {
      rmSync(out, { recursive: true, force: true });
      return runNode(node, [bin(), "render", "--snapshot", snapshot, "--out", out]);
    },
    () => runNode(node, ["-e", parse]),
  ]);
  const within = (s: Usage[]) =>
    median(s.map((x) => x.cpuMs)) <= 2000 && median(s.map((x) => x.peakRssMiB)) <= 300;
  console.log(
    `  ${"render 100k issues, CPU".padEnd(34)} ${cpu(ours).padStart(22)} | ${cpu(peer).padStart(22)} | ${ratioOf(ours, peer, "cpuMs").toFixed(2)}×`,
  );
  console.log(
    `  ${"render 100k issues, peak RSS".padEnd(34)} ${rss(ours).padStart(22)} | ${rss(peer).padStart(22)} | ${ratioOf(ours, peer, "peakRssMiB").toFixed(2)}× (${within(ours) ? "within" : "OVER"} 2 s and 300 MiB)`,
  );
}

const privateKey = String(
  generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
    type: "pkcs1",
    format: "pem",
  }),
);

/** Starts an app, waits until it answers HTTP, then `idleMs` more, and returns its RSS in MiB. */
async function idleRss(script: string, idleMs: number): Promise<number> {
  const port = await freePort();
  const child = spawn(node, [script], {
    cwd: root,
    env: {
      ...bareEnv(),
      APP_ID: "1",
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: "bench",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      REDIS_URL: "",
    },
    stdio: "ignore",
  });
  try {
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`bench: ${script} exited with ${child.exitCode}`);
      const answer = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined);
      if (answer) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, idleMs));
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
  } finally {
    child.kill("SIGKILL");
  }
}

async function appIdle(runs: number): Promise<void> {
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs", "--app"], {
    cwd: root,
    stdio: "inherit",
  });
  const ours: number[] = [];
  const peer: number[] = [];
  for (let r = 0; r < runs; r++) {
    ours.push(await idleRss("lib/app-bundle/index.js", 10_000));
    peer.push(await idleRss("bench/hello-app.mjs", 10_000));
  }
  line(
    "app RSS, idle 10 s after start",
    `${spread(ours)} MiB`,
    `${spread(peer)} MiB`,
    median(ours) / median(peer),
    1.25,
  );
}

/**
 * The app's CPU per delivery beside the hello app's, in this process (deliveryCpu): no bar, as
 * the two do different work for a comment: the app recounts the board, the peer adds a 👍.
 */
async function appDeliveries(runs: number): Promise<void> {
  const { ours, hello } = await deliveryCpu(runs);
  console.log(
    `  ${"app CPU per delivery (200 comments)".padEnd(34)} ${`${spread(ours, 2)} ms`.padStart(22)} | ${`${spread(hello, 2)} ms`.padStart(22)} | ${(median(ours) / median(hello)).toFixed(2)}× (no bar: a recount of the board against a 👍)`,
  );
}

/** The app's part of the footprint alone (`npm run bench -- app-footprint`): idle memory, CPU. */
export async function benchAppFootprint(runs = 5): Promise<void> {
  console.log(
    `app footprint on node ${process.versions.node}, medians of ${runs} runs (lowest–highest); ${load()}`,
  );
  await appIdle(runs);
  await appDeliveries(runs);
  console.log(
    `  peer: a hello-world Probot app (bench/hello-app.mjs): its own process for memory; in this process for CPU, with the same deliveries. ${load()}`,
  );
}

/**
 * What Roundtable costs to start and to run, beside a peer doing the least of the same kind, each
 * pair measured interleaved in this one run: the median of `runs` whole processes, with the lowest
 * and highest in brackets. Set ROUNDTABLE_BENCH_NODE to measure on another Node (the Action's 24).
 */
export async function benchFootprint(runs = 7): Promise<void> {
  console.log(
    `footprint on node ${execFileSync(node, ["--version"], { encoding: "utf8" }).trim()}, medians of ${runs} runs (lowest–highest); ${load()}`,
  );
  console.log(
    `  ${"measure".padEnd(34)} ${"Roundtable".padStart(22)} | ${"peer".padStart(22)} | ratio (bar)`,
  );
  actionStart(runs);
  distSize();
  cliVersion(runs);
  await appIdle(Math.max(3, Math.ceil(runs / 2)));
  await appDeliveries(Math.max(3, Math.ceil(runs / 2)));
  render100k(Math.max(3, Math.ceil(runs / 2)));
  console.log(
    `  peers: a minimal Action (bench/minimal-action.mjs) bundled as dist/ is; node -e 0; a hello-world Probot app (bench/hello-app.mjs); JSON.parse of the same snapshot. ${load()}`,
  );
}
