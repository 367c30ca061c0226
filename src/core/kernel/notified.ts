/**
 * Which notifications of a meeting were sent, as a hidden line in the meeting's region of its
 * issue body: the region is the record the bot keeps of the meeting, rewritten by every plan that
 * changes it, so the keys of a plan's notices are written in the same plan as its other changes,
 * before the notices go out. A redelivered event, a retried job or a second instance reads the
 * keys back and plans no notice twice. The region is the bot's part of the body: someone who
 * edits keys into it can only silence a notice, never send one.
 */
const pattern = /<!-- roundtable:notified (\[.*?\]) -->/;

/** The keys recorded in a meeting issue's body. */
export function notifiedIn(body: string): Set<string> {
  const match = pattern.exec(body);
  if (!match) return new Set();
  try {
    const keys: unknown = JSON.parse(match[1] as string);
    return new Set(Array.isArray(keys) ? keys.filter((k) => typeof k === "string") : []);
  } catch {
    return new Set();
  }
}

/** The hidden line recording `keys` (JSON with `<` and `>` escaped, so it never ends the comment). */
export function notifiedLine(keys: Iterable<string>): string {
  const json = JSON.stringify([...new Set(keys)].sort())
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/--/g, "-\\u002d");
  return `<!-- roundtable:notified ${json} -->`;
}
