import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  declaringFile,
  importCycles,
  layerOf as layerOfPath,
  type ModuleFile,
  readModule,
  writingDeclarations,
} from "./helpers/import-graph.js";
import { sourceFiles } from "./helpers/source-files.js";

/** Every module a file imports, statically or dynamically, as TypeScript itself reads them. */
function importsOf(file: string): string[] {
  return ts
    .preProcessFile(readFileSync(file, "utf8"), true, true)
    .importedFiles.map((f) => f.fileName);
}

const forbidden =
  /^(probot|@octokit\/|@actions\/|(node:)?fs(\/|$)|(node:)?child_process|(node:)?https?$)/;

describe("the pure layers", () => {
  for (const layer of ["src/core", "src/render"]) {
    it(`${layer} imports no GitHub client, Action toolkit or file system`, () => {
      const offending = sourceFiles(layer).flatMap((file) =>
        importsOf(file)
          .filter((name) => forbidden.test(name))
          .map((name) => `${file} imports ${name}`),
      );
      expect(offending).toEqual([]);
    });

    it(`${layer} reads no clock and no environment`, () => {
      const offending = sourceFiles(layer).flatMap((file) => {
        const text = readFileSync(file, "utf8");
        return [/\bprocess\./, /\bDate\.now\(/, /new Date\(\)/]
          .filter((pattern) => pattern.test(text))
          .map((pattern) => `${file} uses ${pattern.source}`);
      });
      expect(offending).toEqual([]);
    });
  }

  it("the guard itself catches a forbidden import", () => {
    const text =
      'import { Probot } from "probot";\nconst fs = await import("node:fs");\nimport x from "@octokit/core";';
    const names = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    expect(names.filter((n) => forbidden.test(n))).toEqual(["probot", "node:fs", "@octokit/core"]);
  });
});

describe("each client in its own layer", () => {
  const owners: Array<[RegExp, string]> = [
    [/^@octokit\//, "src/github"],
    [/^probot$/, "src/app"],
    [/^@actions\//, "src/action"],
  ];
  for (const [pattern, home] of owners) {
    it(`only ${home} imports ${pattern.source.replace(/\\/g, "")}`, () => {
      const offending = sourceFiles("src")
        .filter((file) => !file.startsWith(home))
        .flatMap((file) =>
          importsOf(file)
            .filter((name) => pattern.test(name))
            .map((name) => `${file} imports ${name}`),
        );
      expect(offending).toEqual([]);
    });
  }
});

/** The layers of ours a file imports (`core`, `jobs`, …), from its relative imports. */
function layersImportedBy(file: string, text = readFileSync(file, "utf8")): string[] {
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => relative("src", resolve(dirname(file), name)).split("/")[0] as string);
}

/**
 * Layers an entry point may import besides `jobs/` and `config/`: the coordination, what the app's
 * instances share (the app's deliveries and timers, the web pages' live updates), and the app
 * registers the web pages.
 */
const entryPointExtras: Record<string, string[]> = {
  web: ["coordination"],
  app: ["web", "coordination"],
};

/** Entry points whose imports of ours reach past `jobs/` and `config/`. */
function entryPointViolations(
  files: string[],
  home: (file: string) => string,
  read?: (file: string) => string,
): string[] {
  return files.flatMap((file) =>
    layersImportedBy(file, read?.(file))
      .filter(
        (layer) =>
          layer !== home(file) &&
          layer !== "jobs" &&
          layer !== "config" &&
          !entryPointExtras[home(file)]?.includes(layer),
      )
      .map((layer) => `${file} imports src/${layer}`),
  );
}

describe("entry points only translate", () => {
  const entryPoints = ["src/app", "src/action", "src/cli", "src/web"];
  const layerOf = (file: string) => relative("src", file).split("/")[0] as string;

  it("app/, action/, cli/ and web/ import nothing of ours but jobs/, config/ (and coordination/)", () => {
    const files = entryPoints.flatMap((dir) => {
      try {
        return sourceFiles(dir);
      } catch {
        return []; // web/ comes later
      }
    });
    expect(files.length).toBeGreaterThan(10);
    expect(entryPointViolations(files, layerOf)).toEqual([]);
  });

  it("the guard itself catches an entry point reaching into core/ or github/", () => {
    const text =
      'import { boardOf } from "../../core/index.js";\nimport { sync } from "../../jobs/index.js";\nimport { rest } from "../../github/rest.js";';
    expect(entryPointViolations(["src/cli/commands/x.ts"], layerOf, () => text)).toEqual([
      "src/cli/commands/x.ts imports src/core",
      "src/cli/commands/x.ts imports src/github",
    ]);
  });
});

/** Every function of a file longer than `max` lines, as `file:line name (N lines)`. */
function longFunctions(file: string, max: number, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const from = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const to = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name = node.name?.getText(source) ?? "(anonymous)";
      if (to - from + 1 > max) found.push(`${file}:${from + 1} ${name} (${to - from + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * What is left of the rules below on the way to none (issue #30). A rule fails on a violation not
 * listed here, and on one listed here that is gone: the list only ever shrinks.
 */
const owed = {
  longFunctions: [],
  // Through type imports only (none loads a module at run time), but a cycle all the same.
  cycles: ["src/jobs/issue-comment.ts src/jobs/key-result-checkin.ts src/jobs/promote.ts"],
  domainCycles: [],
  // What the entry points reach through jobs/ today: each goes when its adapter imports the
  // layer it needs (render/web for the pages, github's client for the CLI) by a rule of its own.
  barrels: [
    "src/core/index.ts re-exports src/errors/index.ts",
    "src/jobs/channel-secrets.ts re-exports src/channels/index.ts",
    "src/jobs/client.ts re-exports src/github/index.ts",
    "src/jobs/index.ts re-exports src/channels/index.ts",
    "src/jobs/index.ts re-exports src/core/index.ts",
    "src/jobs/index.ts re-exports src/core/schedule/index.ts",
    "src/jobs/index.ts re-exports src/errors/index.ts",
    "src/jobs/index.ts re-exports src/github/index.ts",
    "src/jobs/index.ts re-exports src/render/web/index.ts",
    "src/jobs/minutes.ts re-exports src/core/minutes/index.ts",
    "src/jobs/notifications.ts re-exports src/core/index.ts",
    "src/jobs/user-error.ts re-exports src/errors/index.ts",
  ],
  // The pages' commit and its pull request: to become an effect of the gate.
  writes: ["src/jobs/publish.ts imports commitFiles, which writes (src/github/commit-files.ts)"],
};

/** Violations found that are not owed, and owed ones no longer found (to strike off). */
function beyondOwed(found: string[], known: string[]) {
  return {
    new: found.filter((f) => !known.includes(f)),
    gone: known.filter((k) => !found.includes(k)),
  };
}
const none = { new: [], gone: [] };

describe("every function reads like its plan", () => {
  it("no function in src/ is longer than a screen (60 lines), generated code aside", () => {
    const files = sourceFiles("src").filter((file) => !file.includes("/generated/"));
    // Compared by file and name: a line number moves with every edit above the function.
    const found = files
      .flatMap((file) => longFunctions(file, 60))
      .map((f) => f.replace(/:\d+ (\S+) .*/, " $1"));
    expect(beyondOwed(found, owed.longFunctions)).toEqual(none);
  });

  it("the guard itself finds a long function", () => {
    const text = `function long() {\n${"  step();\n".repeat(61)}}\n`;
    expect(longFunctions("x.ts", 60, text)).toEqual(["x.ts:1 long (63 lines)"]);
  });
});

/** Every file of ours under src/, read once for the rules below. */
const modules = new Map(sourceFiles("src").map((path) => [path, readModule(path)]));

describe("imports go one way", () => {
  it("no file of src/ imports itself back, through any chain of imports", () => {
    const found = importCycles(modules).map((cycle) => cycle.join(" "));
    expect(beyondOwed(found, owed.cycles)).toEqual(none);
  });

  it("the guard itself finds a cycle of three files", () => {
    const planted = new Map([
      ["src/a/x.ts", readModule("src/a/x.ts", 'import { y } from "./y.js";')],
      ["src/a/y.ts", readModule("src/a/y.ts", 'import { z } from "../b/z.js";')],
      ["src/b/z.ts", readModule("src/b/z.ts", 'import { x } from "../a/x.js";')],
    ]);
    expect(importCycles(planted)).toEqual([["src/a/x.ts", "src/a/y.ts", "src/b/z.ts"]]);
  });

  it("core/'s domains point one way: no domain imports another that imports it back", () => {
    const domains = new Map<string, ModuleFile>();
    for (const m of modules.values()) {
      if (layerOfPath(m.path) !== "core") continue;
      const domain = `src/core/${m.path.split("/")[2]?.replace(/\.ts$/, "")}`;
      const merged = domains.get(domain) ?? { ...m, path: domain, imports: [] };
      for (const i of m.imports)
        if (layerOfPath(i) === "core")
          merged.imports.push(`src/core/${i.split("/")[2]?.replace(/\.ts$/, "")}`);
      domains.set(domain, merged);
    }
    for (const m of domains.values()) m.imports = m.imports.filter((i) => i !== m.path);
    const found = importCycles(domains).map((cycle) => cycle.join(" "));
    expect(beyondOwed(found, owed.domainCycles)).toEqual(none);
  });

  it("no file re-exports another layer's names (a barrel hides where a name lives)", () => {
    const offending = [...modules.values()].flatMap((m) =>
      m.reexports
        .filter((r) => layerOfPath(r.from) !== layerOfPath(m.path))
        .map((r) => `${m.path} re-exports ${r.from}`),
    );
    expect(beyondOwed([...new Set(offending)], owed.barrels)).toEqual(none);
  });

  it("the guard itself finds a barrel of another layer", () => {
    const planted = readModule("src/jobs/index.ts", 'export { rest } from "../github/rest.js";');
    expect(planted.reexports.map((r) => layerOfPath(r.from))).toEqual(["github"]);
  });
});

describe("nothing writes to GitHub but the gate", () => {
  const gate = "src/github/apply-plan.ts";
  const writing = writingDeclarations(modules, gate);
  /** Values imported outside github/ that are declared in github/ and write, the gate's aside. */
  const writesOutsideTheGate = (files: Map<string, ModuleFile>) =>
    [...files.values()]
      .filter((m) => layerOfPath(m.path) !== "github")
      .flatMap((m) =>
        m.values.map((v) => ({ ...v, at: m.path, home: declaringFile(files, v.from, v.name) })),
      )
      .filter((v) => v.home !== gate && writing.has(`${v.home}#${v.name}`))
      .map((v) => `${v.at} imports ${v.name}, which writes (${v.home})`);

  it("knows what writes: the effects, the operations they use, and nothing that only reads", () => {
    expect(writing.has("src/github/effects/open-issue.ts#openIssue")).toBe(true);
    expect(writing.has("src/github/effects/move.ts#move")).toBe(true);
    expect(writing.has("src/github/read-project.ts#readProject")).toBe(false);
    expect(writing.has("src/github/load-snapshot.ts#loadSnapshot")).toBe(false);
  });

  it("outside github/, no file imports a function that writes, however it is re-exported, but the gate", () => {
    expect(beyondOwed(writesOutsideTheGate(modules), owed.writes)).toEqual(none);
  });

  it("the guard itself sees a write reached through a barrel", () => {
    const planted = new Map(modules);
    const barrel = "src/github/planted-barrel.ts";
    planted.set(barrel, readModule(barrel, 'export { openIssue } from "./effects/open-issue.js";'));
    const path = "src/web/planted.ts";
    planted.set(path, readModule(path, 'import { openIssue } from "../github/planted-barrel.js";'));
    expect(writesOutsideTheGate(planted)).toContain(
      "src/web/planted.ts imports openIssue, which writes (src/github/effects/open-issue.ts)",
    );
  });
});

/**
 * Test files of `tests` (under test/core) that sit where no part of src/core is: in a folder that
 * is no domain of src/core, or at the top, named after no file at core's top.
 */
function outsideTheirDomain(tests: string[], exists: (path: string) => boolean): string[] {
  return tests.filter((file) => {
    const [first = "", ...deeper] = relative("test/core", file).split("/");
    const mirror = deeper.length > 0 ? first : first.replace(/\.test\.ts$/, ".ts");
    return !exists(`src/core/${mirror}`);
  });
}

describe("test/ mirrors src/", () => {
  it("each test of test/core is in the folder of the domain it tests, or tests a file at core's top", () => {
    const tests = sourceFiles("test/core").filter((file) => file.endsWith(".test.ts"));
    expect(tests.length).toBeGreaterThan(30);
    expect(outsideTheirDomain(tests, existsSync)).toEqual([]);
  });

  it("the guard itself finds a test outside its domain's folder, and at the top with no file", () => {
    const exists = (path: string) => ["src/core/meetings", "src/core/cut-text.ts"].includes(path);
    const tests = [
      "test/core/meetings/meeting.test.ts",
      "test/core/cut-text.test.ts",
      "test/core/meeting.test.ts",
      "test/core/schedules/hard-rules.test.ts",
    ];
    expect(outsideTheirDomain(tests, exists)).toEqual([
      "test/core/meeting.test.ts",
      "test/core/schedules/hard-rules.test.ts",
    ]);
  });
});
