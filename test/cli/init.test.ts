import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryName } from "../../src/cli/live-repo.js";
import { runCli } from "../../src/cli/run-cli.js";
import { parseConfig } from "../../src/config/index.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

async function init(cwd: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["init", ...args], {
    cwd,
    env: { GITHUB_TOKEN: "t" },
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

describe("roundtable init --dry-run", () => {
  /** Every file below a folder, with its contents: what a dry run must leave as it found it. */
  const tree = (root: string): Record<string, string> => {
    const files: Record<string, string> = {};
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else files[relative(root, path)] = readFileSync(path, "utf8");
      }
    };
    walk(root);
    return files;
  };

  it("says which files it would write and writes none", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "rt-init-"));
    writeFileSync(join(cwd, "README.md"), "# our board\n");
    const result = await init(cwd, ".", "--dry-run");
    expect(result.code).toBe(0);
    expect(result.out).toEqual([
      "would write .github/ISSUE_TEMPLATE/topic.yml",
      "would write .github/ISSUE_TEMPLATE/roadmap-item.yml",
      "would write .github/ISSUE_TEMPLATE/objective.yml",
      "would write .github/ISSUE_TEMPLATE/key-result.yml",
      "would write .github/ISSUE_TEMPLATE/meeting.yml",
      "would write .github/roundtable.yml",
      "would write .github/workflows/roundtable.yml",
      "Dry run: nothing was written (7 of 7 files would be).",
    ]);
    expect(tree(cwd)).toEqual({ "README.md": "# our board\n" });
  });

  it("with --repo, names the labels it would create and creates none", async () => {
    const fake = new FakeGitHub();
    mountGitHub(fake, { graphql: false, rest: ["GET", "POST"] });
    const cwd = mkdtempSync(join(tmpdir(), "rt-init-"));
    const result = await init(cwd, ".", "--repo", "acme/board", "--dry-run");
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toBe("acme/board: 14 labels would be created");
    expect(fake.repoLabels).toEqual([]);
    expect(tree(cwd)).toEqual({});
    expect(fake.calls.filter((c) => c.type === "rest" && c.method !== "GET")).toEqual([]);
  });

  it("with a repository that cannot be read, fails before writing any file", async () => {
    const fake = new FakeGitHub();
    fake.interceptors.push(() => [404, { message: "Not Found" }]);
    mountGitHub(fake, { rest: ["GET", "POST"] });
    const cwd = mkdtempSync(join(tmpdir(), "rt-init-"));
    const result = await init(cwd, ".", "--repo", "acme/nope");
    expect(result.code).toBe(1);
    expect(result.err).toEqual([
      "roundtable init: GitHub found nothing there (404): check the repository name, and that the token can read it",
    ]);
    expect(tree(cwd)).toEqual({});
  });
});

describe("--repo", () => {
  it("takes the repository as OWNER/NAME or as its URL, and names what it expects otherwise", () => {
    for (const given of [
      "acme/board",
      "https://github.com/acme/board",
      "https://github.com/acme/board.git",
      "https://github.com/acme/board/issues/3",
      "git@github.com:acme/board.git",
    ])
      expect(repositoryName(given)).toEqual({ owner: "acme", repo: "board" });
    expect(() => repositoryName("board")).toThrow(
      "--repo board: expected OWNER/NAME (or the repository's URL), such as --repo acme/leadership",
    );
  });
});
