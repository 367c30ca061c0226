import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../helpers/source-files.js";

const src = resolve(import.meta.dirname, "../../src");

/** Each file's relative value imports (type-only ones load nothing at run time). */
function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const deps: string[] = [];
    for (const m of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+"(\.[^"]+)"/gms))
      if (!m[1] && m[2]) deps.push(resolve(dirname(file), m[2].replace(/\.js$/, ".ts")));
    graph.set(file, deps);
  }
  return graph;
}

/** The import cycles of a graph, each as the files around it (one per back edge found). */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, "open");
    stack.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (!graph.has(dep)) continue;
      if (state.get(dep) === "open") cycles.push(stack.slice(stack.indexOf(dep)));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

describe("imports", () => {
  it("make no cycle in src/: a handler never imports what imports it back", () => {
    const cycles = cyclesOf(importGraph(sourceFiles(src)));
    expect(cycles.map((c) => c.map((f) => relative(src, f)).join(" → "))).toEqual([]);
  });

  it("a planted cycle is found", () => {
    const a = resolve(src, "app/a.ts");
    const b = resolve(src, "app/b.ts");
    expect(
      cyclesOf(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toHaveLength(1);
  });
});
