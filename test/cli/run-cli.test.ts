import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { beginMarker, endMarker } from "../../src/render/index.js";

/** Runs the CLI in a folder holding a copy of the example board. */
async function run(argv: string[], cwd = workspace()) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    env: {},
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "2026-11-20T09:00:00Z",
  });
  return { code, out: out.join("\n"), err: err.join("\n"), cwd };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "roundtable-cli-"));
  copyFileSync("examples/board.json", join(dir, "board.json"));
  copyFileSync("examples/roundtable.yml", join(dir, "roundtable.yml"));
  return dir;
}

describe("roundtable", () => {
  describe("queue", () => {
    it("prints the ordered queue as a table", async () => {
      const { code, out, err } = await run([
        "queue",
        "--snapshot",
        "board.json",
        "--config",
        "roundtable.yml",
      ]);
      expect(err).toBe("");
      expect(code).toBe(0);
      const lines = out.split("\n");
      expect(lines[0]).toBe(
        "acme-leads/roundtable: 23 topics to discuss, as of 2026-11-20T09:00:00Z",
      );
      expect(lines[2]).toMatch(/^Rank {3}# {2}Votes {2}Sponsor +Age +Topic$/);
      expect(lines[4]).toMatch(
        /^ {3}1 {2}13 {6}6 {2}raj-patel +4 weeks {2}Engineering metrics the board/,
      );
      expect(lines.filter((l) => /^ +\d+ +\d+ +\d+ /.test(l))).toHaveLength(23);
      expect(lines.at(-1)).toBe(
        "6 need a sponsor · 12 voters · 3 voted over their budget of 3 · 1 parked · 1 discussed",
      );
    });

    it("uses .github/roundtable.yml when no --config is given", async () => {
      const cwd = workspace();
      mkdirSync(join(cwd, ".github"));
      writeFileSync(join(cwd, ".github/roundtable.yml"), "votes:\n  perPerson: 1\n");
      const { code, out } = await run(["queue", "--snapshot", "board.json"], cwd);
      expect(code).toBe(0);
      expect(out).toContain("over their budget of 1");
    });
  });

  describe("render", () => {
    it("writes every page, then finds nothing to change", async () => {
      const first = await run(["render", "--snapshot", "board.json", "--out", "site"]);
      expect(first.code).toBe(0);
      expect(first.out.split("\n")).toEqual([
        "wrote site/docs/topics.md",
        "wrote site/docs/roadmap.md",
        "wrote site/docs/okrs/2026-Q3.md",
        "wrote site/docs/okrs/2026-Q4.md",
        "wrote site/docs/okrs/2026.md",
        "wrote site/docs/retros/2026-Q3.md",
        "wrote site/docs/metrics.md",
        "wrote site/docs/meetings/2026-11-12-on-call-and-postmortems.md",
        "wrote site/docs/meetings/2026-12-10-platform-offsite.md",
        "wrote site/docs/takeaways.md",
        "wrote site/docs/meetings/calendar.ics",
      ]);
      const page = readFileSync(join(first.cwd, "site/docs/topics.md"), "utf8");
      expect(page).toContain("**23 topics to discuss**");
      const second = await run(["render", "--snapshot", "board.json", "--out", "site"], first.cwd);
      // The past quarter's page is frozen: it is not even rendered again.
      expect(second.out.split("\n")).toEqual([
        "unchanged site/docs/topics.md",
        "unchanged site/docs/roadmap.md",
        "unchanged site/docs/okrs/2026-Q4.md",
        "unchanged site/docs/okrs/2026.md",
        "unchanged site/docs/retros/2026-Q3.md",
        "unchanged site/docs/metrics.md",
        "unchanged site/docs/meetings/2026-11-12-on-call-and-postmortems.md",
        "unchanged site/docs/meetings/2026-12-10-platform-offsite.md",
        "unchanged site/docs/takeaways.md",
        "unchanged site/docs/meetings/calendar.ics",
      ]);
    });

    it("refuses a page with broken markers and leaves it as it was", async () => {
      const cwd = workspace();
      mkdirSync(join(cwd, "docs"));
      const broken = `# Mine\n\n${beginMarker("topics")}\nno end marker\n`;
      writeFileSync(join(cwd, "docs/topics.md"), broken);
      const { code, err } = await run(["render", "--snapshot", "board.json", "--out", "."], cwd);
      expect(code).toBe(1);
      expect(err).toBe(
        `roundtable render: docs/topics.md: the managed region "topics" needs exactly one "${beginMarker("topics")}" followed by one "${endMarker("topics")}" (found 1 and 0); mend the markers, or delete both to have the region added at the end, and run again`,
      );
      expect(readFileSync(join(cwd, "docs/topics.md"), "utf8")).toBe(broken);
    });
  });

  describe("failures", () => {
    it("exits 2 with usage for an unknown command, option or a missing option", async () => {
      expect(await run(["frobnicate"])).toMatchObject({
        code: 2,
        err: `roundtable: unknown command "frobnicate"; run 'roundtable --help' for the list`,
      });
      const unknown = await run(["queue", "--snapshot", "board.json", "--colour"]);
      expect(unknown.code).toBe(2);
      expect(unknown.err).toBe(
        "roundtable queue: unknown option --colour (see 'roundtable queue --help')",
      );
      expect(await run(["render", "--snapshot", "board.json"])).toMatchObject({
        code: 2,
        err: "roundtable render: render needs --out DIR (see 'roundtable render --help')",
      });
    });

    it("exits 1 with one line for a missing file", async () => {
      expect(await run(["queue", "--snapshot", "nope.json"])).toMatchObject({
        code: 1,
        err: "roundtable queue: nope.json: cannot read the snapshot (no such file); check the path",
      });
    });

    it("exits 1 with one line for malformed JSON", async () => {
      const cwd = workspace();
      writeFileSync(join(cwd, "bad.json"), "{ not json");
      const result = await run(["queue", "--snapshot", "bad.json"], cwd);
      expect(result.code).toBe(1);
      expect(result.err.split("\n")).toHaveLength(1);
      expect(result.err).toMatch(
        /^roundtable queue: bad\.json: not valid JSON \(.*\); take a new snapshot/,
      );
    });

    it("exits 1 with the config's own message for an invalid config", async () => {
      const cwd = workspace();
      writeFileSync(join(cwd, "bad.yml"), "votes:\n  perPerson: lots\n");
      expect(
        await run(["queue", "--snapshot", "board.json", "--config", "bad.yml"], cwd),
      ).toMatchObject({
        code: 1,
        err: 'roundtable queue: bad.yml:2:14: votes.perPerson: expected a whole number from 1 to 20, got "lots"',
      });
    });
  });

  describe("help", () => {
    it("lists the commands, and each command's options", async () => {
      expect((await run(["--help"])).out).toContain("queue     print the ordered topic queue");
      expect(await run(["queue", "--help"])).toMatchObject({ code: 0 });
      expect((await run(["queue", "--help"])).out).toMatch(
        /^Usage: roundtable queue --snapshot FILE/,
      );
      expect((await run(["help", "render"])).out).toMatch(
        /^Usage: roundtable render --snapshot FILE --out DIR/,
      );
    });
  });
});
