import { execFileSync, spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { freePort } from "../test/helpers/free-port.js";

const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
});

/** Milliseconds from spawning `command` to the app's first 200 on /health. */
async function startOnce(command: string[]): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const [file = "", ...args] = command;
  const child = spawn(file, args, {
    env: {
      ...process.env,
      APP_ID: "1",
      PRIVATE_KEY: String(privateKey),
      WEBHOOK_SECRET: "bench",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      REDIS_URL: "",
    },
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
}
