import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";

/** One file of ours as the architecture test reads it: what it imports and re-exports, by path. */
export interface ModuleFile {
  path: string;
  /** Files of ours it imports (statically or dynamically), as repository paths. */
  imports: string[];
  /** Values it imports from files of ours: each exported name, its local name, and the file. */
  values: Array<{ name: string; local: string; from: string }>;
  /** Re-exports: `export { a as b } from "./x"` as {name: "b", original: "a", from}, `*` for all. */
  reexports: Array<{ name: string; original: string; from: string }>;
  /** What it declares at the top (functions, classes, constants, types): name → text, comments out. */
  declares: Map<string, string>;
  text: string;
}

/** The repository path a relative specifier names, `.js` read as its `.ts` source (or its index). */
function target(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const path = relative(".", resolve(dirname(file), specifier)).replace(/\.js$/, ".ts");
  const index = path.replace(/\.ts$/, "/index.ts");
  // A file that does not exist keeps its path: a planted example names files of its own.
  return !existsSync(path) && existsSync(index) ? index : path;
}

/** Reads one file: its imports, values imported, re-exports and declarations. */
export function readModule(path: string, text = readFileSync(path, "utf8")): ModuleFile {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const imports = ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => target(path, f.fileName))
    .filter((f): f is string => f !== undefined);
  const values: ModuleFile["values"] = [];
  const reexports: ModuleFile["reexports"] = [];
  const declares = new Map<string, string>();
  const code = (node: ts.Node) => node.getText(source).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  for (const node of source.statements) {
    const from =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
        ? target(path, node.moduleSpecifier.text)
        : undefined;
    if (ts.isImportDeclaration(node) && from && !node.importClause?.isTypeOnly) {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements)
          if (!element.isTypeOnly)
            values.push({
              name: (element.propertyName ?? element.name).text,
              local: element.name.text,
              from,
            });
    }
    if (ts.isExportDeclaration(node) && from) {
      const clause = node.exportClause;
      if (!clause) reexports.push({ name: "*", original: "*", from });
      else if (ts.isNamedExports(clause))
        for (const element of clause.elements)
          reexports.push({
            name: element.name.text,
            original: (element.propertyName ?? element.name).text,
            from,
          });
    }
    const named = node as ts.Node & { name?: ts.Node };
    if (named.name && ts.isIdentifier(named.name)) declares.set(named.name.text, code(node));
    if (ts.isVariableStatement(node))
      for (const declaration of node.declarationList.declarations)
        if (ts.isIdentifier(declaration.name))
          declares.set(declaration.name.text, code(declaration));
  }
  return { path, imports, values, reexports, declares, text };
}

/** The top-level folder of ours a path is in: `src/jobs/x.ts` → `jobs`. */
export const layerOf = (path: string) => path.split("/")[1] ?? "";

/** The file that declares `name` as exported by `path`, following re-exports (full paths). */
export function declaringFile(
  modules: Map<string, ModuleFile>,
  path: string,
  name: string,
  seen = new Set<string>(),
): string | undefined {
  const file = modules.get(path);
  if (!file || seen.has(path)) return undefined;
  seen.add(path);
  if (file.declares.has(name)) return path;
  for (const entry of file.reexports) {
    if (entry.name === name) return declaringFile(modules, entry.from, entry.original, seen);
    if (entry.name === "*") {
      const found = declaringFile(modules, entry.from, name, seen);
      if (found) return found;
    }
  }
  return undefined;
}

/** Every import cycle among the files, each as the files in it (Tarjan's strongly connected components). */
export function importCycles(modules: Map<string, ModuleFile>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (path: string) => {
    order.set(path, order.size);
    low.set(path, order.get(path) as number);
    stack.push(path);
    onStack.add(path);
    for (const next of modules.get(path)?.imports ?? []) {
      if (!modules.has(next)) continue;
      if (!order.has(next)) {
        visit(next);
        low.set(path, Math.min(low.get(path) as number, low.get(next) as number));
      } else if (onStack.has(next))
        low.set(path, Math.min(low.get(path) as number, order.get(next) as number));
    }
    if (low.get(path) !== order.get(path)) return;
    const cycle: string[] = [];
    let top: string | undefined;
    do {
      top = stack.pop() as string;
      onStack.delete(top);
      cycle.push(top);
    } while (top !== path);
    if (cycle.length > 1 || modules.get(path)?.imports.includes(path)) cycles.push(cycle.sort());
  };
  for (const path of modules.keys()) if (!order.has(path)) visit(path);
  return cycles;
}

/** A request that changes something on GitHub: a REST route that writes, or a GraphQL mutation. */
const writeRequest = /["'`](POST|PUT|PATCH|DELETE) \/|\bmutation\s*[A-Za-z({]/;

/**
 * The declarations of `github/` that write to GitHub, as `file#name`: those whose code makes a
 * write request, and those whose code uses one of them (in their file or imported), until no more
 * are found; the gate's own aside. Generated operation documents aside: the
 * operation files that wrap them are the writers.
 */
export function writingDeclarations(modules: Map<string, ModuleFile>, gate: string): Set<string> {
  // The gate writes by design: what it exports (its error, its context) is no write.
  const github = [...modules.values()].filter(
    (m) => layerOf(m.path) === "github" && !m.path.includes("/generated/") && m.path !== gate,
  );
  const writing = new Set<string>();
  for (const m of github)
    for (const [name, code] of m.declares)
      if (writeRequest.test(code)) writing.add(`${m.path}#${name}`);
  /** Whether `word`, used in file `m`, names a declaration that writes. */
  const writes = (m: ModuleFile, word: string) => {
    if (m.declares.has(word)) return writing.has(`${m.path}#${word}`);
    const value = m.values.find((v) => v.local === word);
    const home = value && declaringFile(modules, value.from, value.name);
    return home !== undefined && writing.has(`${home}#${value?.name}`);
  };
  for (let grew = true; grew; ) {
    grew = false;
    for (const m of github)
      for (const [name, code] of m.declares) {
        const key = `${m.path}#${name}`;
        if (writing.has(key)) continue;
        const words = new Set(code.match(/[A-Za-z_$][\w$]*/g) ?? []);
        words.delete(name);
        if ([...words].some((word) => writes(m, word))) {
          writing.add(key);
          grew = true;
        }
      }
  }
  return writing;
}
