import nock from "nock";
import { afterEach, beforeAll } from "vitest";

// No test may touch the network: anything not intercepted fails at once.
beforeAll(() => {
  nock.disableNetConnect();
});

afterEach(() => {
  nock.cleanAll();
});
