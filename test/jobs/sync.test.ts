import { describe, expect, it } from "vitest";
import { longestIncreasingRun, ProjectSetupError } from "../../src/core/index.js";
import { ApplyError, createClient } from "../../src/github/index.js";
import { runContext } from "../../src/jobs/run-context.js";
import { sync } from "../../src/jobs/sync.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { config } from "../helpers/factories.js";
import { type FakeGitHub, fakeBoard, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

const withProject = config((c) => {
  c.project = {
    owner: "acme",
    number: 7,
    fields: { status: "Status", lane: "Lane", quarter: "Quarter", slot: "Slot", room: "Room" },
    statusOptions: {},
    setup: false,
  };
});

async function run(options: { dryRun?: boolean; cfg?: typeof withProject } = {}) {
  const lines: string[] = [];
  const result = await runUseCase(
    sync,
    runContext({
      github: createClient({ token: "t", throttle: false }),
      owner: "acme",
      repo: "board",
      config: options.cfg ?? withProject,
      clock: () => "2026-11-20T09:00:00Z",
      dryRun: options.dryRun ?? false,
      log: (line) => lines.push(line),
    }),
  );
  return { ...result, lines };
}

/** Topic n has `votes[n]` 👍, so the queue is by those counts (ties: older first). */
function scrambledBoard(order: number[], votes: (n: number) => number): FakeGitHub {
  const fake = fakeBoard(order.length, votes);
  fake.project = fakeProject(order);
  return fake;
}

const columnOrder = (fake: FakeGitHub) => fake.project?.items.map((i) => i.issue);

describe("sync", () => {
  describe("with an out-of-order To-discuss column", () => {
    // 12 topics; topic n has 12 − n votes, so the queue is 1, 2, …, 12.
    const order = [3, 1, 2, 6, 4, 5, 12, 7, 8, 9, 11, 10];
    const votes = (n: number) => 12 - n;

    it("sends exactly n − LIS position mutations, and the column ends in queue order", async () => {
      const fake = scrambledBoard(order, votes);
      const scope = mountGitHub(fake);
      const result = await run();
      const lis = longestIncreasingRun(order).length;
      expect(fake.graphqlCalls("MoveProjectItem")).toHaveLength(order.length - lis);
      expect(fake.mutations()).toHaveLength(order.length - lis);
      expect(columnOrder(fake)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(result.queue).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      expect(scope.isDone()).toBe(true);
    });

    it("sends nothing on a second sync", async () => {
      const fake = scrambledBoard(order, votes);
      mountGitHub(fake);
      await run();
      fake.calls = [];
      const second = await run();
      expect(second.plan).toEqual([]);
      expect(fake.mutations()).toEqual([]);
      expect(fake.calls.map((c) => (c.type === "graphql" ? c.operation : c.path))).toEqual([
        "/repos/acme/board/issues",
        "BoardNodes",
        "ProjectBoard",
      ]);
    });

    it("in a dry run, sends no mutation and prints every effect", async () => {
      const fake = scrambledBoard(order, votes);
      mountGitHub(fake);
      const result = await run({ dryRun: true });
      expect(fake.mutations()).toEqual([]);
      expect(columnOrder(fake)).toEqual(order);
      expect(result.lines).toHaveLength(result.plan.length);
      expect(result.lines[0]).toBe("would move #3 after #2");
      expect(result.lines.every((l) => /^would move #\d+ (to the top|after #\d+)$/.test(l))).toBe(
        true,
      );
    });
  });

  it("gives a converged board an empty plan", async () => {
    const fake = scrambledBoard([1, 2, 3], (n) => 3 - n);
    mountGitHub(fake);
    expect((await run()).plan).toEqual([]);
    expect(fake.mutations()).toEqual([]);
  });

  it("adds a new topic as To discuss and moves it to its place", async () => {
    const fake = scrambledBoard([1, 2, 3], (n) => (n === 4 ? 9 : 3 - n));
    fake.issues.push({
      ...(fake.issues[0] as (typeof fake.issues)[number]),
      id: "I_4",
      number: 4,
      title: "New",
      createdAt: "2026-01-05T00:00:00Z",
      reactions: Array.from({ length: 9 }, (_, k) => ({
        login: `fan-${k}`,
        createdAt: "2026-01-06T00:00:00Z",
      })),
    });
    mountGitHub(fake);
    const result = await run();
    expect(result.lines).toEqual([
      "add #4 to the project",
      'set Status of #4 to "To discuss"',
      "move #4 to the top",
    ]);
    expect(columnOrder(fake)).toEqual([4, 1, 2, 3]);
    expect(fake.project?.items[0]?.values).toEqual({ Status: "To discuss" });
  });

  it("shows a closed topic as Discussed, and leaves a parked one where a person put it", async () => {
    const fake = scrambledBoard([1, 2, 3], (n) => 3 - n);
    const [first, second] = fake.project?.items ?? [];
    if (first)
      fake.issues[0] = {
        ...(fake.issues[0] as (typeof fake.issues)[number]),
        state: "CLOSED",
        closedAt: "2026-02-01T00:00:00Z",
      };
    if (second) second.values.Status = "Parked";
    mountGitHub(fake);
    const result = await run();
    expect(result.lines).toEqual(['set Status of #1 to "Discussed"']);
    expect(fake.project?.items.map((i) => i.values.Status)).toEqual([
      "Discussed",
      "Parked",
      "To discuss",
    ]);
  });

  it("refuses, before writing anything, a project without the Status field, and says how to add it", async () => {
    const fake = scrambledBoard([2, 1], () => 0);
    if (fake.project) fake.project.fields = [];
    mountGitHub(fake);
    const failure = run();
    await expect(failure).rejects.toThrow(ProjectSetupError);
    await expect(failure).rejects.toThrow(
      `the project "Leadership board" (https://github.com/orgs/acme/projects/7) has no field named "Status": add it (in the project, ⋯ → Settings → + New field, type single select, options To discuss, Discussing, Discussed, Parked), or run 'roundtable project setup', or name another field in .github/roundtable.yml under project.fields`,
    );
    expect(fake.mutations()).toEqual([]);
  });

  it("names a missing status option", async () => {
    const fake = scrambledBoard([1], () => 0);
    const status = fake.project?.fields[0];
    if (status) status.options = status.options.filter((o) => o.name !== "Parked");
    mountGitHub(fake);
    await expect(run()).rejects.toThrow(
      /the field "Status" of the project "Leadership board" .* has no option "Parked": add it/,
    );
  });

  it("stops at a failure, reports what was and was not applied, and the next run completes it", async () => {
    const order = [5, 4, 3, 2, 1];
    const fake = scrambledBoard(order, (n) => 5 - n);
    let moves = 0;
    fake.interceptors.push((call) => {
      if (call.type === "graphql" && call.operation === "MoveProjectItem" && ++moves === 3) {
        return [502, { message: "Bad Gateway" }];
      }
      return undefined;
    });
    mountGitHub(fake);
    const failure = await run().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApplyError);
    const error = failure as ApplyError;
    expect(error.applied.map((e) => e.kind)).toEqual(["move", "move"]);
    expect(error.failed).toEqual({ kind: "move", issue: 4, after: 3 });
    expect(error.notApplied).toEqual([{ kind: "move", issue: 5, after: 4 }]);
    expect(error.message).toMatch(
      /^stopped at "move #4 after #3": .*Applied 2 of 4 changes; 2 not applied\. Run again to finish/,
    );

    fake.interceptors = [];
    fake.calls = [];
    const second = await run();
    expect(second.lines).toEqual(["move #4 after #3", "move #5 after #4"]);
    expect(columnOrder(fake)).toEqual([1, 2, 3, 4, 5]);
  });

  describe("with a queue issue", () => {
    const cfg = config((c) => {
      c.sync.queueIssue = 99;
    });

    it("posts the queue comment once, then edits it only when the queue changes", async () => {
      const fake = fakeBoard(3, (n) => n);
      const scope = mountGitHub(fake, { rest: ["GET", "POST", "PATCH"] });
      await run({ cfg });
      const comments = () => fake.comments.get(99) ?? [];
      expect(comments()).toHaveLength(1);
      expect(comments()[0]?.body).toMatch(
        /^<!-- roundtable:queue -->\n### Next up\n\n1\. \[Topic 3\]\(https:\/\/github\.com\/acme\/board\/issues\/3\) · 3 votes · \[sponsor-3\]/,
      );

      fake.calls = [];
      await run({ cfg });
      expect(fake.calls.filter((c) => c.type === "rest" && c.method !== "GET")).toEqual([]);

      fake.issues[0]?.reactions.push(
        ...["a", "b", "c"].map((login) => ({ login, createdAt: "2026-03-01T00:00:00Z" })),
      );
      await run({ cfg });
      expect(comments()).toHaveLength(1);
      expect(comments()[0]?.body).toContain(
        "1. [Topic 1](https://github.com/acme/board/issues/1) · 4 votes",
      );
      expect(scope.isDone()).toBe(true);
    });
  });
});
