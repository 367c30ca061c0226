import { describe, expect, it } from "vitest";
import { marker } from "../../src/core/index.js";
import { applyPlan, createClient } from "../../src/github/index.js";
import { fakeBoard } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

const ctx = (log: string[] = []) => ({
  owner: "acme",
  repo: "board",
  project: null,
  dryRun: false,
  log: (l: string) => log.push(l),
});

describe("applyPlan", () => {
  it("adds and removes labels, and takes a label already gone as done", async () => {
    const fake = fakeBoard(2);
    const scope = mountGitHub(fake, { graphql: false, rest: ["POST", "DELETE"] });
    const log: string[] = [];
    await applyPlan(
      createClient({ token: "t", throttle: false }),
      [
        { kind: "add-label", issue: 1, label: "status:parked" },
        { kind: "remove-label", issue: 1, label: "topic" },
        { kind: "remove-label", issue: 2, label: "never-there" },
      ],
      ctx(log),
    );
    expect(fake.issues[0]?.labels).toEqual(["status:parked"]);
    expect(fake.labelChanges).toEqual([
      { issue: 1, add: "status:parked" },
      { issue: 1, remove: "topic" },
    ]);
    expect(log).toEqual([
      'add the label "status:parked" to #1',
      'remove the label "topic" from #1',
      'remove the label "never-there" from #2',
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it("opens an issue carrying its hidden marker", async () => {
    const fake = fakeBoard(0);
    mountGitHub(fake, { graphql: false, rest: ["POST"] });
    await applyPlan(
      createClient({ token: "t", throttle: false }),
      [
        {
          kind: "open-issue",
          marker: marker("retro:2026-Q4"),
          title: "Retro 2026-Q4",
          body: "Went well?",
          labels: ["retro"],
          assignees: [],
        },
      ],
      ctx(),
    );
    expect(fake.openedIssues).toEqual([
      {
        title: "Retro 2026-Q4",
        body: "<!-- roundtable:retro:2026-Q4 -->\nWent well?",
        labels: ["retro"],
      },
    ]);
  });

  it("in a dry run, prints each effect as 'would …' and sends nothing", async () => {
    const fake = fakeBoard(1);
    mountGitHub(fake, { graphql: false, rest: ["POST"] });
    const log: string[] = [];
    const applied = await applyPlan(
      createClient({ token: "t", throttle: false }),
      [
        { kind: "add-label", issue: 1, label: "x" },
        { kind: "upsert-comment", issue: 1, marker: marker("queue"), body: "hi" },
      ],
      { ...ctx(log), dryRun: true },
    );
    expect(applied).toEqual([]);
    expect(log).toEqual([
      'would add the label "x" to #1',
      "would write the comment <!-- roundtable:queue --> on #1",
      "    │ hi",
    ]);
    expect(fake.calls).toEqual([]);
  });

  it("hands a later effect GitHub's answers to earlier ones of the same plan, to amend it", async () => {
    const fake = fakeBoard(1);
    mountGitHub(fake, { graphql: false, rest: ["GET", "POST", "PATCH", "PUT"] });
    const seen: unknown[][] = [];
    const applied = await applyPlan(
      createClient({ token: "t", throttle: false }),
      [
        { kind: "invite-collaborator", login: "person-9", permission: "read" },
        { kind: "upsert-comment", issue: 1, marker: marker("state"), body: "id: unknown" },
      ],
      {
        ...ctx(),
        amend: (effect, answers) => {
          seen.push([...answers]);
          const [answer] = answers;
          return effect.kind === "upsert-comment" && answer
            ? { ...effect, body: `id: ${answer.id}` }
            : effect;
        },
      },
    );
    const [invitation] = fake.invitations.open;
    expect(seen).toEqual([
      [],
      [
        {
          kind: "invite-collaborator",
          login: "person-9",
          outcome: "invited",
          id: invitation?.id,
          personal: false,
        },
      ],
    ]);
    // What was written, and what the gate says it applied, is the amended effect.
    const written = fake.comments.get(1)?.find((c) => c.body.includes(marker("state")));
    expect(written?.body).toContain(`id: ${invitation?.id}`);
    expect(applied[1]).toMatchObject({ body: `id: ${invitation?.id}` });
  });
});
