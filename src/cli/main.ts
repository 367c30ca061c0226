#!/usr/bin/env node
import { runCli } from "./run-cli.js";

// On a terminal, progress rewrites one line of stderr; any other output clears it first.
let progressShown = false;
const write = (stream: NodeJS.WriteStream) => (line: string) => {
  if (progressShown) process.stderr.write("\r\x1b[K");
  progressShown = false;
  stream.write(`${line}\n`);
};

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: write(process.stdout),
  err: write(process.stderr),
  ...(process.stderr.isTTY
    ? {
        progress: (line: string) => {
          process.stderr.write(`\r\x1b[K${line}`);
          progressShown = true;
        },
      }
    : {}),
  now: () => new Date().toISOString(),
});
