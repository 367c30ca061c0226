import nock from "nock";
import { afterAll, afterEach, beforeAll } from "vitest";
import { endFileApps } from "./helpers/app-lifetime.js";
import { deliveryErrors } from "./helpers/delivery-errors.js";

// No test may touch the network: anything not intercepted fails at once.
beforeAll(() => {
  nock.disableNetConnect();
});

// An in-process app made in a beforeAll ends with its file (one made in a test ends with it).
afterAll(() => endFileApps());

afterEach(({ task }) => {
  nock.cleanAll();
  // A failed test says what made an in-process delivery of its fail: Probot answered it 500.
  const errors = deliveryErrors().splice(0);
  if (task.result?.errors?.length)
    for (const error of errors.flatMap((e) => (e as AggregateError).errors ?? [e]))
      console.error(`a delivery failed: ${(error as Error).stack}`);
});
