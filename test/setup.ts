import nock from "nock";
import { afterEach, beforeAll } from "vitest";
import { deliveryErrors } from "./helpers/delivery-errors.js";

// No test may touch the network: anything not intercepted fails at once.
beforeAll(() => {
  nock.disableNetConnect();
});

afterEach(({ task }) => {
  nock.cleanAll();
  // A failed test says what made an in-process delivery of its fail: Probot answered it 500.
  const errors = deliveryErrors().splice(0);
  if (task.result?.errors?.length)
    for (const error of errors.flatMap((e) => (e as AggregateError).errors ?? [e]))
      console.error(`a delivery failed: ${(error as Error).stack}`);
});
