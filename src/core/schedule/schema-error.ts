import type { z } from "zod";
import { fieldHelp } from "./field-help.js";
import { ScheduleInputError } from "./schedule-input-error.js";

/** A value as a person wrote it, short enough for one line. */
export function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * `sessions.4 (#22).estimate`: a path into the file, with the session's id where the path is
 * inside a session, since a person looks a session up by its id.
 */
export function wherePath(data: unknown, path: readonly PropertyKey[]): string {
  const text = path.map(String).join(".");
  if (path[0] !== "sessions" || typeof path[1] !== "number" || path[2] === "id") return text;
  const session = (data as { sessions?: Array<{ id?: unknown }> }).sessions?.[path[1]];
  const id = session?.id;
  if (typeof id !== "string" && typeof id !== "number") return text;
  return [`sessions.${path[1]} (#${id})`, ...path.slice(2).map(String)].join(".");
}

function helpFor(path: readonly PropertyKey[]): { expected: string; fix: string } | undefined {
  const parts = path.map(String);
  for (const [pattern, help] of Object.entries(fieldHelp)) {
    const want = pattern === "" ? [] : pattern.split(".");
    if (want.length === parts.length && want.every((w, i) => w === "*" || w === parts[i]))
      return help;
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The first thing the schema refused, in one line: `file: path: expected …, got …; fix`. Only the
 * first: the next mistakes often follow from it, and a person mends one line at a time.
 */
export function schemaError(file: string, data: unknown, error: z.ZodError): ScheduleInputError {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const help = helpFor(path);
  const expected = help?.expected ?? issue?.message.replace(/^Invalid input: /, "") ?? "";
  const where = path.length ? `${wherePath(data, path)}: ` : "";
  const fix = help ? `; ${help.fix}` : "";
  return new ScheduleInputError(
    `${file}: ${where}expected ${expected}, got ${shown(valueAt(data, path))}${fix}`,
    { cause: error, where: { file, key: path.map(String).join(".") } },
  );
}
