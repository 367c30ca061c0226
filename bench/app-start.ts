import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createHmac, generateKeyPairSync } from "node:crypto";
import { freePort } from "../test/helpers/free-port.js";
import { spread } from "./measure.js";

const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
});

/** The app's settings on `port`, memory coordination. */
const appEnv = (port: number): NodeJS.ProcessEnv => ({
  APP_ID: "1",
  PRIVATE_KEY: String(privateKey),
  WEBHOOK_SECRET: "bench",
  PORT: String(port),
  HOST: "127.0.0.1",
  LOG_LEVEL: "warn",
  REDIS_URL: "",
});

/** Milliseconds from spawning `command` to the app's first 200 on /health. */
async function startOnce(command: string[]): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const [file = "", ...args] = command;
  const child = spawn(file, args, {
    env: { ...process.env, ...appEnv(port) },
    stdio: "ignore",
    // npm runs the app as a child of its own: the group is stopped as one.
    detached: true,
  });
  try {
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (answer?.ok) return performance.now() - started;
      if (child.exitCode !== null)
        throw new Error(`${command.join(" ")} exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  }
}

/** The web pages' settings: with them, a page request loads the app on first use. */
const webEnv = {
  GITHUB_CLIENT_ID: "Iv1.bench",
  GITHUB_CLIENT_SECRET: "bench-secret",
  SESSION_SECRET: "a session secret of at least thirty-two characters",
  PUBLIC_URL: "http://127.0.0.1",
};

/** A signed `ping` delivery: the app loads on it, and Probot answers it with no work of ours. */
function ping(url: string, id: string): Promise<Response> {
  const body = JSON.stringify({ zen: "Design for failure.", hook_id: 1 });
  return fetch(`${url}/api/github/webhooks`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "ping",
      "x-github-delivery": id,
      "x-hub-signature-256": `sha256=${createHmac("sha256", "bench").update(body).digest("hex")}`,
    },
    body,
  });
}

/** A meeting's room, not signed in: the page's handler answers with the sign-in's redirect. */
const room = (url: string) =>
  fetch(`${url}/roundtable/acme/board/meetings/1`, { redirect: "manual" });

/**
 * The bundle started with the pages configured, then two requests of `kind` timed one after the
 * other: the first loads the app (its handlers, jobs and pages), the second finds it loaded.
 */
async function firstUse(kind: "delivery" | "page"): Promise<[number, number]> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["lib/app-bundle/index.js"], {
    env: { ...process.env, ...appEnv(port), ...webEnv },
    stdio: "ignore",
  });
  try {
    while (!(await fetch(`${url}/health`).catch(() => undefined))?.ok) {
      if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    const times: number[] = [];
    for (const n of [1, 2]) {
      const started = performance.now();
      const answer = kind === "delivery" ? await ping(url, `first-use-${n}`) : await room(url);
      const expected = kind === "delivery" ? 200 : 302;
      if (answer.status !== expected)
        throw new Error(`the ${kind} answered ${answer.status}, not ${expected}`);
      times.push(performance.now() - started);
    }
    return [times[0] ?? 0, times[1] ?? 0];
  } finally {
    child.kill("SIGKILL");
  }
}

/** The first and the second request of each kind, each from a fresh app, `runs` times. */
async function firstUses(runs: number): Promise<void> {
  for (const kind of ["delivery", "page"] as const) {
    const samples: Array<[number, number]> = [];
    for (let i = 0; i < runs; i++) samples.push(await firstUse(kind));
    const label = kind === "delivery" ? "a signed ping delivery" : "a room page (to sign-in)";
    console.log(
      `  ${label.padEnd(28)} first (loads the app) ${spread(samples.map((s) => s[0]))} ms; second ${spread(
        samples.map((s) => s[1]),
        1,
      )} ms`,
    );
  }
}

async function median(label: string, command: string[], runs: number): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await startOnce(command));
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `  ${label.padEnd(52)} median ${middle.toFixed(0).padStart(5)} ms (${times.map((t) => t.toFixed(0)).join(", ")})`,
  );
}

/**
 * How long the built app takes to answer (lib/ and the bundle built: no build step), from the
 * command to the first 200 on /health, memory coordination: `npm start` as a person types it, the
 * bundle it runs, and the same app unbundled (~700 modules), which `npm start` ran before.
 */
export async function benchAppStart(runs: number): Promise<void> {
  // Built first where stale, so that no run below includes a build.
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs", "--app"], { stdio: "inherit" });
  console.log(`app start, to the first 200 on /health (${runs} runs each):`);
  await median("npm start (npm, the stale check, the bundle)", ["npm", "start", "--silent"], runs);
  await median(
    "node lib/app-bundle/index.js (what npm start runs)",
    [process.execPath, "lib/app-bundle/index.js"],
    runs,
  );
  await median(
    "node lib/app/main.js (unbundled, as before)",
    [process.execPath, "lib/app/main.js"],
    runs,
  );
  // The app loads its code on first use (src/app/app-loader.ts): what that costs the first request.
  console.log(`first use, from the bundle (median of ${runs} fresh apps, lowest–highest):`);
  await firstUses(runs);
}
