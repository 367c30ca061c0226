import { isCollection, isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import type { z } from "zod";
import { ConfigError, type ConfigProblem, maxProblemsShown } from "./config-error.js";
import { configPath } from "./config-path.js";
import { type Config, configSchema } from "./schema.js";

type Key = string | number;

/**
 * Parses the text of `.github/roundtable.yml` into a config with every default applied.
 * An empty file is valid. Throws a `ConfigError` naming the file, line, column and key path of
 * every problem: broken YAML, an unknown key, or a value of the wrong kind.
 */
export function parseConfig(text: string, file = configPath): Config {
  refuseLarge(text, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => lineCounter.linePos(offset);

  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const { line, col } = at(error.pos[0]);
      const firstLine = error.message.split("\n")[0] ?? error.message;
      return {
        path: "",
        line,
        column: col,
        message: `this is not valid YAML (${firstLine.replace(/ at line \d+, column \d+:?$/, "")}); check the indentation and quoting on this line`,
      };
    });
    throw new ConfigError(file, problems, { cause: doc.errors[0] });
  }

  const data: unknown = doc.contents === null ? {} : doc.toJS();
  if (doc.contents !== null && !isMap(doc.contents)) {
    const { line, col } = at(doc.contents.range?.[0] ?? 0);
    throw new ConfigError(file, [
      {
        path: "",
        line,
        column: col,
        message: `expected a mapping of settings such as "votes:"`,
        given: describeValue(data),
      },
    ]);
  }

  return checkConfig(data, file, (path, key) => {
    const node =
      key === undefined ? deepestNode(doc.contents, path) : keyNode(doc.contents, path, key);
    const { line, col } = at(node?.range?.[0] ?? 0);
    return { line, column: col };
  });
}

/** Where a key path stands in the file, when the text is at hand. */
type Locate = (path: Key[], key?: string) => { line: number; column: number };

/**
 * Checks settings already read from YAML, such as the object Probot's `context.config` returns
 * (after `_extends` and the organisation's fallback), and applies the defaults. Without `locate`,
 * problems name the file and key path but no line.
 */
export function checkConfig(data: unknown, file: string, locate?: Locate): Config {
  const result = configSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  // Each problem is located and worded only if it is shown: a file of 100,000 unknown keys is
  // counted, not searched 100,000 times.
  const found = result.error.issues.flatMap(
    (issue): Array<{ issue: z.core.$ZodIssue; path: Key[]; key: string | undefined }> => {
      const path = issue.path as Key[];
      return issue.code === "unrecognized_keys"
        ? issue.keys.map((key) => ({ issue, path, key }))
        : [{ issue, path, key: undefined }];
    },
  );
  const problems = found.slice(0, maxProblemsShown).map(
    ({ issue, path, key }): ConfigProblem =>
      key !== undefined
        ? {
            path: formatPath([...path, key]),
            ...(locate?.(path, key) ?? {}),
            message: `unknown setting${suggest(key, knownKeys(path))}`,
          }
        : {
            path: formatPath(path),
            ...(locate?.(path) ?? {}),
            message: expected(issue),
            // A channel's URL or secret written in the file is never repeated.
            ...(secretPath(path) ? {} : { given: describeValue(valueAt(data, path)) }),
          },
  );
  throw new ConfigError(file, problems, { cause: result.error, total: found.length });
}

/**
 * The largest config Roundtable reads: 256 KB. A board's config is a few KB; a file far larger is
 * a mistake or an attack, and is refused before it is parsed.
 */
export const maxConfigBytes = 256 * 1024;

/** Refuses a config text past `maxConfigBytes`, at once. */
export function refuseLarge(text: string, file: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= maxConfigBytes) return;
  throw new ConfigError(file, [
    {
      path: "",
      message: `the file is ${Math.ceil(bytes / 1024)} KB; Roundtable reads configs of at most ${maxConfigBytes / 1024} KB: keep only the settings that differ from the defaults`,
    },
  ]);
}

/** The message zod's own wording would give is replaced by one that says what to write. */
function expected(issue: z.core.$ZodIssue): string {
  if (!issue.message.startsWith("Invalid") && !issue.message.startsWith("Too ")) {
    return issue.message;
  }
  switch (issue.code) {
    case "invalid_type":
      return `expected ${kindName(issue.expected)}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `expected at least ${String(issue.minimum)}`;
    case "too_big":
      return `expected at most ${String(issue.maximum)}`;
    default:
      return "expected a valid value (see schema/roundtable.schema.json)";
  }
}

function kindName(kind: string): string {
  const names: Record<string, string> = {
    string: "text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    object: "a mapping of settings",
    array: "a list",
    null: "nothing",
  };
  return names[kind] ?? kind;
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

/** Settings that name a secret: whatever is written there may be one, and is not echoed. */
function secretPath(path: Key[]): boolean {
  return path[0] === "notify" && (path[2] === "url" || path[2] === "secret");
}

function formatPath(path: Key[]): string {
  return path.reduce<string>(
    (out, key) =>
      typeof key === "number" ? `${out}[${key}]` : out === "" ? String(key) : `${out}.${key}`,
    "",
  );
}

function valueAt(data: unknown, path: Key[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<Key, unknown>)[key];
  }
  return value;
}

/** The YAML node at `path`, or its nearest ancestor that exists (a missing key points at its parent). */
function deepestNode(root: Node | null, path: Key[]): Node | null {
  let node = root;
  for (const key of path) {
    if (!isCollection(node)) return node;
    const child = node.get(key, true) as Node | undefined;
    if (child === undefined || child === null) return node;
    node = child;
  }
  return node;
}

function keyNode(root: Node | null, path: Key[], key: string): Node | null {
  const parent = deepestNode(root, path);
  if (!isMap(parent)) return parent;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  return (pair?.key as Node | undefined) ?? parent;
}

function knownKeys(path: Key[]): string[] {
  let schema: unknown = configSchema;
  for (const key of path) {
    schema = unwrap(schema);
    if (typeof key === "number") {
      schema = (schema as { element?: unknown }).element;
    } else {
      schema = (schema as { shape?: Record<string, unknown> }).shape?.[key];
    }
  }
  const shape = (unwrap(schema) as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : [];
}

/** Steps through default, prefault and nullable wrappers to the object or array inside. */
function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { innerType?: unknown } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}

function suggest(key: string, known: string[]): string {
  if (known.length === 0) return "";
  const close = known.find((k) => k.toLowerCase() === key.toLowerCase().replace(/[-_]/g, ""));
  const list = `expected one of ${known.join(", ")}`;
  return close ? ` (did you mean ${close}? ${list})` : ` (${list})`;
}
