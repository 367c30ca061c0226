import { readFileSync } from "node:fs";
import nock from "nock";
import { afterEach, beforeAll, expect } from "vitest";
import { appBundleBuilt, runsTheBundle } from "./helpers/app-bundle.js";

// No test may touch the network: anything not intercepted fails at once.
beforeAll(() => {
  nock.disableNetConnect();
});

// A file that runs the app's bundle waits for the global setup to finish building it (minutes,
// at most, on a loaded machine); the others run meanwhile.
beforeAll(async () => {
  const file = expect.getState().testPath;
  if (file && runsTheBundle(readFileSync(file, "utf8"))) await appBundleBuilt();
}, 300_000);

afterEach(() => {
  nock.cleanAll();
});
