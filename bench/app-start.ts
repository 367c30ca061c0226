import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { freePort } from "../test/helpers/free-port.js";

const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
});

/** Milliseconds from spawning `node lib/app/server.js` (what `npm start` runs) to its first 200 on /health. */
async function startOnce(): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, ["lib/app/server.js"], {
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
  });
  try {
    for (;;) {
      const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (answer?.ok) return performance.now() - started;
      if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill();
  }
}

/** How long the built app takes to answer, as `npm start` runs it (lib/ built; no build step). */
export async function benchAppStart(runs: number): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await startOnce());
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `app start (node lib/app/server.js to the first 200 on /health, memory coordination, ${runs} runs): median ${median.toFixed(0)} ms (${times.map((t) => t.toFixed(0)).join(", ")})`,
  );
}
