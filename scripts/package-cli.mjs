#!/usr/bin/env node
// Bundles the CLI (lib/cli/cli.js, built by tsc first) into lib/cli-bundle/ with esbuild: one file
// for what every command line needs and a chunk for each command, loaded when that command runs,
// minified, with source maps (without the sources' text). lib/cli/main.js, the installed command,
// runs the bundle while it is newer than lib/. `npm run build` runs this after tsc.
//
// esbuild, not ncc as for the Action: ncc follows paths written relative to a module's URL and
// copies what they name (it copied templates/ into the bundle as `templatesroundtable.yml`, and
// package.json whole), and its source-map loader costs more than the bundle saves on `--version`.
// esbuild leaves those paths alone: lib/cli-bundle/ is at lib/cli/'s depth, so `../../static/`
// and `../../package.json` name the same files from both, and templates are found through the
// package's root (src/cli/package-root.ts).
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

// CommonJS dependencies call require() for Node's modules: an ES module bundle has none of its own.
const requireShim =
  'import{createRequire as __roundtableRequire}from"node:module";const require=__roundtableRequire(import.meta.url);';

/** The CLI into lib/cli-bundle/; the tests bundle the Action's runner the same way (`entry`). */
export function packageCli(
  out = join(root, "lib/cli-bundle"),
  entry = join(root, "lib/cli/cli.js"),
) {
  const { buildSync } = createRequire(import.meta.url)("esbuild");
  rmSync(out, { recursive: true, force: true }); // no chunk of an earlier build stays
  buildSync({
    entryPoints: { index: entry },
    outdir: out,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node22",
    minify: true,
    sourcemap: "linked",
    sourcesContent: false,
    chunkNames: "[name]-[hash]",
    // highs finds its WebAssembly file beside its own module: it stays in node_modules.
    external: ["highs"],
    banner: { js: requireShim },
    logLevel: "warning",
  });
}

// `node scripts/package-cli.mjs [OUT ENTRY]`: the CLI by default.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  packageCli(...process.argv.slice(2, 4));
