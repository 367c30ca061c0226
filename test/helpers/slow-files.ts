/**
 * About how many seconds each of the slowest test files takes, for the order a clean clone runs
 * them in: vitest's own figures in the clean-clone `.ci/run` of 0.8.0 (c9c6374). vitest
 * orders files by its cache of their last durations, but a fresh clone has no cache, and it then
 * runs the largest files first: the fault matrices, five lines each and among the slowest, came
 * last, and two cores waited on them at the end. Only an order: a file missing here, or a wrong
 * figure, runs anyway.
 */
export const slowFiles: Record<string, number> = {
  "test/web/screenshots.browser.test.ts": 49,
  "test/app/instances.test.ts": 44,
  "test/app/fault-matrix-redis.test.ts": 37,
  "test/app/fault-matrix.test.ts": 32,
  "test/app/fault-matrix-action.test.ts": 22,
  "test/web/rsvp.browser.test.ts": 19,
  "test/web/room-controls.browser.test.ts": 18,
  "test/web/room.browser.test.ts": 18,
  "test/app/series-timer.test.ts": 16,
  "test/app/faults.test.ts": 15,
  "test/app/ballot-rollback.test.ts": 14,
  "test/web/ballots.browser.test.ts": 12,
  "test/web/ballot-privacy.test.ts": 11,
  "test/app/invitation-timers.test.ts": 11,
  "test/app/hierarchy-promote.test.ts": 10,
  "test/cli/hostile-input.test.ts": 10,
  "test/app/security-server.test.ts": 10,
  "test/app/fault-matrix-invitations.test.ts": 10,
  "test/web/room-invitees.browser.test.ts": 8,
  "test/app/invitations-instances.test.ts": 8,
  "test/web/security-web.test.ts": 8,
  "test/action/bundle.test.ts": 7,
  "test/coordination/coordination.test.ts": 7,
  "test/action/series.test.ts": 7,
  "test/render/github-rendering.test.ts": 7,
  "test/web/home-rsvp-live.browser.test.ts": 7,
  "test/web/poster.browser.test.ts": 7,
  "test/action/notify-job.test.ts": 6,
  "test/app/intake-retry.test.ts": 6,
  "test/github/generated-operations.test.ts": 5,
  "test/action/faults.test.ts": 5,
  "test/web/minutes-app.test.ts": 5,
  "test/web/ballot-keyboard.browser.test.ts": 5,
  "test/web/minutes.browser.test.ts": 5,
  "test/app/notify.test.ts": 4,
  "test/app/security-start.test.ts": 4,
  "test/app/ballot-restart.test.ts": 4,
  "test/core/meetings/unconference-exact.test.ts": 4,
  "test/render/mermaid-diagrams.test.ts": 4,
  "test/app/meeting.test.ts": 4,
  "test/app/hostile-input.test.ts": 4,
  "test/cli/build-if-stale.test.ts": 3,
  "test/app/invitations.test.ts": 3,
};
