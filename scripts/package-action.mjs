#!/usr/bin/env node
// Bundles the Action (lib/action/run.js, built by tsc first) into dist/, the one way: `npm run
// package` runs it, and the footprint bench bundles its minimal peer Action with the same
// script, so the two are compared as they are made.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { minifyChunks } from "./build-if-stale.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Bundles `entry` into the folder `out` (cleared first: ncc never removes an older chunk),
 * minified, with source maps that ncc's sourcemap-register.cjs installs for stack traces.
 */
export function packageAction(entry = "lib/action/run.js", out = "dist") {
  const ncc = createRequire(import.meta.url).resolve("@vercel/ncc/dist/ncc/cli.js");
  rmSync(resolve(root, out), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [
      ncc,
      "build",
      entry,
      "--out",
      out,
      "--minify",
      "--source-map",
      "--license",
      "licenses.txt",
      "--quiet",
    ],
    { stdio: "inherit", cwd: root },
  );
  minifyChunks(resolve(root, out));
}

// `node scripts/package-action.mjs [ENTRY OUT]`: the Action by default.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  packageAction(...process.argv.slice(2, 4));
