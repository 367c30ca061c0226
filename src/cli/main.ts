#!/usr/bin/env node
// The command as installed (package.json's bin). It runs the CLI bundled into one file with its
// chunks (lib/cli-bundle/, made by `npm run build` after tsc): one file starts and loads in a
// fraction of the time of lib/'s ~280 modules and their dependencies, each resolved and compiled
// on its own. Where there is no bundle, or tsc has rewritten lib/ since it was made (it would run
// older code), it runs lib/cli/cli.js as it is. Nothing else is imported here: it costs one stat.
import { statSync } from "node:fs";

const bundle = new URL("../cli-bundle/index.js", import.meta.url);

function bundleFresh(): boolean {
  try {
    return statSync(bundle).mtimeMs >= statSync(new URL(import.meta.url)).mtimeMs;
  } catch {
    return false;
  }
}

await import(bundleFresh() ? bundle.href : "./cli.js");
