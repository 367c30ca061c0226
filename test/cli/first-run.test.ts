import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCli } from "../../src/cli/run-cli.js";
import { actionEntry } from "../helpers/entries.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { serveFake } from "../helpers/serve-fake.js";

const exec = promisify(execFile);
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

async function cli(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    env: { GITHUB_TOKEN: "t" },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "2026-11-20T09:00:00Z",
  });
  return { code, out, err };
}

/** The Action's runner, built from the source, as its own process against the fake on loopback. */
async function action(fake: FakeGitHub, jobs: string) {
  const { url, server } = await serveFake(fake);
  closers.push(() => server.close());
  const dir = mkdtempSync(join(tmpdir(), "rt-first-action-"));
  writeFileSync(join(dir, "output"), "");
  writeFileSync(join(dir, "summary"), "");
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_REPOSITORY: "acme/board",
    GITHUB_API_URL: url,
    GITHUB_GRAPHQL_URL: `${url}/graphql`,
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    INPUT_TOKEN: "ghs_test",
    "INPUT_CONFIG-PATH": ".github/roundtable.yml",
    INPUT_JOBS: jobs,
    "INPUT_DRY-RUN": "false",
    "INPUT_COMMIT-MODE": "direct",
  };
  return exec(process.execPath, [actionEntry], { env });
}

/** A checkout of a new repository: a git folder with nothing in it yet. */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), "rt-first-"));
  mkdirSync(join(dir, ".git"));
  return dir;
}

const topicForm = parse(readFileSync("templates/ISSUE_TEMPLATE/topic.yml", "utf8")) as {
  labels: string[];
};
const formBody =
  "### What is it?\n\nOn-call for small teams\n\n### Why discuss it? What problem does it solve?\n\n_No response_\n\n### What would a good outcome look like?\n\n_No response_\n\n### Will you sponsor it?\n\n- [ ] I will sponsor this topic";

// Label creation is paced a second a write, as GitHub asks of every client: this test is slow.
describe("the first run on a new repository", { timeout: 60_000 }, () => {
  it("without labels, a topic opened from the form carries none: nothing would see it", () => {
    const fake = new FakeGitHub();
    expect(fake.openFromForm("On-call", formBody, topicForm.labels).labels).toEqual([]);
  });

  it("init --repo creates the labels, a topic from the form reaches the Action's page, and a second init creates nothing", async () => {
    const fake = new FakeGitHub();
    const scope = mountGitHub(fake, { graphql: false, rest: ["GET", "POST"] });
    const dir = checkout();

    const first = await cli(["init", ".", "--repo", "acme/board"], dir);
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.out.filter((l) => l.startsWith("create the label"))).toHaveLength(14);
    expect(first.out.at(-1)).toBe("acme/board: 14 labels created");
    expect(fake.repoLabels.map((l) => l.name)).toContain("topic");
    expect(fake.repoLabels.find((l) => l.name === "status:parked")).toEqual({
      name: "status:parked",
      color: "e4e669",
      description: "Topic: set aside for now",
    });

    const topic = fake.openFromForm("On-call for small teams", formBody, topicForm.labels);
    expect(topic.labels).toEqual(["topic"]);

    const run = await action(fake, "publish");
    expect(run.stdout).toContain("docs/topics.md");
    const page = fake.files().get("docs/topics.md") ?? "";
    expect(page).toContain("**1 topic to discuss**");
    expect(page).toContain("On-call for small teams");

    const posts = () => fake.calls.filter((c) => c.type === "rest" && c.method === "POST").length;
    const before = posts();
    const second = await cli(["init", ".", "--repo", "acme/board"], dir);
    expect(second.code).toBe(0);
    expect(second.out.at(-1)).toBe("acme/board: every label exists, nothing to create");
    expect(posts()).toBe(before);
    expect(scope.isDone()).toBe(true);
  });
});
