import { cut, visibleText } from "../text/safe-text.js";

/**
 * Text every Mermaid diagram can hold as a label, whatever its grammar. Mermaid reads some syntax
 * anywhere in a diagram's text, before any diagram's own parser: `%%{…}%%` is a directive that
 * changes the diagram's settings, and `#name;` is an entity (`#35;` is a `#`). So runs of `%`
 * become one, `;` becomes a comma; quotes, backticks (Markdown strings) and angle brackets (`<br>`
 * and HTML) go; and the hygiene of every title applies. Each diagram's module then quotes or
 * prefixes the label the way its grammar needs.
 */
export function mermaidLabel(value: string, max: number): string {
  const flat = visibleText(value)
    .replace(/%+/g, "%")
    .replace(/;/g, ",")
    .replace(/["`<>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return cut(flat, max);
}
