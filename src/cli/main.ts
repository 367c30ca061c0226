#!/usr/bin/env node
import { wantsColor } from "./color.js";
import { explainSystemError, isBrokenPipe } from "./report-error.js";
import { runCli } from "./run-cli.js";

// On a terminal, progress rewrites one line of stderr; any other output clears it first.
let progressShown = false;
const write = (stream: NodeJS.WriteStream) => (line: string) => {
  if (progressShown) process.stderr.write("\r\x1b[K");
  progressShown = false;
  stream.write(`${line}\n`);
};

// A pipe's reader that leaves early (`roundtable queue … | head -3`) is no failure: stop quietly.
// Any other failure to write the output is said in one line.
process.stdout.on("error", (error) => {
  if (isBrokenPipe(error)) process.exit(process.exitCode ?? 0);
  process.stderr.write(
    `roundtable: cannot write the output: ${explainSystemError(error, process.cwd()) ?? error.message}\n`,
  );
  process.exit(1);
});

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
  color: wantsColor(process.stdout, process.env),
});
