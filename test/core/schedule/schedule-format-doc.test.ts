import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run-cli.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const doc = readFileSync(resolve(repoRoot, "docs/schedule-format.md"), "utf8");

/** The fenced blocks of a language, in order. */
const blocks = (lang: string) =>
  [...doc.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, "g"))].map(
    (m) => m[1] as string,
  );

/** Milliseconds vary from run to run; everything else printed must not. */
const withoutTimes = (text: string) => text.replace(/\d+ ms/g, "N ms").trimEnd();

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    cwd: repoRoot,
    env: {},
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "",
  });
  return { code, out: out.join("\n"), err };
}

describe("docs/schedule-format.md", () => {
  it("shows the command on the example problem, and exactly what it prints", async () => {
    const command = blocks("sh")[0]?.trim() ?? "";
    expect(command).toBe("roundtable schedule --problem examples/schedule-problem.json");
    const { code, out, err } = await run(command.split(" ").slice(1));
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(withoutTimes(out)).toBe(withoutTimes(blocks("text")[0] ?? ""));
  });

  it("shows a problem file the scheduler reads", async () => {
    const { readProblem } = await import("../../../src/core/schedule/index.js");
    const problem = readProblem(blocks("json")[0] ?? "", "docs/schedule-format.md");
    expect(problem.sessions.map((s) => s.chairs)).toEqual([["ann"]]);
  });

  it("documents every field the schema reads", async () => {
    const { problemSchema } = await import("../../../src/core/schedule/problem-schema.js");
    const session = problemSchema.shape.sessions.element.shape;
    for (const field of Object.keys(session)) expect(doc).toContain(`\`sessions[].${field}\``);
    for (const field of ["name", "capacity", "plenary"]) expect(doc).toContain(`rooms[].${field}`);
  });
});
