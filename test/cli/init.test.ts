import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { parseConfig } from "../../src/config/index.js";

async function init(cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["init", ...args], {
    cwd,
    env: {},
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "",
  });
  return { code, out, err };
}

describe("roundtable init", () => {
  it("writes the Topic form, a valid config and the workflow", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "rt-init-"));
    const result = await init(cwd, ".");
    expect(result.code).toBe(0);
    expect(result.out.slice(0, 7)).toEqual([
      "wrote   .github/ISSUE_TEMPLATE/topic.yml",
      "wrote   .github/ISSUE_TEMPLATE/roadmap-item.yml",
      "wrote   .github/ISSUE_TEMPLATE/objective.yml",
      "wrote   .github/ISSUE_TEMPLATE/key-result.yml",
      "wrote   .github/ISSUE_TEMPLATE/meeting.yml",
      "wrote   .github/roundtable.yml",
      "wrote   .github/workflows/roundtable.yml",
    ]);
    expect(readFileSync(join(cwd, ".github/ISSUE_TEMPLATE/topic.yml"), "utf8")).toBe(
      readFileSync("templates/ISSUE_TEMPLATE/topic.yml", "utf8"),
    );
    const config = parseConfig(readFileSync(join(cwd, ".github/roundtable.yml"), "utf8"));
    expect(config.votes.perPerson).toBe(3);
    expect(existsSync(join(cwd, ".github/workflows/roundtable.yml"))).toBe(true);
  });

  it("writes a config whose first line points editors at the schema of the release the workflow pins", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "rt-init-"));
    await init(cwd, ".");
    const [first] = readFileSync(join(cwd, ".github/roundtable.yml"), "utf8").split("\n");
    const match =
      /^# yaml-language-server: \$schema=https:\/\/raw\.githubusercontent\.com\/([\w-]+\/[\w-]+)\/([0-9a-f]{40})\/(.+)$/.exec(
        first ?? "",
      );
    expect(match).not.toBeNull();
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.repository.url).toBe(`git+https://github.com/${match?.[1]}.git`);
    expect(existsSync(match?.[3] ?? "")).toBe(true);
    const pinned = readFileSync(join(cwd, ".github/workflows/roundtable.yml"), "utf8");
    expect(pinned).toContain(`uses: roundtable/roundtable@${match?.[2]} # v`);
  });

  it("never overwrites a file without --force", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "rt-init-"));
    mkdirSync(join(cwd, ".github"), { recursive: true });
    writeFileSync(join(cwd, ".github/roundtable.yml"), "votes:\n  perPerson: 5\n");
    const kept = await init(cwd, ".");
    expect(kept.out[5]).toBe("kept    .github/roundtable.yml (exists; --force overwrites it)");
    expect(readFileSync(join(cwd, ".github/roundtable.yml"), "utf8")).toBe(
      "votes:\n  perPerson: 5\n",
    );
    const forced = await init(cwd, ".", "--force");
    expect(forced.out[5]).toBe("wrote   .github/roundtable.yml");
    expect(readFileSync(join(cwd, ".github/roundtable.yml"), "utf8")).toContain("perPerson: 3");
  });

  it("asks for the folder", async () => {
    const result = await init(mkdtempSync(join(tmpdir(), "rt-init-")));
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe(
      "roundtable init: init needs the repository checkout, --repo OWNER/NAME, or both: roundtable init . --repo acme/leadership (see 'roundtable init --help')",
    );
  });
});
