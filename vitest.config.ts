import { readdirSync } from "node:fs";
import { defineConfig } from "vitest/config";

/**
 * Tests that run in this process only (core, render, config, the GitHub layer against nock, the
 * channels) share their workers' module cache: each file would otherwise import the same few hundred
 * modules again, which was over half of their CPU time. They keep no state between files: a test
 * that edits a shared default is a bug (see parse-config's "defaults are each config's own").
 */
const inProcess = [
  "test/core/**/*.test.ts",
  "test/render/**/*.test.ts",
  "test/config/**/*.test.ts",
  "test/github/**/*.test.ts",
  "test/channels/**/*.test.ts",
];

/** Tests that start processes, servers, Redis or Chromium, or replace modules: each file alone. */
const isolated = ["action", "app", "cli", "coordination", "web"];

// A new folder of tests must be put in one list or the other, or its tests would never run.
const helpers = ["fixtures", "golden", "helpers"];
const listed = new Set([...inProcess.map((glob) => glob.split("/")[1]), ...isolated, ...helpers]);
for (const entry of readdirSync("test", { withFileTypes: true }))
  if (entry.isDirectory() && !listed.has(entry.name))
    throw new Error(`vitest.config.ts: put test/${entry.name}/ in inProcess or isolated`);

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
      { extends: true, test: { name: "in-process", include: inProcess, isolate: false } },
      // Listed, not "all but in-process": a project's own exclude would drop the CLI's --exclude.
      {
        extends: true,
        test: {
          name: "isolated",
          include: ["test/*.test.ts", ...isolated.map((folder) => `test/${folder}/**/*.test.ts`)],
        },
      },
    ],
  },
});
