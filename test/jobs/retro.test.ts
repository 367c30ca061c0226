import { describe, expect, it } from "vitest";
import { createClient } from "../../src/github/index.js";
import { retro } from "../../src/jobs/retro.js";
import { runContext } from "../../src/jobs/run-context.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { config } from "../helpers/factories.js";
import { fakeBoard } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

async function run() {
  const lines: string[] = [];
  await runUseCase(
    retro,
    runContext({
      github: createClient({ token: "t", throttle: false }),
      owner: "acme",
      repo: "board",
      config: config(),
      clock: () => "2026-12-20T09:00:00Z",
      dryRun: false,
      log: (l) => lines.push(l),
    }),
  );
  return lines;
}

describe("the retro job", () => {
  it("run twice, makes one retro issue and one set of action-item issues", async () => {
    const fake = fakeBoard(1);
    fake.issues.push({
      id: "I_9",
      number: 9,
      title: "Retro 2026-Q3",
      state: "OPEN",
      createdAt: "2026-09-16T00:00:00Z",
      closedAt: null,
      body: "<!-- roundtable:retro:2026-Q3 -->\nThe retrospective of 2026-Q3.",
      author: "roundtable[bot]",
      labels: ["retro"],
      assignees: [],
      reactions: [],
      comments: [
        {
          id: 101,
          author: "ann",
          body: "Went well: the offsite",
          votes: 3,
          createdAt: "2026-09-20T00:00:00Z",
        },
        {
          id: 102,
          author: "bob",
          body: "Action: @cy writes the charter",
          votes: 1,
          createdAt: "2026-09-20T00:00:00Z",
        },
        {
          id: 103,
          author: "bob",
          body: "Start:\n- [ ] a weekly demo",
          votes: 0,
          createdAt: "2026-09-20T00:00:00Z",
        },
      ],
    });
    const scope = mountGitHub(fake, { rest: ["POST"] });
    const first = await run();
    expect(first).toEqual([
      'open the issue "Retro 2026-Q4"',
      'open the issue "@cy writes the charter"',
      'open the issue "a weekly demo"',
    ]);
    const second = await run();
    expect(second).toEqual([]);
    expect(fake.openedIssues.map((i) => [i.title, i.labels])).toEqual([
      ["Retro 2026-Q4", ["retro"]],
      ["@cy writes the charter", ["action-item"]],
      ["a weekly demo", ["action-item"]],
    ]);
    expect(fake.graphqlCalls("IssueComments").length).toBeGreaterThan(0);
    expect(scope.isDone()).toBe(true);
  });
});
