#!/usr/bin/env node
// Builds what is stale, with the tools the tree has:
// - lib/ from src/ (TypeScript) when lib/ is missing or older than a source file;
// - with --app, also the app's bundle, lib/app-bundle/index.js (esbuild, as the CLI's), when it
//   is missing or older than what it is made of (see bundleStale). `npm start` runs the bundle: one
//   file starts in about half the time of ~700 modules resolved and compiled one by one.
// `prepare` runs it (a clone, or `npm i -g <git url>`, gets a built lib/ on install); `npm start`
// (scripts/start.mjs) and the tests' global setup run it with --app. Where the tools are not
// installed (`npm ci --omit=dev`) it runs what is built, and says so, or says what to run.
// Plain JavaScript: it must run where only production dependencies are installed.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const lib = join(root, "lib");
const src = join(root, "src");
/** What `npm start` runs. */
export const appBundle = join(lib, "app-bundle", "index.js");

let sourceFiles;
/** src/'s TypeScript files, listed once however many checks ask. */
function sources() {
  sourceFiles ??= readdirSync(src, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".d.ts"))
    .map((e) => join(e.parentPath ?? e.path, e.name));
  return sourceFiles;
}

/**
 * Whether a source file has no build in lib/ yet, or a build older than itself. Each source is
 * compared with its own output: a file left in lib/ by a source since deleted or moved says
 * nothing (comparing the newest source with the oldest build rebuilt on every start then).
 */
function libStale() {
  return sources().some((source) => {
    const built = join(lib, relative(src, source)).replace(/\.ts$/, ".js");
    return !existsSync(built) || statSync(built).mtimeMs < statSync(source).mtimeMs;
  });
}

/**
 * Whether the bundle is missing, or older than what it is made of: a source, a static file it
 * copies, or the dependencies and build settings it was made with.
 */
function bundleStale() {
  if (!existsSync(appBundle)) return true;
  const bundled = statSync(appBundle).mtimeMs;
  const folder = join(root, "static");
  const statics = existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : [];
  // This script too: a bundle made the way it no longer makes one is stale.
  const settings = [
    "package.json",
    "package-lock.json",
    "tsconfig.build.json",
    "scripts/build-if-stale.mjs",
  ];
  return [...sources(), ...statics, ...settings.map((name) => join(root, name))].some(
    (file) => existsSync(file) && statSync(file).mtimeMs > bundled,
  );
}

/** A dev dependency's file, or undefined where it is not installed. */
function tool(path) {
  try {
    return createRequire(join(root, "package.json")).resolve(path);
  } catch {
    return undefined;
  }
}

function run(script, args) {
  execFileSync(process.execPath, [script, ...args], { stdio: "inherit", cwd: root });
}

function buildLib() {
  const built = existsSync(join(lib, "cli/main.js"));
  if (built && !libStale()) return;
  const tsc = tool("typescript/bin/tsc");
  if (tsc) return run(tsc, ["-p", join(root, "tsconfig.build.json")]);
  if (built)
    return console.error(
      "roundtable: lib/ is older than src/, and TypeScript is not installed: running lib/ as it is",
    );
  console.error(
    "roundtable: lib/ is not built, and TypeScript is not installed: run `npm ci` (with the dev dependencies) and `npm run build`, then `npm ci --omit=dev` if you want a production tree",
  );
  process.exit(1);
}

// ncc minifies the entry of a bundle (with terser) but leaves the chunks it splits off at each
// dynamic import() as they are: minifyChunks minifies those with esbuild, reading each chunk's own
// source map and writing one that maps the minified code back to the same sources. Every map loses
// its sources' text (sourcesContent): a stack trace needs the file and line, not the file's text,
// and the text would double what the Action commits in dist/. (Here, not in a file of its own:
// this script must run on its own, as a copy in a tree that has nothing else of scripts/.)
/** Minifies the chunks ncc wrote into `folder` (`<id>.index.js`), and trims every source map. */
export function minifyChunks(folder) {
  // Required here, not imported above: build-if-stale.mjs imports this file where only the
  // production dependencies may be installed, and calls it only where ncc (and esbuild) are.
  const { buildSync } = createRequire(import.meta.url)("esbuild");
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (/^\d+\.index\.js$/.test(name))
      buildSync({
        entryPoints: [file],
        outfile: file,
        allowOverwrite: true,
        minify: true,
        sourcemap: "linked",
        sourcesContent: false,
        platform: "node",
        target: "node22",
        logLevel: "warning",
      });
    else if (name.endsWith(".js.map")) {
      const map = JSON.parse(readFileSync(file, "utf8"));
      delete map.sourcesContent;
      writeFileSync(file, JSON.stringify(map));
    }
  }
}

// CommonJS dependencies call require() for Node's modules: an ES module bundle has none of its own.
const requireShim =
  'import{createRequire as __roundtableRequire}from"node:module";const require=__roundtableRequire(import.meta.url);';

/**
 * Bundles `entry` into the folder `out` with esbuild (the app's and the CLI's bundles): one file
 * for what every start needs and a chunk for each dynamic import(), loaded when it runs, minified,
 * with source maps (without the sources' text: a stack needs the file and line). esbuild, not ncc
 * as for the Action: it bundles the app in about a second where ncc took 15–20 s of a core, and
 * leaves paths written relative to a module's URL alone (ncc copied what they named): `out` is at
 * lib/app/'s (lib/cli/'s) depth, so `../../static/` names the same files from both.
 */
export function esbuildBundle(entry, out) {
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
    // highs finds its WebAssembly file beside its own module; Probot loads ioredis through
    // npx-import-light's import(name), which a bundle cannot follow: both stay in node_modules.
    external: ["highs", "npx-import-light"],
    banner: { js: requireShim },
    logLevel: "warning",
  });
}

/** Builds the bundle where it is stale; false where there is none to run (no esbuild to make it). */
function buildBundle() {
  if (!bundleStale()) return true;
  const present = existsSync(appBundle);
  if (tool("esbuild")) {
    esbuildBundle(join(lib, "app/main.js"), join(lib, "app-bundle"));
    return true;
  }
  if (present) {
    console.error(
      "roundtable: lib/app-bundle/ is older than its sources, and esbuild is not installed: running it as it is",
    );
    return true;
  }
  console.error(
    "roundtable: the app is not bundled, and esbuild is not installed: running lib/ unbundled (a slower start; `npm run build:app` with the dev dependencies bundles it)",
  );
  return false;
}

/**
 * Builds lib/, and with `app` the app's bundle, where they are stale. Returns whether the bundle
 * is there to run (with `app`).
 */
export function buildIfStale({ app = false } = {}) {
  if (!existsSync(src)) return existsSync(appBundle); // an installed package: nothing to build
  buildLib();
  return app ? buildBundle() : existsSync(appBundle);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  buildIfStale({ app: process.argv.includes("--app") });
