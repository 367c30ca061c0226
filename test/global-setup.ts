import { execFileSync } from "node:child_process";

/**
 * Some tests run the built app as processes (lib/app-bundle/index.js, as `npm start` does): lib/
 * and the bundle are rebuilt first when a source file is newer: they never test yesterday's build.
 */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs", "--app"], { stdio: "inherit" });
}
