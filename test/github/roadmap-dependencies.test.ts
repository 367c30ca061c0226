import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { createClient, loadSnapshot } from "../../src/github/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { FakeGitHub, type FakeIssue, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

/** Roadmap items' blockers read from GitHub's issue dependencies, and shown on the roadmap page. */

const config = parseConfig("project:\n  owner: acme\n  number: 7\n");
const client = () => createClient({ token: "t", throttle: false });

function board(): FakeGitHub {
  const fake = new FakeGitHub();
  const item = (number: number, title: string, more: Partial<FakeIssue> = {}): FakeIssue => ({
    id: `I_${number}`,
    number,
    title,
    state: "OPEN",
    createdAt: `2026-10-0${number}T09:00:00Z`,
    closedAt: null,
    body: "### What is it?\n\nWork",
    author: "olga",
    labels: [],
    type: "Roadmap item",
    assignees: ["olga"],
    reactions: [],
    ...more,
  });
  fake.issues = [
    item(1, "Cut build times", { blockedBy: [2, 3] }),
    item(2, "New CI runners"),
    item(3, "Buy hardware", { state: "CLOSED", closedAt: "2026-11-01T09:00:00Z" }),
    item(4, "Flaky test budget", { blockedBy: [3] }),
  ];
  fake.project = fakeProject([1, 2, 3, 4]);
  fake.project.fields.push(
    {
      id: "F_lane",
      name: "Lane",
      dataType: "SINGLE_SELECT",
      options: [{ id: "L_0", name: "Production" }],
    },
    {
      id: "F_quarter",
      name: "Quarter",
      dataType: "SINGLE_SELECT",
      options: ["2026-Q4", "2027-Q1"].map((name, i) => ({ id: `Q_${i}`, name })),
    },
  );
  const quarters: Record<number, string> = {
    1: "2026-Q4",
    2: "2027-Q1",
    3: "2026-Q4",
    4: "2026-Q4",
  };
  for (const i of fake.project.items)
    i.values = { ...i.values, Lane: "Production", Quarter: quarters[i.issue ?? 0] ?? "" };
  return fake;
}

afterEach(() => nock.cleanAll());

describe("dependencies on the roadmap", () => {
  it("reads the blockers of items that have any, shows them, and flags an item planned before its blocker", async () => {
    const fake = board();
    mountGitHub(fake, { rest: ["GET"] });
    const now = "2026-11-20T09:00:00Z";
    const { snapshot } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config,
      now,
    });
    // Asked only where the listing counts blockers: #1 and #4, one request each.
    const asked = fake.calls.filter(
      (c) => c.type === "rest" && c.path.includes("/dependencies/blocked_by"),
    );
    expect(asked.map((c) => (c.type === "rest" ? c.path : ""))).toEqual([
      "/repos/acme/board/issues/1/dependencies/blocked_by",
      "/repos/acme/board/issues/4/dependencies/blocked_by",
    ]);
    expect(snapshot.issues.find((i) => i.number === 1)?.blockedBy).toEqual([2, 3]);

    const page =
      renderPages(snapshot, config, () => undefined).find((p) => p.path === "docs/roadmap.md")
        ?.content ?? "";
    expect(page).toContain("| Item | Priority | Sponsor | Status | Blocked by | Votes |");
    // A closed blocker is done: #4 waits for nothing, and #1 only for #2.
    expect(page).toContain(
      "[New CI runners](https://github.com/acme/board/issues/2) #2 (2027-Q1) **later than this item**",
    );
    expect(page).toContain("## Planned before what blocks them");
    expect(page).toContain(
      "| [Cut build times](https://github.com/acme/board/issues/1) #1 | 2026-Q4 | [New CI runners](https://github.com/acme/board/issues/2) #2 (2027-Q1) **later than this item** |",
    );
    expect(page.split("## Planned before what blocks them")[1]).not.toContain("#4");
  });
});
