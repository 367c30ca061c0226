import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    // The app tests drive whole meetings through a real Probot; a loaded machine needs the room.
    testTimeout: 20_000,
  },
});
