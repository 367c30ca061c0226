import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { createClient, loadSnapshot } from "../../src/github/index.js";
import { onIssueComment } from "../../src/jobs/issue-comment.js";
import { okrStatus } from "../../src/jobs/okr-status.js";
import { runContext } from "../../src/jobs/run-context.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { FakeGitHub, type FakeIssue, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

/**
 * Check-ins on a key result over a quarter, the clock moved from one to the next: each recorded
 * once in Roundtable's comment, the OKR page showing the history and the drift, and one project
 * status update a week with the worst status.
 */

const client = () => createClient({ token: "test-token", throttle: false });
const cfg = parseConfig("project:\n  owner: acme\n  number: 7\nfacilitators: [fran]\n");

function board(): FakeGitHub {
  const fake = new FakeGitHub();
  const base = {
    state: "OPEN" as const,
    createdAt: "2026-10-01T09:00:00Z",
    closedAt: null,
    author: "olga",
    labels: [],
    reactions: [],
  };
  const objective: FakeIssue = {
    ...base,
    id: "I_1",
    number: 1,
    title: "Ship faster",
    type: "Objective",
    body: "### What do we want to achieve?\n\nShip faster\n\n### Quarter\n\n2026-Q4",
    assignees: ["olga"],
    subIssues: [2],
  };
  const keyResult: FakeIssue = {
    ...base,
    id: "I_2",
    number: 2,
    title: "Deploys a week",
    type: "Key result",
    body: "### What will we measure?\n\nDeploys\n\n### Start value\n\n0\n\n### Target value\n\n100\n\n### Current value\n\n5\n\n### Unit\n\n_No response_",
    assignees: ["kai"],
  };
  fake.issues = [objective, keyResult];
  fake.hierarchy.issueTypes = ["Objective", "Key result"].map((name, i) => ({
    id: i + 1,
    node_id: `IT_${i + 1}`,
    name,
    description: null,
    color: null,
  }));
  fake.project = fakeProject([]);
  return fake;
}

let sequence = 9000;

/** A person comments on the key result at `at`: the clock is moved there first. */
async function comment(fake: FakeGitHub, login: string, body: string, at: string, id = ++sequence) {
  fake.clock = at;
  const issue = fake.issues.find((i) => i.number === 2) as FakeIssue;
  if (!issue.comments?.some((c) => c.id === id))
    issue.comments = [
      ...(issue.comments ?? []),
      { id, author: login, body, votes: 0, createdAt: at },
    ];
  await runUseCase(
    onIssueComment,
    runContext({
      github: client(),
      owner: "acme",
      repo: "board",
      config: cfg,
      clock: () => at,
      log: () => {},
    }),
    {
      issue: { number: 2, labels: [] },
      comment: {
        id,
        body,
        login,
        createdAt: at,
        url: `https://github.com/acme/board/issues/2#${id}`,
      },
    },
  );
  return id;
}

const weekly = (fake: FakeGitHub, now: string) => {
  fake.clock = now;
  return runUseCase(
    okrStatus,
    runContext({
      github: client(),
      owner: "acme",
      repo: "board",
      config: cfg,
      clock: () => now,
      dryRun: false,
      log: () => {},
    }),
  );
};

afterEach(() => nock.cleanAll());

describe("/checkin on a key result", () => {
  it("records three check-ins over the quarter; the page shows them, the trend and the drift; one status update a week, the worst", async () => {
    const fake = board();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH"] });

    const first = await comment(
      fake,
      "kai",
      "/checkin 20 on-track first month",
      "2026-10-19T10:00:00Z",
    );
    await weekly(fake, "2026-10-19T12:00:00Z");
    // The same comment delivered again, and a second run in the same week, change nothing.
    await comment(fake, "kai", "/checkin 20 on-track first month", "2026-10-19T10:00:00Z", first);
    await weekly(fake, "2026-10-22T12:00:00Z");
    await comment(fake, "olga", "/checkin 45 on-track", "2026-11-16T10:00:00Z");
    await weekly(fake, "2026-11-16T12:00:00Z");
    await comment(
      fake,
      "fran",
      "/checkin 48 at-risk the pipeline migration slipped",
      "2026-12-07T10:00:00Z",
    );
    await weekly(fake, "2026-12-07T12:00:00Z");
    await weekly(fake, "2026-12-09T12:00:00Z");

    const own = fake.comments.get(2) ?? [];
    const record = own.filter((c) => c.body.startsWith("<!-- roundtable:checkins -->"));
    expect(record).toHaveLength(1);
    expect(record[0]?.body).toContain(
      "| 7 Dec 2026 | 48 | at-risk | the pipeline migration slipped | [fran](https://github.com/fran) |",
    );
    expect(fake.reactions.filter((r) => r.content === "+1")).toHaveLength(3);

    expect(fake.hierarchy.statusUpdates.map((u) => [u.createdAt.slice(0, 10), u.status])).toEqual([
      ["2026-10-19", "ON_TRACK"],
      ["2026-11-16", "ON_TRACK"],
      ["2026-12-07", "AT_RISK"],
    ]);
    expect(fake.hierarchy.statusUpdates[2]?.body).toContain(
      "Drifted to at risk: acme/board#2 Deploys a week.",
    );
    expect(fake.hierarchy.statusUpdates[2]).toMatchObject({
      startDate: "2026-10-01",
      targetDate: "2026-12-31",
    });

    const now = "2026-12-08T09:00:00Z";
    const { snapshot } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: cfg,
      now,
    });
    const pages = new Map(
      renderPages(snapshot, cfg, () => undefined).map((p) => [p.path, p.content]),
    );
    const page = pages.get("docs/okrs/2026-Q4.md") ?? "";
    expect(page).toContain(
      "**Drifted to at risk**: [Deploys a week](https://github.com/acme/board/issues/2) #2 (now at risk)",
    );
    expect(page).toContain("### Check-ins: Deploys a week (#2)");
    expect(page).toContain(
      "Last 7 Dec 2026: 48, at risk · ↑ 3 since the check-in before · **drifted from on track**",
    );
    expect(page).toContain('x-axis ["19 Oct", "16 Nov", "7 Dec"]');
    expect(page).toContain("line [20, 45, 48]");
    expect(page).toContain(
      "| 19 Oct 2026 | 20 | on track | first month | [kai](https://github.com/kai) |",
    );
    expect(page).toContain("| 16 Nov 2026 | 45 | on track | – | [olga](https://github.com/olga) |");
    // The last check-in is the key result's current value.
    expect(page).toContain("| 0 | 48 | 100 | `█████░░░░░` 48% |");
  });

  it("is refused to someone who is neither the assignee, the objective's owner nor a facilitator, and to a value that is no number", async () => {
    const fake = board();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH"] });
    await comment(fake, "mallory", "/checkin 99 on-track", "2026-10-19T10:00:00Z");
    await comment(fake, "kai", "/checkin lots", "2026-10-20T10:00:00Z");
    const own = fake.comments.get(2) ?? [];
    expect(own.some((c) => c.body.startsWith("<!-- roundtable:checkins -->"))).toBe(false);
    expect(own.map((c) => c.body).join("\n")).toContain(
      "Only the key result's assignee, its objective's owner and the facilitators can check in on it.",
    );
    expect(own.map((c) => c.body).join("\n")).toContain('got "lots", expected a number');
    expect(fake.reactions.filter((r) => r.content === "confused")).toHaveLength(2);
  });
});
