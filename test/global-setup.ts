import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Some tests run the built app as processes (lib/app-bundle/index.js, as `npm start` does): lib/
 * and the bundle are rebuilt first when a source file is newer: they never test yesterday's build.
 * The CLI and the Action run as processes too, dozens of times: each from a bundle of today's lib/
 * as well, made with esbuild in about a second when missing or older than lib/ (the CLI's as
 * `npm run build` makes it; the Action's runner the same way, into lib/action-bundle/, at lib/
 * action/'s depth so the paths it reads beside itself are the same). A run of the Action from its
 * bundle costs about 1 s of CPU against 2 s from lib/'s few hundred modules; the CLI's, half.
 * The app's bundle is esbuild's too (scripts/build-if-stale.mjs), so every build is done before
 * the first file starts.
 */
export default function setup(): void {
  // Each project runs the global setup (vitest.config.ts has two): the builds are made once.
  const run = globalThis as { roundtableBuilt?: boolean };
  if (run.roundtableBuilt) return;
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs", "--app"], { stdio: "inherit" });
  // lib/cli/main.js runs the bundle only while it is newer than itself (tsc rewrites it).
  if (olderThan("lib/cli-bundle/index.js", mtime("lib/cli/main.js"))) bundle([]);
  if (olderThan(actionBundle, newestBuild())) bundle(["lib/action-bundle", "lib/action/run.js"]);
  run.roundtableBuilt = true;
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
