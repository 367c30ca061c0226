import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { createClient } from "../../src/github/index.js";
import { runContext } from "../../src/jobs/run-context.js";
import { setupProject } from "../../src/jobs/setup-project.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { type FakeGitHub, fakeBoard, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

/**
 * The board's Quarter as an iteration field, extended when the planning quarters outrun it.
 * GitHub's update (the fake's, as GitHub does it) makes every iteration anew and clears every
 * item's value: each item's quarter must come back, even when the run stops half-way.
 */

const config = parseConfig("project:\n  owner: acme\n  number: 7\n");
const client = () => createClient({ token: "t", throttle: false });
const setup = (now: string) =>
  runUseCase(
    setupProject,
    runContext({
      github: client(),
      owner: "acme",
      repo: "board",
      config,
      clock: () => now,
      dryRun: false,
      log: () => {},
    }),
  );

/** A board planned through 2026: Quarter holds 2026's four quarters, and three items use it. */
function plannedBoard(): FakeGitHub {
  const fake = fakeBoard(4);
  fake.project = fakeProject([1, 2, 3, 4]);
  fake.project.fields.push(
    {
      id: "F_lane",
      name: "Lane",
      dataType: "SINGLE_SELECT",
      options: ["Production", "Early", "Research"].map((name, i) => ({ id: `L_${i}`, name })),
    },
    {
      id: "F_quarter",
      name: "Quarter",
      dataType: "ITERATION",
      options: [],
      configuration: {
        startDate: "2026-01-01",
        duration: 90,
        iterations: [
          ["2026-Q1", "2026-01-01", 90],
          ["2026-Q2", "2026-04-01", 91],
          ["2026-Q3", "2026-07-01", 92],
          ["2026-Q4", "2026-10-01", 92],
        ].map(([title, startDate, duration], i) => ({
          id: `IT_old_${i}`,
          title: String(title),
          startDate: String(startDate),
          duration: Number(duration),
        })),
      },
    },
  );
  const quarters: Record<number, string> = { 1: "2026-Q4", 2: "2026-Q3", 3: "2026-Q1" };
  for (const item of fake.project.items)
    if (item.issue && quarters[item.issue]) item.values.Quarter = quarters[item.issue] as string;
  return fake;
}

const quarterOf = (fake: FakeGitHub) =>
  Object.fromEntries(fake.project?.items.map((i) => [i.issue, i.values.Quarter ?? null]) ?? []);
const titles = (fake: FakeGitHub) =>
  fake.project?.fields
    .find((f) => f.name === "Quarter")
    ?.configuration?.iterations.map((i) => i.title);
const kept = (fake: FakeGitHub) => fake.files("roundtable/quarters").get("quarters.json");

afterEach(() => nock.cleanAll());

describe("the Quarter iteration field", () => {
  it("extended by a year keeps every item's quarter, through GitHub's clearing update", async () => {
    const fake = plannedBoard();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    fake.clock = "2027-01-10T09:00:00Z";
    await setup("2027-01-10T09:00:00Z");
    expect(titles(fake)).toEqual([
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
      "2027-Q1",
      "2027-Q2",
      "2027-Q3",
      "2027-Q4",
      "2028-Q1",
      "2028-Q2",
      "2028-Q3",
      "2028-Q4",
    ]);
    expect(fake.mutations().filter((m) => m.operation === "UpdateIterationField")).toHaveLength(1);
    expect(quarterOf(fake)).toEqual({ 1: "2026-Q4", 2: "2026-Q3", 3: "2026-Q1", 4: null });
    // Nothing is left pending, and a second run changes nothing.
    expect(JSON.parse(kept(fake) ?? "{}").values).toEqual([]);
    const again = await setup("2027-01-11T09:00:00Z");
    expect(again.plan).toEqual([]);
  });

  it("a run that stops after the update is completed by the next: no item loses its quarter", async () => {
    const fake = plannedBoard();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    let down = true;
    fake.interceptors.push((call) =>
      down && call.type === "graphql" && call.operation === "UpdateItemField"
        ? [200, { data: null, errors: [{ type: "INTERNAL", message: "Something went wrong" }] }]
        : undefined,
    );
    await expect(setup("2027-01-10T09:00:00Z")).rejects.toThrow(/Something went wrong/);
    // GitHub cleared every item's quarter; Roundtable's branch kept them.
    expect(quarterOf(fake)).toEqual({ 1: null, 2: null, 3: null, 4: null });
    expect(JSON.parse(kept(fake) ?? "{}").values).toHaveLength(3);
    down = false;
    const next = await setup("2027-01-10T09:05:00Z");
    expect(next.plan.map((e) => e.kind)).toEqual(["set-quarters"]);
    expect(quarterOf(fake)).toEqual({ 1: "2026-Q4", 2: "2026-Q3", 3: "2026-Q1", 4: null });
    expect(fake.mutations().filter((m) => m.operation === "UpdateIterationField")).toHaveLength(1);
    expect((await setup("2027-01-11T09:00:00Z")).plan).toEqual([]);
  });

  it("a single-select Quarter is left as it is", async () => {
    const fake = plannedBoard();
    const field = fake.project?.fields.find((f) => f.name === "Quarter");
    if (field) {
      field.dataType = "SINGLE_SELECT";
      field.options = [{ id: "Q_1", name: "2026-Q4" }];
      delete field.configuration;
    }
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const result = await setup("2027-01-10T09:00:00Z");
    expect(result.plan).toEqual([]);
    expect(fake.mutations()).toEqual([]);
  });
});
