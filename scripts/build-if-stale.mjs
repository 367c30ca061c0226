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
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/**
 * Whether a source file has no build in lib/ yet, or a build older than itself. Each source is
 * compared with its own output: a file left in lib/ by a source since deleted or moved says
 * nothing (comparing the newest source with the oldest build rebuilt on every start then).
 */
function stale(src, lib) {
  for (const entry of readdirSync(src, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".d.ts")) continue;
    const source = join(entry.parentPath ?? entry.path, entry.name);
    const built = join(lib, relative(src, source)).replace(/\.ts$/, ".js");
    if (!existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs) return true;
  }
  return false;
}

const lib = join(root, "lib");
const src = join(root, "src");
const built = existsSync(join(lib, "cli/main.js"));
if (!existsSync(src)) process.exit(0); // an installed package: lib/ is all there is
if (built && !stale(src, lib)) process.exit(0);

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
