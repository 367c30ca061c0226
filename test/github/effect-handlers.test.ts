import { describe, expect, it } from "vitest";
import type { Effect } from "../../src/core/index.js";
import { type Handlers, handlers } from "../../src/github/effects/index.js";
import { applyPlan, createClient } from "../../src/github/index.js";
import { fakeBoard } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

/** One effect of every kind. */
const everyKind: { [K in Effect["kind"]]: Extract<Effect, { kind: K }> } = {
  "add-to-project": { kind: "add-to-project", issue: 1, contentId: "I_1" },
  "set-field": { kind: "set-field", issue: 1, field: "Status", value: { option: "Parked" } },
  move: { kind: "move", issue: 1, after: 2 },
  "add-label": { kind: "add-label", issue: 1, label: "topic" },
  "remove-label": { kind: "remove-label", issue: 1, label: "topic" },
  "add-assignee": { kind: "add-assignee", issue: 1, login: "alice" },
  "remove-assignee": { kind: "remove-assignee", issue: 1, login: "alice" },
  react: { kind: "react", commentId: 7, content: "eyes" },
  unreact: { kind: "unreact", commentId: 7, content: "confused" },
  "upsert-comment": {
    kind: "upsert-comment",
    issue: 1,
    marker: "<!-- roundtable:x -->",
    body: "b",
  },
  "delete-comment": { kind: "delete-comment", issue: 1, commentId: 9, why: "a second one" },
  "close-issue": { kind: "close-issue", issue: 1 },
  "open-issue": {
    kind: "open-issue",
    marker: "<!-- roundtable:y -->",
    title: "Retro 2026-Q4",
    body: "b",
    labels: [],
    assignees: [],
  },
  "create-label": { kind: "create-label", name: "topic", color: "0e8a16", description: "d" },
  "create-field": {
    kind: "create-field",
    field: "Lane",
    options: [{ name: "Production", color: "GREEN", description: "" }],
  },
  "set-field-options": {
    kind: "set-field-options",
    field: "Status",
    options: [{ name: "Parked", color: "GRAY", description: "" }],
    added: ["Parked"],
  },
  notify: {
    kind: "notify",
    channel: { kind: "slack", url: "env:ROUNDTABLE_SLACK_URL" },
    key: "acme/board/meeting-1:meeting.ended",
    notice: { event: "meeting.ended", title: "Meeting ended: Planning", url: "u", sections: [] },
  },
  "write-ballots": {
    kind: "write-ballots",
    batch: {
      repository: "acme/board",
      round: "open",
      installation: 1,
      ballots: [],
      final: false,
      counts: false,
    },
  },
  "commit-pages": {
    kind: "commit-pages",
    message: "Roundtable: refresh the pages",
    mode: "pull-request",
    render: () => [{ path: "docs/queue.md", content: "q" }],
  },

  "invite-collaborator": { kind: "invite-collaborator", login: "ada", permission: "read" },
  "cancel-invitation": { kind: "cancel-invitation", id: 7001, login: "ada" },
  "remove-collaborator": { kind: "remove-collaborator", login: "ada" },
  "post-status-update": {
    kind: "post-status-update",
    marker: "<!-- roundtable:status-week:2026-11-16 -->",
    status: "AT_RISK",
    body: "b",
    startDate: "2026-10-01",
    targetDate: "2026-12-31",
  },
  "add-sub-issue": { kind: "add-sub-issue", parent: 1, child: 2 },
  "create-issue-type": {
    kind: "create-issue-type",
    name: "Roadmap item",
    description: "d",
    color: "green",
  },
  "create-iteration-field": {
    kind: "create-iteration-field",
    field: "Quarter",
    iterations: [{ title: "2026-Q4", startDate: "2026-10-01", duration: 92 }],
  },
  "set-quarters": {
    kind: "set-quarters",
    field: "Quarter",
    iterations: null,
    values: [{ item: "PVTI_1", title: "2026-Q4" }],
  },
  "comment-as-person": {
    kind: "comment-as-person",
    issue: 1,
    login: "ada",
    body: "/next",
    at: "2026-11-20T10:00:00Z",
  },
};

describe("the effect handlers", () => {
  it("name every kind of effect: a list without one does not type-check", () => {
    const { move: _, ...withoutMove } = handlers;
    // @ts-expect-error: the list lacks the handler of "move".
    const incomplete: Handlers = withoutMove;
    expect(Object.keys(incomplete).sort()).toEqual(
      Object.keys(everyKind)
        .filter((k) => k !== "move")
        .sort(),
    );
  });

  it("in a dry run, say what each would do and write nothing", async () => {
    // No GitHub is mounted: any request would fail the test.
    const log: string[] = [];
    const applied = await applyPlan(
      createClient({ token: "t", throttle: false }),
      Object.values(everyKind),
      { owner: "acme", repo: "board", project: null, dryRun: true, log: (l) => log.push(l) },
    );
    expect(applied).toEqual([]);
    expect(log).toEqual([
      "would add #1 to the project",
      'would set Status of #1 to "Parked"',
      "would move #1 after #2",
      'would add the label "topic" to #1',
      'would remove the label "topic" from #1',
      "would assign alice to #1",
      "would unassign alice from #1",
      "would react eyes to comment 7",
      "would take back the reaction confused on comment 7",
      "would write the comment <!-- roundtable:x --> on #1",
      "    │ b",
      "would delete comment 9 on #1: a second one",
      "would close #1",
      'would open the issue "Retro 2026-Q4"',
      "    │ b",
      'would create the label "topic"',
      'would add the field "Lane" to the project, with the options "Production"',
      'would add the options "Parked" to the field "Status"',
      "would write a sealed batch of 0 voters' changes to roundtable/ballots:ballots.json",
      "would commit the pages to roundtable/pages and open its pull request",
      "would invite ada to the repository (read)",
      "would withdraw ada's invitation 7001",
      "would remove ada from the repository's collaborators",
      "would post the project status update AT_RISK <!-- roundtable:status-week:2026-11-16 -->",
      "    │ b",
      "would make #2 a sub-issue of #1",
      'would create the issue type "Roadmap item" for the organisation',
      'would add the iteration field "Quarter" to the project, with "2026-Q4"',
      'would write back 1 items\' quarters in "Quarter"',
      'would post "/next" on #1 as ada',
      "    │ /next",
      "would notify slack: Meeting ended: Planning",
    ]);
  });
});

describe("upsert-comment", () => {
  it("finds its comment on the second page of the issue's comments and edits it in place", async () => {
    const fake = fakeBoard(1);
    const mine = "<!-- roundtable:queue -->";
    fake.comments.set(1, [
      ...Array.from({ length: 100 }, (_, i) => ({ id: 1000 + i, body: `comment ${i}` })),
      { id: 2000, body: `${mine}\nold` },
    ]);
    const scope = mountGitHub(fake, { graphql: false, rest: ["GET", "PATCH"] });
    await applyPlan(
      createClient({ token: "t", throttle: false }),
      [{ kind: "upsert-comment", issue: 1, marker: mine, body: "new" }],
      { owner: "acme", repo: "board", project: null, dryRun: false, log: () => {} },
    );
    const comments = fake.comments.get(1) ?? [];
    expect(comments).toHaveLength(101);
    expect(comments.at(-1)).toEqual({ id: 2000, body: `${mine}\nnew` });
    expect(fake.calls.filter((c) => c.type === "rest").map((c) => `${c.method} ${c.path}`)).toEqual(
      [
        "GET /repos/acme/board/issues/1/comments",
        "GET /repos/acme/board/issues/1/comments",
        "PATCH /repos/acme/board/issues/comments/2000",
      ],
    );
    expect(scope.isDone()).toBe(true);
  });
});
