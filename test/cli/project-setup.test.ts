import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { parseConfig } from "../../src/config/index.js";
import { createClient } from "../../src/github/index.js";
import { sync } from "../../src/jobs/index.js";
import { fakeBoard, newProject } from "../helpers/fake-github.js";
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

const optionsOf = (fake: ReturnType<typeof fakeBoard>, field: string) =>
  fake.project?.fields.find((f) => f.name === field)?.options.map((o) => o.name);

describe("roundtable project setup", { timeout: 20_000 }, () => {
  it("on a new board (Todo, In Progress, Done): --dry-run prints what it would add, and adds nothing", async () => {
    const fake = fakeBoard(0);
    fake.project = newProject();
    mountGitHub(fake);
    const result = await run(["project", "setup", "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      'would add the options "To discuss", "Discussing", "Discussed", "Parked" to the field "Status"',
      'would add the field "Lane" to the project, with the options "Production", "Early", "Research"',
      'would add the field "Quarter" to the project, with the options "2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"',
      'the project "Leadership board": 3 changes would be made',
    ]);
    expect(fake.mutations()).toEqual([]);
  });

  it("adds the four Status options once, keeping the board's own, and a second run changes nothing", async () => {
    const fake = fakeBoard(0);
    fake.project = newProject();
    mountGitHub(fake);
    const first = await run(["project", "setup"]);
    expect(first.code).toBe(0);
    expect(first.out.at(-1)).toBe('the project "Leadership board": 3 changes made');
    expect(fake.mutations().map((m) => m.operation)).toEqual([
      "UpdateFieldOptions",
      "CreateProjectField",
      "CreateProjectField",
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
    expect(optionsOf(fake, "Quarter")).toEqual(["2026-Q4", "2027-Q1", "2027-Q2", "2027-Q3"]);

    const second = await run(["project", "setup"]);
    expect(second.out).toEqual([
      'the project "Leadership board" has every field and option Roundtable uses: nothing to change',
    ]);
    expect(fake.mutations()).toHaveLength(3);
  });

  it("with the board's options mapped under project.statusOptions, adds only Parked", async () => {
    const fake = fakeBoard(0);
    fake.project = newProject();
    mountGitHub(fake);
    const mapped = `${board}  statusOptions:\n    toDiscuss: Todo\n    discussing: In Progress\n    discussed: Done\n`;
    const result = await run(["project", "setup", "--dry-run"], mapped);
    expect(result.out[0]).toBe('would add the options "Parked" to the field "Status"');
  });

  it("refuses a Status field that is not single select, naming it", async () => {
    const fake = fakeBoard(0);
    fake.project = newProject();
    if (fake.project.fields[0]) fake.project.fields[0].dataType = "TEXT";
    mountGitHub(fake);
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

describe("sync with project.setup: true", { timeout: 20_000 }, () => {
  it("adds what the board lacks, then puts the topics on it with the statuses it added", async () => {
    const fake = fakeBoard(2, (n) => n);
    fake.project = newProject();
    mountGitHub(fake);
    const config = parseConfig(`${board}  setup: true\n`);
    const result = await sync(createClient({ token: "t", throttle: false }), {
      owner: "acme",
      repo: "board",
      config,
      now: "2026-11-20T09:00:00Z",
      dryRun: false,
      log: () => {},
    });
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
