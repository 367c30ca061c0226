import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleFailed, bundling } from "./helpers/app-bundle.js";

/**
 * Some tests run the built app as processes (lib/app-bundle/index.js, as `npm start` does): lib/
 * and the bundle are rebuilt first when a source file is newer: they never test yesterday's build.
 * The CLI and the Action run as processes too, dozens of times: each from a bundle of today's lib/
 * as well, made with esbuild in under a second when missing or older than lib/ (the CLI's as
 * `npm run build` makes it; the Action's runner the same way, into lib/action-bundle/, at lib/
 * action/'s depth so the paths it reads beside itself are the same). A run of the Action from its
 * bundle costs about 1 s of CPU against 2 s from lib/'s few hundred modules; the CLI's, half.
 *
 * The app's bundle (ncc: 20 s of a core on a clean clone) is built in the background while the
 * tests start: only the files that run it wait for it (test/setup.ts, helpers/app-bundle.ts).
 */
export default function setup(): () => Promise<void> {
  // Each project runs the global setup (vitest.config.ts has two): the builds are made once.
  const run = globalThis as { roundtableBuilt?: Promise<void> };
  if (!run.roundtableBuilt) {
    rmSync(bundling, { force: true });
    rmSync(bundleFailed, { force: true });
    execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], { stdio: "inherit" });
    // lib/cli/main.js runs the bundle only while it is newer than itself (tsc rewrites it).
    if (olderThan("lib/cli-bundle/index.js", mtime("lib/cli/main.js"))) bundle([]);
    if (olderThan(actionBundle, newestBuild())) bundle(["lib/action-bundle", "lib/action/run.js"]);
    run.roundtableBuilt = bundleApp();
  }
  const built = run.roundtableBuilt;
  // The run ends when the bundle does, never halfway through writing it.
  return () => built;
}

/** Builds the app's bundle where stale, in a process of its own; resolves when it is done. */
function bundleApp(): Promise<void> {
  writeFileSync(bundling, String(process.pid));
  const child = spawn(process.execPath, ["scripts/build-if-stale.mjs", "--app"], {
    stdio: ["ignore", "inherit", "pipe"],
  });
  let said = "";
  child.stderr.on("data", (chunk: Buffer) => {
    process.stderr.write(chunk);
    said += chunk.toString();
  });
  return new Promise((resolve) => {
    const done = (failure?: string) => {
      if (failure) writeFileSync(bundleFailed, failure);
      rmSync(bundling, { force: true });
      resolve();
    };
    child.on("error", (error) => done(error.message));
    child.on("close", (code) => done(code === 0 ? undefined : `exit ${code}: ${said.trim()}`));
  });
}

const bundle = (args: string[]) =>
  execFileSync(process.execPath, ["scripts/package-cli.mjs", ...args], { stdio: "inherit" });

/** What test/helpers/entries.ts runs as the Action. */
const actionBundle = "lib/action-bundle/index.js";

const mtime = (file: string) => statSync(file).mtimeMs;
const olderThan = (file: string, ms: number) => !existsSync(file) || mtime(file) < ms;

/** When lib/ (the bundles aside) or the dependencies the bundles take in last changed. */
function newestBuild(): number {
  const built = readdirSync("lib", { recursive: true, encoding: "utf8" })
    .filter((path) => path.endsWith(".js") && !/^\w+-bundle\//.test(path))
    .map((path) => mtime(join("lib", path)));
  return Math.max(mtime("package-lock.json"), ...built);
}
