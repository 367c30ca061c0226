import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { mainHelp, runCli } from "../src/cli/run-cli.js";
import { fakeBoard } from "./helpers/fake-github.js";
import { mountGitHub } from "./helpers/mount-github.js";

// Every `roundtable …` and `npm …` command the README and the docs/ pages show is checked here:
// a reader copies them as written, so a renamed option or script must fail a test, not a reader.

/** A command as a page shows it: where, its words, and whether it sits in a shell block to run. */
interface Shown {
  where: string;
  words: string[];
  runnable: boolean;
}

const pages = [
  "README.md",
  ...readdirSync("docs").flatMap((f) => (f.endsWith(".md") ? [`docs/${f}`] : [])),
];
const scripts = Object.keys(JSON.parse(readFileSync("package.json", "utf8")).scripts);
/** npm's own commands the pages use; any other word after `npm` must be a script. */
const npmBuiltins = new Set(["ci", "i", "install", "pack"]);
/** The shell words of a line: quotes kept together and removed, a comment dropped. */
function words(line: string): string[] {
  const found: string[] = line.match(/"[^"]*"|'[^']*'|[^\s"']+/g) ?? [];
  const end = found.indexOf("#");
  return (end === -1 ? found : found.slice(0, end)).map((w) => w.replace(/^(["'])(.*)\1$/, "$2"));
}

/** The commands of one line of shell: split at &&, ; and |, environment assignments dropped. */
function commandsOf(line: string): string[][] {
  return line
    .replace(/^\$ /, "")
    .split(/&&|;|\|/)
    .map((part) => words(part))
    .map((ws) => ws.slice(ws.findIndex((w) => !/^[A-Z_]+=/.test(w))))
    .filter((ws) => ws.length > 0 && (ws[0] === "roundtable" || ws[0] === "npm"));
}

function shownCommands(): Shown[] {
  const shown: Shown[] = [];
  for (const page of pages) {
    const tree = fromMarkdown(readFileSync(page, "utf8"));
    visit(tree, ["code", "inlineCode"], (node) => {
      if (node.type !== "code" && node.type !== "inlineCode") return;
      if (
        node.type === "code" &&
        !["sh", "bash", "shell", "text", null, undefined].includes(node.lang)
      )
        return;
      const runnable = node.type === "code" && node.lang !== "text";
      // A fenced block's first line is the fence; inline code may wrap across lines.
      const first = (node.position?.start.line ?? 0) + (node.type === "code" ? 1 : 0);
      const lines =
        node.type === "code" ? node.value.split("\n") : [node.value.replace(/\n/g, " ")];
      lines.forEach((line, i) => {
        for (const ws of commandsOf(line))
          shown.push({ where: `${page}:${first + i}`, words: ws, runnable });
      });
    });
  }
  return shown;
}

const shown = shownCommands();
const roundtable = shown.filter(
  // Output lines (`roundtable sync: the field …`) and the synopsis `roundtable <command>` are no
  // commands.
  (s) => s.words[0] === "roundtable" && s.words[1] !== undefined && /^[a-z]+$/.test(s.words[1]),
);

async function run(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, {
    cwd,
    env: { GITHUB_TOKEN: "t" },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "2026-11-20T09:00:00Z",
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A folder holding the example board where the pages say it is. */
function exampleCheckout(): string {
  const cwd = mkdtempSync(join(tmpdir(), "rt-readme-"));
  cpSync("examples", join(cwd, "examples"), { recursive: true });
  return cwd;
}

describe("the commands the README and docs/ show", () => {
  it("finds the commands to check", () => {
    expect(roundtable.filter((s) => s.runnable).length).toBeGreaterThanOrEqual(8);
    expect(shown.filter((s) => s.words[0] === "npm").length).toBeGreaterThanOrEqual(10);
  });

  it("name only npm's own commands and package.json's scripts", () => {
    const unknown = shown
      .filter((s) => s.words[0] === "npm")
      .flatMap(({ where, words: [, verb, script] }) => {
        const name = verb === "run" ? script : verb;
        if (verb !== "run" && npmBuiltins.has(name ?? "")) return [];
        return name && scripts.includes(name) ? [] : [`${where}: npm ${verb} ${script ?? ""}`];
      });
    expect(unknown).toEqual([]);
  });

  it("name real commands, with options their --help lists", async () => {
    const wrong: string[] = [];
    for (const { where, words: ws } of roundtable) {
      const help = await run([ws[1] as string, "--help"], process.cwd());
      if (help.code !== 0 || help.out === mainHelp) {
        wrong.push(`${where}: roundtable ${ws[1]} is no command`);
        continue;
      }
      for (const option of ws.slice(2).flatMap((w) => /^--[a-z][\w-]*/.exec(w) ?? []))
        if (!new RegExp(`${option}(?![\\w-])`).test(help.out))
          wrong.push(`${where}: roundtable ${ws[1]} ${option} is not in its --help`);
    }
    expect(wrong).toEqual([]);
  });

  describe("run as written", () => {
    for (const { where, words: ws } of roundtable.filter((s) => s.runnable)) {
      // A redirection (`> board.json`) is the shell's; OWNER/NAME is the reader's repository.
      const cut = ws.indexOf(">");
      const argv = (cut === -1 ? ws : ws.slice(0, cut))
        .slice(1)
        .map((w) => w.replace("OWNER/NAME", "acme/board"));
      const live = argv.includes("--repo");
      it(`${where}: roundtable ${argv.join(" ")}`, async () => {
        if (live)
          mountGitHub(
            fakeBoard(3, (n) => n),
            { rest: ["GET", "POST", "PATCH", "PUT"] },
          );
        const result = await run(argv, exampleCheckout());
        // Against a stand-in board a live command may fail for want of what the reader's has (a
        // meeting issue, a project); it must never be a usage error.
        expect(result.code, result.err).not.toBe(2);
        if (!live) expect(result.code, result.err).toBe(0);
      });
    }
  });
});
