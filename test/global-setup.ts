import { execFileSync } from "node:child_process";

/**
 * Some tests run the built app as processes (lib/app/server.js, as `npm start` does): lib/ is
 * rebuilt first when a source file is newer, so they never test yesterday's build.
 */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/build-if-stale.mjs"], { stdio: "inherit" });
}
