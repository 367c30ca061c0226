import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

/** What one run of a process cost: CPU time (user + system) and peak RSS, from its own start. */
export interface Usage {
  cpuMs: number;
  peakRssMiB: number;
}

const reporter = new URL("./report-usage.mjs", import.meta.url).href;

/**
 * Runs `node args…` to its end and returns what the whole process cost, as it measured itself
 * (report-usage.mjs, loaded first). Its output is kept apart; `expectFailure` says the process is
 * meant to fail (an Action missing its input), and any other outcome is an error of the bench.
 */
export function runNode(
  node: string,
  args: string[],
  options: { env?: NodeJS.ProcessEnv; expectFailure?: boolean; cwd?: string } = {},
): Usage {
  const dir = mkdtempSync(join(tmpdir(), "roundtable-usage-"));
  const file = join(dir, "usage.json");
  try {
    const result = spawnSync(node, ["--import", reporter, ...args], {
      cwd: options.cwd,
      env: { ...(options.env ?? process.env), BENCH_USAGE_FILE: file },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const failed = result.status !== 0;
    // A failure is the one expected only where it is an Action's error annotation: a process that
    // could not even start (a missing file) fails too, and costs nothing worth measuring.
    const expected = options.expectFailure ? failed && /::error/.test(result.stdout) : !failed;
    if (!expected)
      throw new Error(
        `bench: node ${args.join(" ")} exited with ${result.status} (expected ${options.expectFailure ? "a failure" : "0"}): ${(result.stderr || result.stdout).slice(0, 400)}`,
      );
    return JSON.parse(readFileSync(file, "utf8")) as Usage;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The median of some figures, with their lowest and highest: "212 (198–240)". */
export function spread(values: number[], digits = 0): string {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(digits);
  return `${f(median(values))} (${f(sorted[0] ?? 0)}–${f(sorted[sorted.length - 1] ?? 0)})`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2
    ? (sorted[(sorted.length - 1) / 2] ?? 0)
    : ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2;
}

/**
 * Runs each of `subjects` `runs` times, interleaved (a, b, a, b, …), so that a change in the
 * machine's load falls on each alike; returns each subject's samples in the order given.
 */
export function interleaved<T>(runs: number, subjects: (() => T)[]): T[][] {
  const samples: T[][] = subjects.map(() => []);
  for (let r = 0; r < runs; r++)
    for (const [i, subject] of subjects.entries()) samples[i]?.push(subject());
  return samples;
}

/**
 * The machine's load, to print beside every figure: the machine may be shared. Other work on the
 * cores inflates every CPU figure (a render of 100k issues measured 1.7 s on a quiet two-core
 * machine and 3.0 s at load 10–15), so a load above the cores is said with the figures.
 */
export function load(): string {
  const [last = 0] = loadavg();
  const cores = availableParallelism();
  const busy = last > cores ? ` (above the ${cores} cores: other work inflates CPU figures)` : "";
  return `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(", ")}${busy}`;
}
