import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    // The app tests drive whole meetings through a real Probot; a loaded machine needs the room.
    testTimeout: 20_000,
    // Most files wait more than they compute (app processes, Redis, Chromium, timers): on two
    // cores, vitest's default of one worker left the machine idle two thirds of the time.
    maxWorkers: 3,
  },
});
