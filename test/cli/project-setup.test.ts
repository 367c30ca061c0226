import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { parseConfig } from "../../src/config/index.js";
import { createClient } from "../../src/github/index.js";
import { runContext } from "../../src/jobs/run-context.js";
import { sync } from "../../src/jobs/sync.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { type FakeGitHub, fakeBoard, newProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

const board = "project:\n  owner: acme\n  number: 7\n";

async function run(argv: string[], config = board) {
  const cwd = mkdtempSync(join(tmpdir(), "rt-project-"));
  writeFileSync(join(cwd, "rt.yml"), config);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...argv, "--repo", "acme/board", "--config", "rt.yml"], {
    cwd,
    env: { GITHUB_TOKEN: "t" },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "2026-11-20T09:00:00Z",
  });
  return { code, out, err };
}

/** The organisation has the kinds' issue types already: setup makes none. */
function withTypes(fake: FakeGitHub): FakeGitHub {
  fake.hierarchy.issueTypes = ["Topic", "Roadmap item", "Objective", "Key result"].map(
    (name, i) => ({ id: i + 1, node_id: `IT_${i + 1}`, name, description: null, color: null }),
  );
  return fake;
}

const optionsOf = (fake: ReturnType<typeof fakeBoard>, field: string) =>
  fake.project?.fields.find((f) => f.name === field)?.options.map((o) => o.name);

describe("roundtable project setup", { timeout: 20_000 }, () => {
  it("on a new board (Todo, In Progress, Done): --dry-run prints what it would add, and adds nothing", async () => {
    const fake = fakeBoard(0);
    fake.project = newProject();
    mountGitHub(withTypes(fake), { rest: ["GET"] });
    const result = await run(["project", "setup", "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      'would add the options "To discuss", "Discussing", "Discussed", "Parked" to the field "Status"',
      'would add the field "Lane" to the project, with the options "Production", "Early", "Research"',
      'would add the iteration field "Quarter" to the project, with "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"',
      'the project "Leadership board": 3 changes would be made',
    ]);
    expect(fake.mutations()).toEqual([]);
  });

  it("adds the four Status options once, keeping the board's own, and a second run changes nothing", async () => {
    const fake = fakeBoard(0);
    fake.project = newProject();
    mountGitHub(withTypes(fake), { rest: ["GET"] });
    const first = await run(["project", "setup"]);
    expect(first.code).toBe(0);
    expect(first.out.at(-1)).toBe('the project "Leadership board": 3 changes made');
    expect(fake.mutations().map((m) => m.operation)).toEqual([
      "UpdateFieldOptions",
      "CreateProjectField",
      "CreateIterationField",
    ]);
    expect(optionsOf(fake, "Status")).toEqual([
      "Todo",
      "In Progress",
      "Done",
      "To discuss",
      "Discussing",
      "Discussed",
      "Parked",
    ]);
    // The board's own options go back as they were.
    expect(fake.project?.fields[0]?.options[0]).toMatchObject({
      name: "Todo",
      color: "GREEN",
      description: "This item hasn't been started",
    });
    expect(optionsOf(fake, "Lane")).toEqual(["Production", "Early", "Research"]);
    // Quarter is an iteration field: one iteration a quarter, to the end of the next fiscal year.
    expect(
      fake.project?.fields
        .find((f) => f.name === "Quarter")
        ?.configuration?.iterations.map((i) => [i.title, i.startDate, i.duration]),
    ).toEqual([
      ["2026-Q4", "2026-10-01", 92],
      ["2027-Q1", "2027-01-01", 90],
      ["2027-Q2", "2027-04-01", 91],
      ["2027-Q3", "2027-07-01", 92],
      ["2027-Q4", "2027-10-01", 92],
    ]);

    const second = await run(["project", "setup"]);
    expect(second.out).toEqual([
      'the project "Leadership board" has every field and option Roundtable uses: nothing to change',
    ]);
    expect(fake.mutations()).toHaveLength(3);
  });

  it("with the board's options mapped under project.statusOptions, adds only Parked", async () => {
    const fake = fakeBoard(0);
    fake.project = newProject();
    mountGitHub(withTypes(fake), { rest: ["GET"] });
    const mapped = `${board}  statusOptions:\n    toDiscuss: Todo\n    discussing: In Progress\n    discussed: Done\n`;
    const result = await run(["project", "setup", "--dry-run"], mapped);
    expect(result.out[0]).toBe('would add the options "Parked" to the field "Status"');
  });

  it("refuses a Status field that is not single select, naming it", async () => {
    const fake = fakeBoard(0);
    fake.project = newProject();
    if (fake.project.fields[0]) fake.project.fields[0].dataType = "TEXT";
    mountGitHub(withTypes(fake), { rest: ["GET"] });
    const result = await run(["project", "setup"]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      'roundtable project: the field "Status" of the project "Leadership board" (https://github.com/orgs/acme/projects/7) is of type TEXT, not single select: name another field in .github/roundtable.yml under project.fields',
    ]);
  });

  it("asks what to do", async () => {
    const result = await run(["project"]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe(
      "roundtable project: project needs what to do: roundtable project setup --repo OWNER/NAME (see 'roundtable project --help')",
    );
  });
});

describe("roundtable project setup: the kinds' issue types", { timeout: 20_000 }, () => {
  it("makes the types an organisation lacks, once, keeping the ones it has", async () => {
    const fake = withTypes(fakeBoard(0));
    fake.hierarchy.issueTypes = fake.hierarchy.issueTypes?.slice(0, 1) ?? [];
    fake.project = newProject();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const first = await run(["project", "setup"]);
    expect(first.code).toBe(0);
    expect(first.out.slice(0, 4)).toEqual([
      'create the issue type "Roadmap item" for the organisation',
      'create the issue type "Objective" for the organisation',
      'create the issue type "Key result" for the organisation',
      "acme: 3 issue types made",
    ]);
    expect(fake.hierarchy.issueTypes?.map((t) => [t.name, t.color])).toEqual([
      ["Topic", null],
      ["Roadmap item", "green"],
      ["Objective", "purple"],
      ["Key result", "orange"],
    ]);
    const second = await run(["project", "setup"]);
    expect(second.out).toEqual([
      'the project "Leadership board" has every field and option Roundtable uses: nothing to change',
    ]);
    expect(fake.hierarchy.issueTypes).toHaveLength(4);
  });

  it("on a personal account, says what an organisation's owner would do, and sets up the board", async () => {
    const fake = fakeBoard(0);
    fake.hierarchy.issueTypes = null;
    fake.project = newProject();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const result = await run(["project", "setup"]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe(
      'acme has no issue types Roundtable can read (a personal account has none): kinds are read from labels. In an organisation, an owner can make the types "Topic", "Roadmap item", "Objective", "Key result" at https://github.com/organizations/acme/settings/issue-types, or grant the app the organisation permission "Issue Types" (read and write).',
    );
    expect(result.out.at(-1)).toBe('the project "Leadership board": 3 changes made');
  });

  it("where GitHub refuses to make them, says what to do by hand, and sets up the board", async () => {
    const fake = fakeBoard(0);
    fake.hierarchy.mayWriteIssueTypes = false;
    fake.project = newProject();
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const result = await run(["project", "setup"]);
    expect(result.code).toBe(0);
    expect(result.out[0]).toBe(
      'GitHub refused to make the issue types "Topic", "Roadmap item", "Objective", "Key result" for acme (403): grant the app the organisation permission "Issue Types" (read and write), or have an owner make them at https://github.com/organizations/acme/settings/issue-types. Until then, kinds are read from labels.',
    );
    expect(fake.hierarchy.issueTypes).toEqual([]);
    expect(result.out.at(-1)).toBe('the project "Leadership board": 3 changes made');
  });
});

describe("sync with project.setup: true", { timeout: 20_000 }, () => {
  it("adds what the board lacks, then puts the topics on it with the statuses it added", async () => {
    const fake = fakeBoard(2, (n) => n);
    fake.project = newProject();
    mountGitHub(fake);
    const config = parseConfig(`${board}  setup: true\n`);
    const result = await runUseCase(
      sync,
      runContext({
        github: createClient({ token: "t", throttle: false }),
        owner: "acme",
        repo: "board",
        config,
        clock: () => "2026-11-20T09:00:00Z",
        dryRun: false,
        log: () => {},
      }),
    );
    expect(result.queue).toEqual([2, 1]);
    expect(optionsOf(fake, "Status")).toContain("To discuss");
    expect(fake.project.items.map((i) => [i.issue, i.values.Status])).toEqual([
      [2, "To discuss"],
      [1, "To discuss"],
    ]);
  });

  it("without it, refuses a board that lacks the options, naming them and the way to add them", async () => {
    const fake = fakeBoard(1);
    fake.project = newProject();
    mountGitHub(fake);
    const result = await run(["sync", "--dry-run"]);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      expect.stringMatching(
        /has no option "To discuss", "Discussing", "Discussed", "Parked": add them with 'roundtable project setup'/,
      ),
    ]);
  });
});
