#!/usr/bin/env node
// `npm start`: builds what is stale (nothing, on a built tree: a few stat calls), then runs the
// app's bundle in this same process (no second Node start, no pre-script).
import { appBundle, buildIfStale } from "./build-if-stale.mjs";

buildIfStale({ app: true });
await import(appBundle);
