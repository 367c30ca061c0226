import { readdirSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { slowFiles } from "./test/helpers/slow-files.js";

/**
 * Tests in these folders share their workers' module cache: each file would otherwise import the
 * same few hundred modules again (Probot and the whole app, for app/ and cli/), which was over half
 * of their CPU time. They keep no state between files: a test that edits a shared default is a bug
 * (see parse-config's "defaults are each config's own"), and one that changes its process must
 * undo it or be listed in `alone`. Starting processes, servers or Redis is no reason to be alone.
 */
const shared = [
  "core",
  "render",
  "config",
  "github",
  "channels",
  "jobs",
  "app",
  "cli",
  "action",
  "web",
];

/** Files of those folders that change their process for good, so each runs in a process alone. */
const alone = [
  "test/app/middleware.test.ts", // stubs the env, then imports the app afresh
  "test/app/join-journey.test.ts", // vi.mock of the write gate, the board's load and the command parser
  "test/cli/meeting-preview.test.ts", // vi.mock of the effect handlers
];

/** Folders whose tests each run alone: Redis's clients. */
const isolated = ["coordination"];

// A new folder of tests must be put in one list or the other, or its tests would never run.
const helpers = ["fixtures", "golden", "helpers"];
const listed = new Set([...shared, ...isolated, ...helpers]);
for (const entry of readdirSync("test", { withFileTypes: true }))
  if (entry.isDirectory() && !listed.has(entry.name))
    throw new Error(`vitest.config.ts: put test/${entry.name}/ in shared or isolated`);

// What a shared file must not leave behind for the next file in its worker (each pattern, unless
// the file also undoes it): a test that does one of these is listed in `alone`, or undoes it.
const leaks: Array<[RegExp, RegExp | undefined, string]> = [
  [/\bvi\.(do)?mock\(/, undefined, "vi.mock"],
  [/process\.chdir\(/, undefined, "process.chdir"],
  [
    /process\.env(\.\w+|\[[^\]]+\])\s*=[^=]|Object\.assign\(process\.env|delete process\.env/,
    undefined,
    "writes process.env (use vi.stubEnv and vi.unstubAllEnvs)",
  ],
  [/\bvi\.stubEnv\(/, /\bvi\.unstubAllEnvs\(/, "vi.stubEnv without vi.unstubAllEnvs"],
  [/\bvi\.stubGlobal\(/, /\bvi\.unstubAllGlobals\(/, "vi.stubGlobal without vi.unstubAllGlobals"],
  [/\bvi\.useFakeTimers\(/, /\bvi\.useRealTimers\(/, "vi.useFakeTimers without vi.useRealTimers"],
];
const sharedFiles: string[] = [];
for (const folder of shared)
  for (const entry of readdirSync(`test/${folder}`, { recursive: true, encoding: "utf8" })) {
    const file = `test/${folder}/${entry}`;
    if (!file.endsWith(".test.ts") || alone.includes(file)) continue;
    const text = readFileSync(file, "utf8");
    for (const [does, undoes, what] of leaks)
      if (does.test(text) && !undoes?.test(text))
        throw new Error(
          `vitest.config.ts: ${file} ${what}, which would reach the next test file of its worker: undo it in the file, or add the file to \`alone\``,
        );
    sharedFiles.push(file);
  }

/**
 * Slowest first, so no long file starts when the others are done. vitest's own order does that
 * once its cache knows each file's last duration; where it does not (a clean clone, as CI runs),
 * the files are ordered by the durations in test/helpers/slow-files.ts instead of by size. Each
 * project stays one block, in vitest's order: a worker of the shared project is reused only
 * while the next file in the queue is shared too.
 */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const path = (spec: TestSpecification) => relative(this.ctx.config.root, spec.moduleId);
    const known = (spec: TestSpecification) =>
      this.ctx.cache.getFileTestResults(`${spec.project.name}:${path(spec)}`);
    if (sorted.every(known)) return sorted;
    const block = new Map<string, number>();
    for (const [i, spec] of sorted.entries())
      if (!block.has(spec.project.name)) block.set(spec.project.name, i);
    const rank = new Map(sorted.map((spec, i) => [spec, i]));
    const seconds = (spec: TestSpecification) =>
      (known(spec)?.duration ?? (slowFiles[path(spec)] ?? 0) * 1000) / 1000;
    return [...sorted].sort(
      (a, b) =>
        (block.get(a.project.name) ?? 0) - (block.get(b.project.name) ?? 0) ||
        seconds(b) - seconds(a) ||
        (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
    );
  }
}

export default defineConfig({
  test: {
    environment: "node",
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    // The app tests drive whole meetings through a real Probot; a loaded machine needs the room.
    testTimeout: 20_000,
    // Most files wait more than they compute (app processes, Redis, Chromium, timers): on two
    // cores, vitest's default of one worker left the machine idle two thirds of the time.
    maxWorkers: 3,
    sequence: { sequencer: SlowestFirst },
    projects: [
      { extends: true, test: { name: "shared", include: sharedFiles, isolate: false } },
      // Listed, not "all but shared": a project's own exclude would drop the CLI's --exclude.
      {
        extends: true,
        test: {
          name: "isolated",
          include: [
            "test/*.test.ts",
            ...isolated.map((folder) => `test/${folder}/**/*.test.ts`),
            ...alone,
          ],
        },
      },
    ],
  },
});
