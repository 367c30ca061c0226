import { readFileSync } from "node:fs";
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
