import { existsSync, readdirSync, readFileSync } from "node:fs";
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
  entryPoints: [],
  writes: [],
};

/**
 * Files of src/jobs that are pure (no use case, no I/O), owed: the list only ever shrinks.
 */
const owedPureJobs: string[] = [];

/**
 * What the use cases of jobs/ are named and answer with, not planners: the registry of use cases
 * every adapter's rows name, and the shape of the follow-ups a use case returns.
 */
const jobsVocabulary = ["src/jobs/use-cases.ts", "src/jobs/follow-up.ts"];

/**
 * Use cases of the registry that are not yet `{ load, plan }` run by the one runner
 * (`src/jobs/use-case.ts`), and files that apply a plan themselves instead (issue #30): both lists
 * only ever shrink.
 */
const owedUseCases: string[] = [];
const owedAppliers: string[] = [];

/** The folders of test/ that are no folder of src/ (test's own kit aside). */
const unmirrored = (tests: string[], sources: string[]) =>
  tests.filter(
    (name) => !["fixtures", "golden", "helpers"].includes(name) && !sources.includes(name),
  );

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
 * Test files of `tests` (under test/<layer>, core or jobs) that sit where no part of src/<layer>
 * is: in a folder that is no folder of src/<layer>, or at the top, named after no file there.
 */
function outsideTheirDomain(
  tests: string[],
  exists: (path: string) => boolean,
  layer = "core",
): string[] {
  return tests.filter((file) => {
    const [first = "", ...deeper] = relative(`test/${layer}`, file).split("/");
    const mirror = deeper.length > 0 ? first : first.replace(/\.test\.ts$/, ".ts");
    return !exists(`src/${layer}/${mirror}`);
  });
}

describe("test/ mirrors src/", () => {
  it("each folder of test/ is a folder of src/, but for the fixtures, the golden pages and the helpers", () => {
    const folders = (root: string) =>
      readdirSync(root, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
    expect(unmirrored(folders("test"), folders("src"))).toEqual([]);
    expect(unmirrored(["app", "jobs", "usecases"], ["app", "jobs"]), "a planted folder").toEqual([
      "usecases",
    ]);
  });

  it("each test of test/core is in the folder of the domain it tests, or tests a file at core's top", () => {
    const tests = sourceFiles("test/core").filter((file) => file.endsWith(".test.ts"));
    expect(tests.length).toBeGreaterThan(30);
    expect(outsideTheirDomain(tests, existsSync)).toEqual([]);
  });

  it("each test of test/jobs is named after the use case it calls, or is in its folder", () => {
    const tests = sourceFiles("test/jobs").filter((file) => file.endsWith(".test.ts"));
    expect(tests.length).toBeGreaterThan(5);
    expect(outsideTheirDomain(tests, existsSync, "jobs")).toEqual([]);
  });

  it("the guard itself finds a test of test/jobs named after no use case", () => {
    const exists = (path: string) => ["src/jobs/sync.ts", "src/jobs/pages"].includes(path);
    const tests = [
      "test/jobs/sync.test.ts",
      "test/jobs/pages/x.test.ts",
      "test/jobs/quarter-field.test.ts",
    ];
    expect(outsideTheirDomain(tests, exists, "jobs")).toEqual(["test/jobs/quarter-field.test.ts"]);
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

/**
 * The jobs/ files that are neither a use case nor do I/O: files of `modules` under src/jobs that
 * export nothing taking the run's context (`RunContext`, `RepoRun`, or a type of jobs/ built on
 * them) and reach nothing outside the process (a value of github/, coordination/, channels/ or
 * schedule-solver/, a Node module, the environment, fetch), themselves or through a jobs/ file
 * they take a value from. Such a file is a pure planner: its place is core/.
 */
function pureJobs(modules: Map<string, ModuleFile>): string[] {
  const jobs = [...modules.values()].filter(
    (m) => m.path.startsWith("src/jobs/") && !jobsVocabulary.includes(m.path),
  );
  const runTypes = new Set(["RunContext", "RepoRun"]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const m of jobs)
      for (const [name, text] of m.declares)
        if (
          !runTypes.has(name) &&
          /^(export )?(type|interface) /.test(text) &&
          mentions(text, runTypes)
        ) {
          runTypes.add(name);
          grown = true;
        }
  }
  const outside = /^src\/(github|coordination|channels|schedule-solver)\//;
  const doesIo = new Set(
    jobs
      .filter(
        (m) =>
          m.values.some((v) => outside.test(v.from)) ||
          /from "node:|import\("node:|\bprocess\.env\b|\bfetch\(/.test(m.text),
      )
      .map((m) => m.path),
  );
  for (let grown = true; grown; ) {
    grown = false;
    for (const m of jobs)
      if (!doesIo.has(m.path) && m.values.some((v) => doesIo.has(v.from))) {
        doesIo.add(m.path);
        grown = true;
      }
  }
  // A use case as the runner takes it is an exported `{ load, plan }` typed `UseCase<…>`.
  const exportsUseCase = (m: ModuleFile) =>
    [...m.declares.values()].some(
      (text) => text.startsWith("export ") && mentions(text, runTypes),
    ) || /^export const \w+: UseCase</m.test(m.text);
  return jobs.filter((m) => !doesIo.has(m.path) && !exportsUseCase(m)).map((m) => m.path);
}

const mentions = (text: string, names: Set<string>) =>
  (text.match(/\b[A-Z]\w*\b/g) ?? []).some((word) => names.has(word));

describe("jobs/ holds use cases only", () => {
  it("every file of src/jobs exports a use case (taking the run's context) or does I/O", () => {
    expect(beyondOwed(pureJobs(modules), owedPureJobs)).toEqual(none);
  });

  it("the guard itself finds a pure planner planted in jobs/, and lets a use case and a read pass", () => {
    const planted = new Map(modules);
    const plant = (path: string, text: string) => planted.set(path, readModule(path, text));
    plant(
      "src/jobs/planted-plan.ts",
      'import { boardOf } from "../core/board-of.js";\nexport function plantedPlan(snapshot: Snapshot) { return boardOf(snapshot); }',
    );
    plant(
      "src/jobs/planted-case.ts",
      'import type { CommentRun } from "./comment-input.js";\nexport async function plantedCase(run: CommentRun) {}',
    );
    plant(
      "src/jobs/planted-read.ts",
      'import { plantedPlan } from "./planted-plan.js";\nimport { rest } from "../github/rest.js";\nexport const read = () => rest;',
    );
    expect(beyondOwed(pureJobs(planted), owedPureJobs)).toEqual({
      new: ["src/jobs/planted-plan.ts"],
      gone: [],
    });
  });
});

/**
 * Where triggers are registered or dispatched outside their adapter's table (issue #30): a call of
 * Probot's `app.on(…)` or the timers' `.onDue(…)` anywhere but `home` (the app's adapter, which
 * iterates the table), and a timer's kind told apart anywhere but `table`: compared (`.kind ===
 * "timebox"`), switched on, or keyed into an object of its own (a second dispatch table).
 */
function triggersOutsideTheTable(
  files: string[],
  kinds: Set<string>,
  where: { home: string; table: string },
  read: (file: string) => string = (file) => readFileSync(file, "utf8"),
): string[] {
  const found: string[] = [];
  const isKind = (node: ts.Node) =>
    (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && kinds.has(node.text);
  const isKindRead = (node: ts.Node) =>
    (ts.isPropertyAccessExpression(node) && node.name.text === "kind") ||
    (ts.isIdentifier(node) && node.text === "kind");
  const propertyName = (p: ts.ObjectLiteralElementLike) =>
    p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
  for (const file of files) {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node, what: string) =>
      found.push(
        `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`,
      );
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const { name, expression } = node.expression;
        const onApp =
          name.text === "on" &&
          ts.isIdentifier(expression) &&
          /^(app|probot)$/.test(expression.text);
        if ((onApp || name.text === "onDue") && file !== where.home)
          at(node, `${name.text}(…) outside the table`);
      }
      if (file !== where.table) {
        const compared =
          ts.isBinaryExpression(node) &&
          [
            ts.SyntaxKind.EqualsEqualsEqualsToken,
            ts.SyntaxKind.ExclamationEqualsEqualsToken,
          ].includes(node.operatorToken.kind) &&
          ((isKindRead(node.left) && isKind(node.right)) ||
            (isKindRead(node.right) && isKind(node.left)));
        const switched =
          ts.isSwitchStatement(node) &&
          isKindRead(node.expression) &&
          node.caseBlock.clauses.some((c) => ts.isCaseClause(c) && isKind(c.expression));
        const keyed =
          ts.isObjectLiteralExpression(node) &&
          node.properties.filter((p) => kinds.has(propertyName(p) ?? "")).length >= 2;
        if (compared || switched || keyed) at(node, "a timer kind dispatched outside the table");
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Use case files (src/jobs) that import src/app: a use case never calls back up. */
const useCasesCallingUp = (files: Map<string, ModuleFile>) =>
  [...files.values()]
    .filter((m) => layerOfPath(m.path) === "jobs")
    .flatMap((m) =>
      m.imports.filter((i) => layerOfPath(i) === "app").map((i) => `${m.path} imports ${i}`),
    );

describe("every trigger is a row of its adapter's table", () => {
  const where = { home: "src/app/index.ts", table: "src/app/triggers.ts" };
  const timerKinds = async () => {
    const { triggers } = await import("../src/app/triggers.js");
    return new Set(
      Object.entries(triggers)
        .filter(([, row]) => row.source === "timer")
        .map(([key]) => key),
    );
  };

  it("app.on and .onDue are called only where the table is iterated, and no timer kind is told apart outside it", async () => {
    const kinds = await timerKinds();
    expect([...kinds].sort()).toEqual([
      "ballots",
      "invitations",
      "reminder",
      "retry-command",
      "retry-issue",
      "retry-publish",
      "series",
      "timebox",
    ]);
    expect(triggersOutsideTheTable(sourceFiles("src"), kinds, where)).toEqual([]);
    const home = readFileSync(where.home, "utf8");
    expect(home).toMatch(/for \(const row of Object\.values\(triggers\)\)/);
  });

  it("the guard itself finds a registration, a timer's kind compared, switched on or keyed, outside the table", () => {
    const kinds = new Set(["timebox", "series", "retry-command"]);
    const planted: Record<string, string> = {
      "src/app/planted.ts": [
        'app.on("issues.opened", (context) => handle(context));',
        "coordination.timers.onDue((job) => run(job));",
        'if (job.data.kind === "retry-command") await retry(job);',
        'switch (data.kind) { case "timebox": break; }',
        "const kinds = { timebox: onTimebox, series: runSeries };",
        'const effect = { kind: "notify" }; if (effect.kind === "notify") tell();',
      ].join("\n"),
      [where.table]: 'const timers = { timebox: a, series: b }; if (x.kind === "timebox") y();',
      [where.home]: "for (const row of rows) app.on([...row.events], f); timers.onDue(g);",
    };
    expect(
      triggersOutsideTheTable(Object.keys(planted), kinds, where, (file) => planted[file] ?? ""),
    ).toEqual([
      "src/app/planted.ts:1 on(…) outside the table",
      "src/app/planted.ts:2 onDue(…) outside the table",
      "src/app/planted.ts:3 a timer kind dispatched outside the table",
      "src/app/planted.ts:4 a timer kind dispatched outside the table",
      "src/app/planted.ts:5 a timer kind dispatched outside the table",
    ]);
  });

  it("no use case (src/jobs) imports src/app", () => {
    expect(useCasesCallingUp(modules)).toEqual([]);
  });

  it("the guard itself finds a use case calling back up into the app", () => {
    const planted = new Map(modules);
    const path = "src/jobs/planted.ts";
    planted.set(path, readModule(path, 'import type { Env } from "../app/env.js";'));
    expect(useCasesCallingUp(planted)).toEqual(["src/jobs/planted.ts imports src/app/env.ts"]);
  });

  it("every row of every adapter names a use case of the registry, which its file exports", async () => {
    const { useCases } = await import("../src/jobs/use-cases.js");
    const notYet: string[] = [];
    for (const [name, { file, export: fn }] of Object.entries(useCases)) {
      const module = await import(/* @vite-ignore */ `../${file.replace(/\.ts$/, ".js")}`);
      const value = module[fn];
      if (isUseCase(value)) continue;
      expect(typeof value, `${name}: ${file} exports ${fn}`).toBe("function");
      notYet.push(name);
    }
    // Each a `{ load, plan }` the one runner runs, but those still owed.
    expect(beyondOwed(notYet, owedUseCases)).toEqual(none);
    const { table } = await import("../src/web/routes.js");
    const posts = table.filter(({ make }) => make({} as never).method === "POST");
    expect(posts.length).toBeGreaterThan(4);
    // A POST names its use case, or null when it touches only the session (sign-out).
    expect(posts.filter((r) => r.useCase === undefined)).toEqual([]);
  });
});

/** A use case as the one runner takes it: `{ load, plan }`, both functions. */
const isUseCase = (value: unknown) =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { load?: unknown }).load === "function" &&
  typeof (value as { plan?: unknown }).plan === "function";

/** Files outside github/ that take `applyPlan` (the gate) as a value, but the one runner. */
const appliers = (files: Map<string, ModuleFile>) =>
  [...files.values()]
    .filter(
      (m) =>
        !m.path.startsWith("src/github/") &&
        m.path !== "src/jobs/use-case.ts" &&
        m.values.some((v) => v.name === "applyPlan"),
    )
    .map((m) => m.path);

describe("one runner applies every use case's plan", () => {
  it("no file but the runner (src/jobs/use-case.ts) applies a plan through the gate", () => {
    expect(beyondOwed(appliers(modules), owedAppliers)).toEqual(none);
  });

  it("the guard itself finds a use case applying its own plan, and tells a use case from a function", () => {
    const planted = new Map(modules);
    planted.set(
      "src/jobs/planted.ts",
      readModule(
        "src/jobs/planted.ts",
        'import { applyPlan } from "../github/apply-plan.js";\nexport const x = applyPlan;',
      ),
    );
    expect(beyondOwed(appliers(planted), owedAppliers)).toEqual({
      new: ["src/jobs/planted.ts"],
      gone: [],
    });
    expect(isUseCase({ load: async () => 1, plan: () => ({ effects: [], result: {} }) })).toBe(
      true,
    );
    expect(isUseCase(async () => 1)).toBe(false);
  });
});
