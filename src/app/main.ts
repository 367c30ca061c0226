// The app's process: what `npm start` runs, bundled into one file (lib/app-bundle/index.js) so
// that it starts without resolving and compiling ~700 modules (scripts/build-if-stale.mjs).
import { createRequire } from "node:module";
import { startServer } from "./server.js";
import { startupProblems, unregistered } from "./startup-problems.js";

// The bundle is an ES module, where CommonJS's `require` is not defined; a few packages on the
// Redis side still call it at run time (Bottleneck's `eval("require")("ioredis")`, node-gyp-build's
// optional addons). Theirs, as Node would give it, resolved from here. Set before the server
// starts: nothing calls it while the modules load.
const scope = globalThis as { require?: NodeJS.Require };
scope.require ??= createRequire(import.meta.url);

// A setting that is missing or malformed is told in one line each, naming the variable and the
// fix, before anything starts: a person reading the terminal needs that, not Probot's stack.
// With nothing of a registration set, Probot's setup page registers the app instead.
const problems = unregistered(process.env) ? [] : startupProblems(process.env, process.cwd());
if (problems.length > 0) {
  for (const problem of problems) process.stderr.write(`roundtable: ${problem}\n`);
  process.exit(1);
}
try {
  await startServer();
} catch (error) {
  // Anything else that stops the start (a port in use, a Redis URL that does not parse): one line.
  const { code, message } = error as NodeJS.ErrnoException;
  process.stderr.write(`roundtable: could not start: ${code ? `${code}: ` : ""}${message}\n`);
  process.exit(1);
}
