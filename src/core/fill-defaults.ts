/**
 * Gives `target` (JSON as parsed) every value that `checked` (what a zod schema made of it) holds
 * and `target` lacks, at any depth: the schema's defaults. `target` is then as the schema's
 * output but for keys the schema would drop, without a second copy of a large file held at once.
 * Only for values the schema does not transform (zod copies them unchanged, so they match).
 */
export function fillDefaults(target: unknown, checked: unknown): void {
  if (Array.isArray(target) && Array.isArray(checked)) {
    for (let i = 0; i < checked.length; i++) fillDefaults(target[i], checked[i]);
  } else if (isRecord(target) && isRecord(checked)) {
    for (const key of Object.keys(checked)) {
      if (target[key] === undefined) target[key] = checked[key];
      else fillDefaults(target[key], checked[key]);
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
