import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
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

describe("use cases read like their plan", () => {
  it("no function in jobs/, app/ or web/ is longer than a screen (60 lines)", () => {
    const files = [
      ...sourceFiles("src/jobs"),
      ...sourceFiles("src/app"),
      ...sourceFiles("src/web"),
    ];
    expect(files.flatMap((file) => longFunctions(file, 60))).toEqual([]);
  });

  it("the guard itself finds a long function", () => {
    const text = `function long() {\n${"  step();\n".repeat(61)}}\n`;
    expect(longFunctions("x.ts", 60, text)).toEqual(["x.ts:1 long (63 lines)"]);
  });
});
