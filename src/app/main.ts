// The app's process: what `npm start` runs, bundled into one file (lib/app-bundle/index.js) so
// that it starts without resolving and compiling ~700 modules (scripts/build-if-stale.mjs).
import { createRequire } from "node:module";
import { startServer } from "./server.js";

// The bundle is an ES module, where CommonJS's `require` is not defined; a few packages on the
// Redis side still call it at run time (Bottleneck's `eval("require")("ioredis")`, node-gyp-build's
// optional addons). Theirs, as Node would give it, resolved from here. Set before the server
// starts: nothing calls it while the modules load.
const scope = globalThis as { require?: NodeJS.Require };
scope.require ??= createRequire(import.meta.url);

await startServer();
