import { readdirSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { slowFiles } from "./test/helpers/slow-files.js";

/**
 * Tests in these folders, and those at the top of test/, share their workers' module cache: each
 * file would otherwise import the same few hundred modules again (Probot and the whole app, for
 * app/ and cli/), which was over half of their CPU time. They keep no state between files: a test
 * that edits a shared default is a bug (see parse-config's "defaults are each config's own"), and
 * one that changes its process must undo it or be listed in `alone`. Starting processes, servers
 * or Redis is no reason to be alone (coordination/ no longer is: its files undo what they set). An
 * app loaded in-process ends with the test that made it (test/helpers/app-lifetime.ts): left
 * running, its timers fired in later files' tests, through their nock replies or dead ports.
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
  "coordination",
];

/** Files of those folders that change their process for good, so each runs in a process alone. */
const alone = [
  "test/app/middleware.test.ts", // stubs the env, then imports the app afresh
  "test/app/join-journey.test.ts", // vi.mock of the write gate, the board's load and the command parser
  "test/cli/meeting-preview.test.ts", // vi.mock of the effect handlers
  // In-process deliveries whose requests went to a port nothing listened on (an earlier file's
  // fake GitHub), after other files in their worker, never alone: once in 0.8.0's clean-clone runs
  // (minutes-app, security-tenants), and once in 0.9.0's after its apps were made to end with their
  // tests (hostile-input, then notify, recount-burst and security-tenants in the same worker). The
  // cause is not found: these files run alone again, as in 0.8.0.
  "test/app/app.test.ts",
  "test/app/hostile-input.test.ts",
  "test/app/security-tenants.test.ts",
  "test/web/minutes-app.test.ts",
];

// A new folder of tests must be put in `shared`, or its tests would never run.
const helpers = ["fixtures", "golden", "helpers"];
const listed = new Set([...shared, ...helpers]);
for (const entry of readdirSync("test", { withFileTypes: true }))
  if (entry.isDirectory() && !listed.has(entry.name))
    throw new Error(`vitest.config.ts: put test/${entry.name}/ in \`shared\``);

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
  [
    /\broundtableApp\b|\bcreateRoundtableApp\(/,
    /\bendsWithItsTest\(/,
    "loads the app with a coordination nothing closes (use appForTest or endsWithItsTest)",
  ],
];
const sharedFiles: string[] = [];
const top = readdirSync("test").map((name) => `test/${name}`);
const inFolders = shared.flatMap((folder) =>
  readdirSync(`test/${folder}`, { recursive: true, encoding: "utf8" }).map(
    (entry) => `test/${folder}/${entry}`,
  ),
);
for (const file of [...top, ...inFolders]) {
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
 * The order files are handed to the workers in. Each project is one block (a worker of the shared
 * project is reused only while the next file in the queue is shared too, and in the same
 * environment): the few files that run alone first, each in a process of its own, while the cores
 * have room (at the end they came after everything else, one start after another: 20 s of a
 * clean-clone run's tail), then the shared project, its longest files first. Within a block the slowest
 * run first, so no long file starts when the others are done: by vitest's cache of each file's
 * last duration, or where it has none (a clean clone, as CI runs) by test/helpers/slow-files.ts.
 * The shared files in jsdom come together at the end of their block: a worker changes environment
 * by starting afresh and importing everything again, so each one among the Node files cost two
 * such starts, for itself and for the Node file after it.
 */
class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const path = (spec: TestSpecification) => relative(this.ctx.config.root, spec.moduleId);
    const seconds = (spec: TestSpecification) =>
      (this.ctx.cache.getFileTestResults(`${spec.project.name}:${path(spec)}`)?.duration ??
        (slowFiles[path(spec)] ?? 0) * 1000) / 1000;
    const inJsdom = (spec: TestSpecification) =>
      /^\/\/ @vitest-environment jsdom/.test(readFileSync(spec.moduleId, "utf8").slice(0, 60));
    const block = (spec: TestSpecification) =>
      spec.project.name === "shared" ? (inJsdom(spec) ? 2 : 1) : 0;
    const keys = new Map<TestSpecification, [number, number, string]>(
      files.map((spec) => [spec, [block(spec), -seconds(spec), path(spec)]]),
    );
    const key = (spec: TestSpecification) => keys.get(spec) as [number, number, string];
    return [...files].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
    });
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
      { extends: true, test: { name: "isolated", include: alone } },
    ],
  },
});
