import { onTestFinished } from "vitest";
import type { Coordination } from "../../src/coordination/index.js";

/**
 * An in-process app's coordination (its timers, its cache, its Redis connections) is closed when
 * the test that made it ends (made in a test or its beforeEach), or its file (made in a
 * beforeAll: test/setup.ts's afterAll). Left open, its timers fire in whatever test runs next in
 * the worker, a later file's: a timebox or a retry due then reads and writes through that app's
 * Octokit, whose GitHub is then the next test's nock interceptors (its fake, its replies), or a
 * loopback port whose fake has closed (ECONNREFUSED, retried), or another fake that took the port.
 * Imports nothing of the app: test/setup.ts imports it in every file, before a file's vi.mock.
 */
export function endsWithItsTest(coordination: Coordination): Coordination {
  try {
    onTestFinished(() => coordination.close());
  } catch {
    // Not in a test: made in a beforeAll, for the whole file.
    fileApps().push(coordination);
  }
  return coordination;
}

/** The coordinations made in a beforeAll of the file now ending, closed (test/setup.ts). */
export async function endFileApps(): Promise<void> {
  await Promise.all(
    fileApps()
      .splice(0)
      .map((coordination) => coordination.close()),
  );
}

/** One list per worker, on its global object (as delivery-errors.ts keeps its own). */
function fileApps(): Coordination[] {
  const scope = globalThis as { roundtableFileApps?: Coordination[] };
  scope.roundtableFileApps ??= [];
  return scope.roundtableFileApps;
}
