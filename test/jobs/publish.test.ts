import { describe, expect, it } from "vitest";
import { createClient, pagesBranch } from "../../src/github/index.js";
import { publish } from "../../src/jobs/publish.js";
import { runContext } from "../../src/jobs/run-context.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { beginMarker, endMarker, markerNote } from "../../src/render/index.js";
import { pageKinds } from "../../src/render/pages/index.js";
import type { PageKind } from "../../src/render/pages/page-kind.js";
import { config } from "../helpers/factories.js";
import { type FakeGitHub, fakeBoard } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

async function run(
  options: { dryRun?: boolean; mode?: "direct" | "pull-request"; pages?: PageKind[] } = {},
) {
  const lines: string[] = [];
  const { committed: result } = await runUseCase(
    publish,
    runContext({
      github: createClient({ token: "t", throttle: false }),
      owner: "acme",
      repo: "board",
      config: config(),
      clock: () => "2026-11-20T09:00:00Z",
      dryRun: options.dryRun ?? false,
      log: (line) => lines.push(line),
    }),
    { mode: options.mode ?? "direct", ...(options.pages ? { pages: options.pages } : {}) },
  );
  return { ...result, lines };
}

const commits = (fake: FakeGitHub) => fake.graphqlCalls("CreateCommit");

describe("publish", () => {
  it("writes the pages in one createCommitOnBranch, expecting the head it read", async () => {
    const fake = fakeBoard(5, (n) => n);
    const scope = mountGitHub(fake);
    const result = await run();
    expect(commits(fake)).toHaveLength(1);
    const input = commits(fake)[0]?.variables;
    expect(input).toMatchObject({
      branch: { repositoryNameWithOwner: "acme/board", branchName: "main" },
      expectedHeadOid: "c0",
      message: { headline: "Roundtable: refresh the pages" },
    });
    const page = fake.files().get("docs/topics.md") ?? "";
    expect(page).toMatch(/^# Topics\n/);
    expect(page).toContain("| 1 | [Topic 5](https://github.com/acme/board/issues/5) #5 | 5 |");
    expect(result.changed).toEqual(["docs/topics.md"]);
    expect(result.commit?.oid).toBe(fake.branches.get("main"));
    expect(scope.isDone()).toBe(true);
  });

  it("makes no commit when the pages are unchanged", async () => {
    const fake = fakeBoard(5, (n) => n);
    mountGitHub(fake);
    await run();
    const second = await run();
    expect(commits(fake)).toHaveLength(1);
    expect(second).toMatchObject({ commit: null, changed: [] });
    expect(second.lines).toEqual(["pages: nothing changed, no commit"]);
  });

  it("keeps the hand-written text around the region", async () => {
    const fake = fakeBoard(2, (n) => n);
    fake.pushCommit("main", {
      "docs/topics.md": `# Our agenda\n\nHouse rules: be kind.\n\n${beginMarker("topics")}\nold\n${endMarker("topics")}\n\nNotes by hand.\n`,
    });
    mountGitHub(fake);
    await run();
    const page = fake.files().get("docs/topics.md") ?? "";
    expect(
      page.startsWith(
        `# Our agenda\n\nHouse rules: be kind.\n\n${beginMarker("topics")}\n**2 topics to discuss**`,
      ),
    ).toBe(true);
    expect(page.endsWith(`${endMarker("topics")}\n\nNotes by hand.\n`)).toBe(true);
  });

  it("after a stale expectedHeadOid, reads once more and succeeds, keeping what was pushed meanwhile", async () => {
    const fake = fakeBoard(3, (n) => n);
    fake.pushCommit("main", {
      "docs/topics.md": `# Topics\n\n${beginMarker("topics")}\nold\n${endMarker("topics")}\n`,
    });
    let raced = false;
    fake.interceptors.push((call) => {
      if (call.type === "graphql" && call.operation === "CreateCommit" && !raced) {
        raced = true;
        // Somebody edits the page by hand between our read and our commit.
        fake.pushCommit("main", {
          "docs/topics.md": `# Topics\n\nA line added by hand.\n\n${beginMarker("topics")}\nold\n${endMarker("topics")}\n`,
        });
      }
      return undefined;
    });
    mountGitHub(fake);
    const result = await run();
    expect(commits(fake).map((c) => c.variables.expectedHeadOid)).toEqual(["c1", "c2"]);
    expect(fake.graphqlCalls("BranchHead")).toHaveLength(2);
    expect(result.lines).toContain(
      "main moved while the pages were written (attempt 1 of 3): reading it again",
    );
    const page = fake.files().get("docs/topics.md") ?? "";
    expect(page).toMatch(
      /^# Topics\n\nA line added by hand\.\n\n<!-- roundtable:begin topics -->\n\*\*3 topics/,
    );
  });

  it("gives up after three moves of the branch, having written nothing", async () => {
    const fake = fakeBoard(1);
    fake.interceptors.push((call) => {
      if (call.type === "graphql" && call.operation === "CreateCommit")
        fake.pushCommit("main", { "other.md": String(Math.random()) });
      return undefined;
    });
    mountGitHub(fake);
    await expect(run()).rejects.toThrow(
      "the branch kept moving while Roundtable wrote its pages (3 attempts); nothing was written: run again",
    );
    expect(fake.files().has("docs/topics.md")).toBe(false);
  });

  it("in a dry run, says which pages would change and writes nothing", async () => {
    const fake = fakeBoard(2);
    mountGitHub(fake);
    const result = await run({ dryRun: true });
    expect(result.lines).toEqual(["would write docs/topics.md"]);
    expect(fake.mutations()).toEqual([]);
  });

  describe("in pull-request mode", () => {
    it("commits to one branch and opens one pull request, then updates it", async () => {
      const fake = fakeBoard(2, (n) => n);
      const scope = mountGitHub(fake, { rest: ["GET", "POST"] });
      const first = await run({ mode: "pull-request" });
      expect(fake.branches.get(pagesBranch)).toBe(first.commit?.oid);
      expect(fake.files("main").has("docs/topics.md")).toBe(false);
      expect(first.pullRequest).toEqual({
        number: 500,
        url: "https://github.com/acme/board/pull/500",
      });

      fake.issues[0]?.reactions.push(
        ...["x", "y", "z"].map((login) => ({ login, createdAt: "2026-03-01T00:00:00Z" })),
      );
      const second = await run({ mode: "pull-request" });
      expect(
        commits(fake).map((c) => (c.variables.branch as { branchName: string }).branchName),
      ).toEqual([pagesBranch, pagesBranch]);
      expect(second.pullRequest?.number).toBe(500);
      expect(fake.pulls).toHaveLength(1);
      expect(scope.isDone()).toBe(true);
    });
  });

  it("writes a page added as one kind of page, with one entry in the list", async () => {
    // The whole of a new page: one object, as a page file exports it.
    const sponsorsPage: PageKind = {
      region: "sponsors",
      pages: ({ board }) => [
        {
          path: "docs/sponsors.md",
          title: "Sponsors",
          intro: "Who opens which topic.",
          content: {
            type: "root",
            children: board.topics.map((t) => ({
              type: "paragraph",
              children: [
                { type: "text", value: `Topic ${t.number}: ${t.sponsor ?? "nobody yet"}` },
              ],
            })),
          },
        },
      ],
    };
    const fake = fakeBoard(2, (n) => n);
    mountGitHub(fake);
    const result = await run({ pages: [...pageKinds, sponsorsPage] });
    expect(result.changed).toEqual(["docs/topics.md", "docs/sponsors.md"]);
    expect(commits(fake)).toHaveLength(1);
    expect(fake.files().get("docs/sponsors.md")).toBe(
      `# Sponsors\n\nWho opens which topic.\n\n${markerNote}\n${beginMarker("sponsors")}\nTopic 1: sponsor-1\n\nTopic 2: sponsor-2\n${endMarker("sponsors")}\n`,
    );
  });
});
