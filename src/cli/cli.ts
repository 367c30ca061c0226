import { wantsColor } from "./color.js";
import { explainSystemError, isBrokenPipe } from "./report-error.js";
import { runCli } from "./run-cli.js";
import { terminalSafe } from "./terminal-safe.js";

// On a terminal, progress rewrites one line of stderr; any other output clears it first. No
// control character from a title or a message reaches the terminal (`terminalSafe`).
let progressShown = false;
const colour = wantsColor(process.stdout, process.env);
const write = (stream: NodeJS.WriteStream) => (line: string) => {
  if (progressShown) process.stderr.write("\r\x1b[K");
  progressShown = false;
  stream.write(`${terminalSafe(line, colour && stream === process.stdout)}\n`);
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
          process.stderr.write(`\r\x1b[K${terminalSafe(line)}`);
          progressShown = true;
        },
      }
    : {}),
  now: () => new Date().toISOString(),
  color: colour,
});
