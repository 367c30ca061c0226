import { parseTemplate } from "@github/issue-parser";

const templates = new Map<string, Map<string, string>>();

/** Field ids by label, read once per template with the library's `parseTemplate`. */
function fieldIds(template: string): Map<string, string> {
  let ids = templates.get(template);
  if (!ids) {
    ids = new Map(Object.entries(parseTemplate(template)).map(([id, field]) => [field.label, id]));
    templates.set(template, ids);
  }
  return ids;
}

/**
 * The raw answer of each field of an issue form, by field id, in one pass over the lines. GitHub
 * writes each answer under a heading line `### <label>`. The body is not split with the library's
 * `parseIssue`, which parses the template's YAML again on every call (0.5 ms an issue) and splits
 * with a regular expression that takes seconds on a hostile 64 KB body of `#`. As in the library,
 * text before the first form heading is dropped, and a heading that is not the form's stays in
 * the answer it stands in; Roundtable's own managed regions are skipped. A test holds the two ways
 * equal on form bodies.
 */
export function readForm(body: string, template: string): Map<string, string> {
  const ids = fieldIds(template);
  const answers = new Map<string, string>();
  let field: string | undefined;
  let lines: string[] = [];
  let managed = false;
  const close = () => {
    if (field !== undefined) answers.set(field, lines.join("\n").trim());
  };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    // What Roundtable keeps in an issue's body (a meeting's participants) is not an answer.
    if (line.startsWith("<!-- roundtable:begin ")) managed = true;
    if (managed) {
      if (line.startsWith("<!-- roundtable:end ")) managed = false;
      continue;
    }
    const id = line.startsWith("###") ? ids.get(line.slice(3).trim()) : undefined;
    if (id !== undefined) {
      close();
      field = id;
      lines = [];
    } else if (field !== undefined) {
      lines.push(line);
    }
  }
  close();
  return answers;
}

/** What GitHub writes for a field left empty: `_No response_`, or `None` for a dropdown. */
export function isEmptyResponse(value: string): boolean {
  const v = value.trim().toLowerCase();
  return v === "" || v === "_no response_" || v === "none";
}

/** An answer, or "" when the field was left empty. */
export function answer(answers: Map<string, string>, id: string): string {
  const value = answers.get(id) ?? "";
  return isEmptyResponse(value) ? "" : value;
}
