#!/usr/bin/env node
// Builds lib/ from src/ when lib/ is missing or older than a source file, and TypeScript is
// installed. `prepare` and `prestart` run it, so that:
// - a clone (or `npm i -g <git url>`) gets a built lib/ on install;
// - `npm ci --omit=dev && npm start` on a built tree starts without TypeScript (and says so when
//   lib/ is missing rather than failing with "tsc: not found").
// Plain JavaScript: it must run where only production dependencies are installed.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** The newest (or, with `oldest`, the oldest) modification time of the files under `dir`. */
function mtime(dir, extension, oldest = false) {
  let found = oldest ? Number.POSITIVE_INFINITY : 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(extension)) continue;
    const time = statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs;
    found = oldest ? Math.min(found, time) : Math.max(found, time);
  }
  return found;
}

const lib = join(root, "lib");
const src = join(root, "src");
const built = existsSync(join(lib, "cli/main.js"));
if (!existsSync(src)) process.exit(0); // an installed package: lib/ is all there is
const stale = !built || mtime(src, ".ts") > mtime(lib, ".js", true);
if (!stale) process.exit(0);

let tsc;
try {
  tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
} catch {
  if (built) {
    console.error(
      "roundtable: lib/ is older than src/, and TypeScript is not installed: running lib/ as it is",
    );
    process.exit(0);
  }
  console.error(
    "roundtable: lib/ is not built, and TypeScript is not installed: run `npm ci` (with the dev dependencies) and `npm run build`, then `npm ci --omit=dev` if you want a production tree",
  );
  process.exit(1);
}
execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], {
  stdio: "inherit",
});
