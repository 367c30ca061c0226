/**
 * Every use case a trigger can run, by name: the file that declares it and the function it
 * exports. The adapters' tables (the app's triggers, the Action's jobs, the CLI's commands, the
 * web's POSTs) name their rows' use cases from here, and `docs/triggers.md` is written from them.
 * Names only: an adapter imports this for its types, and loads a use case's code when it runs.
 */
export const useCases = {
  "issue-event": {
    file: "src/jobs/intake.ts",
    export: "onIssueEvent",
    does: "an issue opened, edited, labelled, closed…: intake, recount, a meeting's region",
  },
  comment: {
    file: "src/jobs/issue-comment.ts",
    export: "onIssueComment",
    does: "a comment's slash commands (meeting, topic, check-in, promote), or a recount",
  },
  sync: {
    file: "src/jobs/sync.ts",
    export: "sync",
    does: "recount the votes; statuses and the board in queue order",
  },
  installed: {
    file: "src/jobs/installed.ts",
    export: "onInstalled",
    does: "a repository the app was given: labels, issue types, the board recounted",
  },
  "timebox-ended": {
    file: "src/jobs/timebox.ts",
    export: "onTimeboxEnded",
    does: "a timebox's end: time called on the meeting, once",
  },
  series: {
    file: "src/jobs/series.ts",
    export: "seriesJob",
    does: "the series' next meeting issue opened, once",
  },
  "invitation-timers": {
    file: "src/jobs/invitation-timers.ts",
    export: "invitationTimers",
    does: "when a meeting's invitations need a retry or a reminder",
  },
  "invitations-retry": {
    file: "src/jobs/invitation-timers.ts",
    export: "retryInvitations",
    does: "a meeting's waiting invitations sent again",
  },
  notify: {
    file: "src/jobs/notify.ts",
    export: "notifyJob",
    does: "reminders and the channels' notices that are due",
  },
  publish: {
    file: "src/jobs/publish.ts",
    export: "publish",
    does: "the generated pages committed",
  },
  retro: { file: "src/jobs/retro.ts", export: "retro", does: "the quarter's retro opened" },
  "okr-status": {
    file: "src/jobs/okr-status.ts",
    export: "okrStatus",
    does: "key results' check-ins due, asked for",
  },
  "ballot-batch": {
    file: "src/jobs/ballot-batch.ts",
    export: "ballotBatch",
    does: "the ballots waiting for their batch written in one commit",
  },
  ballot: {
    file: "src/jobs/ballot-page.ts",
    export: "decideBallot",
    does: "a person's ballot taken for the next batch",
  },
  room: {
    file: "src/jobs/room.ts",
    export: "loadRoom",
    does: "a meeting's live room, read again by its viewers",
  },
  "room-press": {
    file: "src/jobs/room.ts",
    export: "refusePress",
    does: "a room's button: the comment or reaction the person could have typed",
  },
  rsvp: {
    file: "src/jobs/rsvp-view.ts",
    export: "answerRsvp",
    does: "a seat taken or given up from the RSVP page",
  },
  "minutes-draft": {
    file: "src/jobs/minutes-draft.ts",
    export: "postMinutesDraft",
    does: "a transcript's minutes drafted on the meeting",
  },
  minutes: {
    file: "src/jobs/minutes.ts",
    export: "draftMinutesFromFiles",
    does: "a meeting's minutes drafted from files, offline",
  },
  "repo-config": {
    file: "src/jobs/repo-config.ts",
    export: "repoConfig",
    does: "the repository's config read (and forgotten when it changes)",
  },
  queue: {
    file: "src/jobs/queue-report.ts",
    export: "snapshotQueue",
    does: "the topic queue of a snapshot",
  },
  render: {
    file: "src/jobs/render-pages.ts",
    export: "renderSnapshot",
    does: "the pages of a snapshot, written to a folder",
  },
  snapshot: {
    file: "src/jobs/read-snapshot.ts",
    export: "takeSnapshot",
    does: "a board read into a snapshot file",
  },
  schedule: {
    file: "src/jobs/schedule-event.ts",
    export: "scheduleEvent",
    does: "an event's sessions scheduled into rooms and slots",
  },
  poster: {
    file: "src/jobs/poster-html.ts",
    export: "posterHtml",
    does: "an unconference's schedule as a print view",
  },
  "ensure-labels": {
    file: "src/jobs/ensure-labels.ts",
    export: "ensureLabels",
    does: "the labels Roundtable uses that a repository lacks, created",
  },
  "setup-project": {
    file: "src/jobs/setup-project.ts",
    export: "setupProject",
    does: "the project's fields and options set up",
  },
} as const satisfies Record<string, { file: string; export: string; does: string }>;

export type UseCaseName = keyof typeof useCases;
