import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { FakeIssue } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd: mkdtempSync(join(tmpdir(), "rt-")),
    env: { GITHUB_TOKEN: "t" },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "2026-12-03T16:00:00Z",
  });
  return { code, out, err };
}

/** The meeting of the app's tests, with three participants seated. */
function seatedMeeting() {
  const fake = roundtable();
  const meeting = fake.issues[0] as FakeIssue;
  for (const [i, login] of ["person-1", "person-2", "person-5"].entries())
    meeting.comments?.push({
      id: 100 + i,
      author: login,
      body: "/join",
      votes: 0,
      createdAt: `2026-11-2${i}T09:00:00Z`,
    });
  return fake;
}

const repo = ["--repo", "Codertocat/Hello-World", "--issue", "1"];

describe("roundtable meeting --dry-run", () => {
  it("prints every effect the facilitator's /next would have, and writes nothing", async () => {
    const fake = seatedMeeting();
    mountGitHub(fake, { rest: ["GET"] });
    const result = await run(["meeting", ...repo, "--as", "Codertocat", "--dry-run", "/next"]);
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('would set Status of #2 to "Discussing"');
    expect(result.out).toContain("would write the comment <!-- roundtable:meeting:0 --> on #1");
    expect(result.out).toContain("would write the comment <!-- roundtable:roman-vote:0 --> on #1");
    expect(result.out).toContain("would write the comment <!-- roundtable:meeting-state --> on #1");
    expect(result.out.at(-1)).toMatch(/^Codertocat\/Hello-World#1: \d+ changes would be made$/);
    expect(fake.mutations()).toEqual([]);
    expect(fake.calls.filter((c) => c.type === "rest" && c.method !== "GET")).toEqual([]);
  });

  it("shows a participant's /next refused, as the app would answer it", async () => {
    const fake = seatedMeeting();
    mountGitHub(fake, { rest: ["GET"] });
    const result = await run(["meeting", ...repo, "--as", "person-1", "--dry-run", "/next"]);
    expect(result.code).toBe(0);
    const reply = result.out.indexOf("would write the comment <!-- roundtable:reply:0 --> on #1");
    expect(result.out[reply + 1]).toMatch(/^ {4}│ Only a facilitator/);
    expect(result.out).toContain("would react confused to comment 0");
    expect(fake.mutations()).toEqual([]);
  });

  it("previews /end with the meeting's pages, committing nothing", async () => {
    const fake = seatedMeeting();
    mountGitHub(fake, { rest: ["GET"] });
    const result = await run(["meeting", ...repo, "--as", "Codertocat", "--dry-run", "/end"]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("would close #1");
    expect(result.out).toContain("would write docs/meetings/2026-12-03-on-call-and-incidents.md");
    // The page as /end leaves it, not as the board stood before: no "pages unchanged" after it.
    expect(result.out).not.toContain("pages unchanged");
    expect(fake.mutations()).toEqual([]);
  });

  it("only previews: without --dry-run it says how to run a command, exit 2", async () => {
    const result = await run(["meeting", ...repo, "--as", "Codertocat", "/next"]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe(
      "roundtable meeting: this command only previews: add --dry-run (to run a command, comment it on the meeting issue) (see 'roundtable meeting --help')",
    );
  });
});
