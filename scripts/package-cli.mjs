#!/usr/bin/env node
// Bundles the CLI (lib/cli/cli.js, built by tsc first) into lib/cli-bundle/ with esbuild, as the
// app's bundle is made (esbuildBundle in build-if-stale.mjs): one file for what every command line
// needs and a chunk for each command, loaded when that command runs. lib/cli/main.js, the installed
// command, runs the bundle while it is newer than lib/. `npm run build` runs this after tsc.
// Templates are found through the package's root (src/cli/package-root.ts).
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { esbuildBundle } from "./build-if-stale.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The CLI into lib/cli-bundle/; the tests bundle the Action's runner the same way (`entry`). */
export function packageCli(
  out = join(root, "lib/cli-bundle"),
  entry = join(root, "lib/cli/cli.js"),
) {
  esbuildBundle(entry, out);
}

// `node scripts/package-cli.mjs [OUT ENTRY]`: the CLI by default.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  packageCli(...process.argv.slice(2, 4));
