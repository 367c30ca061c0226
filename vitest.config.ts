import { readdirSync, readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

/**
 * Tests in these folders share their workers' module cache: each file would otherwise import the
 * same few hundred modules again (Probot and the whole app, for app/ and cli/), which was over half
 * of their CPU time. They keep no state between files: a test that edits a shared default is a bug
 * (see parse-config's "defaults are each config's own"), and one that changes its process must
 * undo it or be listed in `alone`. Starting processes, servers or Redis is no reason to be alone.
 */
const shared = ["core", "render", "config", "github", "channels", "app", "cli", "action"];

/** Files of those folders that change their process for good, so each runs in a process alone. */
const alone = [
  "test/app/middleware.test.ts", // stubs the env, then imports the app afresh
  "test/app/join-journey.test.ts", // vi.mock of the write gate, the board's load and the command parser
  "test/cli/meeting-preview.test.ts", // vi.mock of the effect handlers
];

/** Folders whose tests each run alone: Chromium and the web app's globals, Redis's clients. */
const isolated = ["coordination", "web"];

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
