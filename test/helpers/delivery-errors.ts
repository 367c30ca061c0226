import type { Probot } from "probot";

/**
 * What made an in-process delivery fail (Probot answers it 500 and, at the tests' log level,
 * says nothing), kept until the test ends: test/setup.ts prints them when the test failed, so a
 * 500 that happens once in a clean clone's run says why.
 */
export function keepDeliveryErrors(probot: Probot): Probot {
  probot.onError((error) => {
    deliveryErrors().push(error);
  });
  return probot;
}

/** The errors kept since the test began (one list per worker, on its global object). */
export function deliveryErrors(): unknown[] {
  const scope = globalThis as { roundtableDeliveryErrors?: unknown[] };
  scope.roundtableDeliveryErrors ??= [];
  return scope.roundtableDeliveryErrors;
}
