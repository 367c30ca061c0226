#!/usr/bin/env node
// `npm start`: builds what is stale (nothing, on a built tree: a few stat calls), then runs the
// app's bundle in this same process (no second Node start, no pre-script). Where there is no
// bundle and nothing to make one (`npm ci --omit=dev` on a tree built without it), lib/ unbundled.
import { pathToFileURL } from "node:url";
import { appBundle, buildIfStale } from "./build-if-stale.mjs";

const bundled = buildIfStale({ app: true });
// A stack in the log names the source's file and line, through the bundle's source maps (read as
// each of its files loads: a few MiB, set before the bundle is imported).
if (bundled) process.setSourceMapsEnabled(true);
await import(
  bundled ? pathToFileURL(appBundle).href : new URL("../lib/app/main.js", import.meta.url).href
);
