import type { Root, TableRow } from "mdast";
import { configJsonSchema } from "../src/config/json-schema.js";

interface JsonSchema {
  type?: string;
  description?: string;
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  items?: JsonSchema;
}

const cell = (value: string) => ({
  type: "tableCell" as const,
  children: [{ type: "inlineCode" as const, value }],
});

/** A default short enough for a table cell; a long one (the lanes) is told in the description. */
function shortDefault(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 0) return "[]";
  if (typeof value === "object" && value !== null && Object.keys(value).length === 0) return "{}";
  const text = JSON.stringify(value);
  return text.length <= 40 ? text : undefined;
}

/**
 * The README's configuration reference: one row per setting, with its default and description,
 * walked from the JSON Schema (so from the zod schema and its descriptions).
 */
export function configReference(): Root {
  const rows: TableRow[] = [];
  const walk = (schema: JsonSchema, path: string, required: boolean) => {
    // Descend into objects, and into an object that may also be null (project); a union of
    // other kinds (votes.eligible) is one setting.
    const nullable = schema.anyOf?.length === 2 && schema.anyOf.some((s) => s.type === "null");
    const object = schema.properties
      ? schema
      : nullable
        ? schema.anyOf?.find((s) => s.properties)
        : undefined;
    if (path) {
      rows.push({
        type: "tableRow",
        children: [
          cell(path),
          "default" in schema && shortDefault(schema.default)
            ? cell(shortDefault(schema.default) as string)
            : {
                type: "tableCell",
                children: [{ type: "text", value: required ? "required" : "" }],
              },
          { type: "tableCell", children: [{ type: "text", value: schema.description ?? "" }] },
        ],
      });
    }
    const items = schema.items?.properties ? schema.items : undefined;
    if (items?.properties) {
      const needed = new Set((items as { required?: string[] }).required ?? []);
      for (const [key, child] of Object.entries(items.properties)) {
        walk(child, `${path}[].${key}`, needed.has(key) && !("default" in child));
      }
    }
    if (object?.properties) {
      const needed = new Set((object as { required?: string[] }).required ?? []);
      for (const [key, child] of Object.entries(object.properties)) {
        walk(child, path ? `${path}.${key}` : key, needed.has(key) && !("default" in child));
      }
    }
  };
  walk(configJsonSchema() as JsonSchema, "", false);
  return {
    type: "root",
    children: [
      {
        type: "table",
        align: ["left", "left", "left"],
        children: [
          {
            type: "tableRow",
            children: ["Setting", "Default", "What it does"].map((h) => ({
              type: "tableCell",
              children: [{ type: "text", value: h }],
            })),
          },
          ...rows,
        ],
      },
    ],
  };
}
