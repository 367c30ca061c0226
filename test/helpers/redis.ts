import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { freePort } from "./free-port.js";

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
  /** Every key dropped (between runs of a test). */
  flush(): void;
}

/**
 * A real Redis server (Debian's redis-server, or Valkey) on a free loopback port, in memory only.
 * `npm test` installs it when missing (scripts/ensure-tools.mjs); a test that needs it fails
 * without it, never skips.
 */
export async function startRedis(): Promise<RedisServer> {
  const binary = ["redis-server", "valkey-server"].find((name) => {
    try {
      execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
  if (!binary)
    throw new Error(
      "redis-server is not installed: run `npm test` (it installs it), or apt-get install redis-server",
    );
  const port = await freePort();
  const child: ChildProcess = spawn(
    binary,
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    // Redis keeps the real clock when the suite runs on a moved one (libfaketime): it runs on a
    // machine of its own in production, and under the preloaded library it never gets ready.
    { stdio: ["ignore", "pipe", "pipe"], env: withoutMovedClock(process.env) },
  );
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start: ${output}`)),
      10_000,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  const cli = (...args: string[]) =>
    execFileSync("redis-cli", ["-p", String(port), ...args], { encoding: "utf8" });
  return {
    url: `redis://127.0.0.1:${port}`,
    flush: () => void cli("FLUSHALL"),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}

function withoutMovedClock(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...rest } = env;
  return rest;
}
