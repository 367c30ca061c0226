/**
 * About how many seconds each of the slowest test files takes, for the order a clean clone runs
 * them in: vitest's own figures in the clean-clone CI run of 5741a1d/0.6.0, less what was measured
 * side by side to save since: for the web, CLI, Mermaid and coordination files, one Chromium a
 * worker and hostile-input's CLI in-process where its process is not the point; for the app's and
 * the Action's, the fault proxy asking the fake in its own process, the Redis lease asked for every
 * 25 ms, a year of series runs without loopback HTTP. vitest orders files by its cache of their
 * last durations, but a fresh clone has no cache, and it then runs the largest files first: the
 * fault matrices, five lines each and among the slowest, came last, and two cores waited on them
 * at the end. Only an order: a file missing here, or a wrong figure, runs anyway.
 */
export const slowFiles: Record<string, number> = {
  "test/app/instances.test.ts": 56,
  "test/app/fault-matrix-redis.test.ts": 54,
  "test/web/screenshots.browser.test.ts": 51,
  "test/app/fault-matrix.test.ts": 36,
  "test/app/fault-matrix-action.test.ts": 27,
  "test/app/faults.test.ts": 23,
  "test/web/rsvp.browser.test.ts": 22,
  "test/web/room-controls.browser.test.ts": 20,
  "test/app/ballot-rollback.test.ts": 19,
  "test/web/ballots.browser.test.ts": 17,
  "test/app/series-timer.test.ts": 17,
  "test/app/fault-matrix-invitations.test.ts": 17,
  "test/web/room.browser.test.ts": 16,
  "test/app/invitation-timers.test.ts": 15,
  "test/cli/hostile-input.test.ts": 14,
  "test/app/security-server.test.ts": 14,
  "test/web/room-invitees.browser.test.ts": 11,
  "test/web/home-rsvp-live.browser.test.ts": 10,
  "test/app/hierarchy-promote.test.ts": 10,
  "test/action/notify-job.test.ts": 9,
  "test/web/ballot-privacy.test.ts": 9,
  "test/action/series.test.ts": 8,
  "test/action/bundle.test.ts": 9,
  "test/app/security-start.test.ts": 9,
  "test/cli/failures.test.ts": 8,
  "test/web/minutes.browser.test.ts": 8,
  "test/web/security-web.test.ts": 13,
  "test/web/poster.browser.test.ts": 8,
  "test/app/intake-retry.test.ts": 12,
  "test/app/invitations-instances.test.ts": 8,
  "test/coordination/coordination.test.ts": 7,
  "test/web/ballot-keyboard.browser.test.ts": 8,
  "test/action/faults.test.ts": 6,
  "test/app/ballot-restart.test.ts": 7,
  "test/github/generated-operations.test.ts": 5,
  "test/render/mermaid-diagrams.test.ts": 8,
  "test/app/hostile-input.test.ts": 4,
  "test/app/notify.test.ts": 4,
  "test/render/github-rendering.test.ts": 4,
  "test/web/minutes-app.test.ts": 4,
};
