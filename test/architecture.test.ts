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

/**
 * The layers of ours a file imports values from (`core`, `jobs`, …): its relative imports, static
 * or dynamic, but those that import only types (erased: they load nothing and run nothing).
 */
function layersImportedBy(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (!clause.name &&
            bindings !== undefined &&
            ts.isNamedImports(bindings) &&
            bindings.elements.every((e) => e.isTypeOnly)));
      if (!onlyTypes) names.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    )
      names.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names
    .filter((name) => name.startsWith("."))
    .map((name) => relative("src", resolve(dirname(file), name)).split("/")[0] as string);
}

/**
 * Layers an entry point may take values from besides `jobs/` (the use cases), `config/` and
 * `errors/` (the one error type every entry point reports): the client it makes for its run
 * (`github/`: the App's Octokit, the Action's and the CLI's token, a person's sign-in), what the
 * app's instances share (`coordination/`), the web pages it renders (`render/`), the pages the app
 * registers (`web/`) and the secrets it reads from its environment (`channels/`).
 */
const entryPointExtras: Record<string, string[]> = {
  web: ["coordination", "render", "github"],
  app: ["web", "coordination", "github", "channels"],
  action: ["github"],
  cli: ["github"],
};

/** Entry points whose value imports of ours reach past what they may import. */
function entryPointViolations(
  files: string[],
  home: (file: string) => string,
  read?: (file: string) => string,
): string[] {
  return files.flatMap((file) =>
    [...new Set(layersImportedBy(file, read?.(file)))]
      .filter(
        (layer) =>
          layer !== home(file) &&
          layer !== "jobs" &&
          layer !== "config" &&
          layer !== "errors" &&
          !entryPointExtras[home(file)]?.includes(layer),
      )
      .map((layer) => `${file} imports src/${layer}`),
  );
}

describe("entry points only translate", () => {
  const entryPoints = ["src/app", "src/action", "src/cli", "src/web"];
  const layerOf = (file: string) => relative("src", file).split("/")[0] as string;

  it("app/, action/, cli/ and web/ take values only from jobs/, config/, errors/ and their client's layers", () => {
    const files = entryPoints.flatMap((dir) => sourceFiles(dir));
    expect(files.length).toBeGreaterThan(10);
    expect(beyondOwed(entryPointViolations(files, layerOf), owed.entryPoints)).toEqual(none);
  });

  it("the guard itself catches an entry point reaching into core/ or github/, and lets types pass", () => {
    const text =
      'import { boardOf } from "../../core/index.js";\nimport type { Board } from "../../core/board.js";\nimport { type Snapshot } from "../../render/x.js";\nimport { sync } from "../../jobs/sync.js";\nconst { rest } = await import("../../github/rest.js");';
    expect(entryPointViolations(["src/cli/commands/x.ts"], layerOf, () => text)).toEqual([
      "src/cli/commands/x.ts imports src/core",
    ]);
    expect(entryPointViolations(["src/web/routes/x.ts"], layerOf, () => text)).toEqual([
      "src/web/routes/x.ts imports src/core",
    ]);
    expect(
      entryPointViolations(["src/action/x.ts"], layerOf, () => 'await import("../core/x.js");'),
    ).toEqual(["src/action/x.ts imports src/core"]);
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
  cycles: [],
  domainCycles: [],
  barrels: [],
  // Offline commands that read a file with core/ itself (the issue forms, a snapshot file, a
  // schedule problem): each goes when its work is a use case of jobs/.
  entryPoints: [
    "src/cli/commands/init.ts imports src/core",
    "src/cli/commands/schedule.ts imports src/core",
  ],
  writes: [],
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
