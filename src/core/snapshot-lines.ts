// `serializeSnapshot` writes a snapshot as JSON laid out one issue per line:
//
//   {"version":1,"repository":"acme/board","takenAt":"…","issues":[
//   {"number":1,…},
//   {"number":2,…}
//   ]}
//
// It is one JSON document (JSON.parse reads it whole, as it reads older, indented files), and a
// reader that knows the layout finds each issue by its line end: a byte search done by the
// runtime, where snapshot-pieces.ts must look at every byte in JavaScript to find where an issue
// ends. A JSON string cannot hold a raw line break, so no line break is ever inside a value.
//
// Version 2 (snapshot-v2.ts) has the same layout, each issue an array instead of an object.
//
// `parseSnapshotLines` reads that layout only; for anything else (an indented file, a line that
// is not one issue) it returns undefined, and the caller reads the file the general way.

const newline = 0x0a;
const issuesOpen = ',"issues":[';

/** The text of a version-1 snapshot file, one issue per line. */
export function snapshotLines(snapshot: { issues: unknown[] }): string {
  const { issues, ...head } = snapshot;
  const top = JSON.stringify({ version: 1, ...head });
  const lines = [`${top.slice(0, -1)}${issuesOpen}`];
  for (let i = 0; i < issues.length; i++) {
    lines.push(JSON.stringify(issues[i]) + (i < issues.length - 1 ? "," : ""));
  }
  lines.push("]}", "");
  return lines.join("\n");
}

/**
 * What becomes of each issue's parsed JSON, given its index among the issues and its line (the
 * first line is 1): version 2 reads its arrays against its first line's tables as it goes.
 */
export type ReadIssue = (json: unknown, index: number, line: number) => unknown;

/** Reads the lines of a file laid out by `snapshotLines`, one at a time. */
class SnapshotLines {
  private head: Record<string, unknown> | undefined;
  private readIssue: ReadIssue | undefined;
  readonly issues: unknown[] = [];
  private lineNumber = 0;

  constructor(private readonly reader?: (head: Record<string, unknown>) => ReadIssue | undefined) {}
  private ended = false;
  /** The last issue's line had no comma: only the closing line may follow. */
  private lastIssue = false;
  failed = false;

  line(text: string): void {
    this.lineNumber += 1;
    if (this.failed) return;
    if (this.ended) {
      if (text !== "") this.failed = true;
    } else if (this.head === undefined) {
      this.readHead(text);
    } else if (text === "]}") {
      this.ended = true;
    } else if (this.lastIssue) {
      this.failed = true;
    } else {
      const comma = text.endsWith(",");
      this.lastIssue = !comma;
      // An issue is an object (an array in version 2): `{` or `[` first rules out a line that is
      // a value of another kind.
      if (text[0] !== "{" && text[0] !== "[") this.failed = true;
      else this.parse(comma ? text.slice(0, -1) : text);
    }
  }

  private readHead(text: string): void {
    if (text[0] !== "{" || !text.endsWith(issuesOpen)) {
      this.failed = true;
      return;
    }
    try {
      // An "issues" key earlier in the head is replaced by the last one, as JSON.parse does.
      this.head = JSON.parse(`${text}]}`) as Record<string, unknown>;
    } catch {
      this.failed = true;
      return;
    }
    this.readIssue = this.reader?.(this.head);
  }

  private parse(text: string): void {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      this.failed = true;
      return;
    }
    // Outside the try: what `readIssue` finds wrong with an issue is the caller's to say.
    const read = this.readIssue;
    this.issues.push(read ? read(json, this.issues.length, this.lineNumber) : json);
  }

  end(): unknown {
    if (this.failed || !this.ended || !this.head) return undefined;
    this.head.issues = this.issues;
    return this.head;
  }
}

/**
 * The JSON value of a snapshot file laid out one issue per line (see `snapshotLines`), read in
 * `chunks` (each may be reused once consumed); undefined where the file is laid out otherwise.
 * `readerFor`, given the first line's JSON, may say what to make of each issue's JSON instead.
 */
export function parseSnapshotLines(
  chunks: Iterable<Uint8Array>,
  readerFor?: (head: Record<string, unknown>) => ReadIssue | undefined,
): unknown {
  const reader = new SnapshotLines(readerFor);
  // Each chunk is decoded up to and with its last line break: a line break is never part of a
  // character's bytes, so each piece decoded is whole characters, and the decoder needs no stream
  // state (a streaming decode cost a quarter more). No chunk is copied but the few bytes of a line
  // begun in one chunk and ended in a later one, and the text is never joined into one string:
  // slicing lines out of a joined string costs a copy of it per line.
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  /** The bytes of a line whose end is in a later chunk. */
  let carry: Uint8Array = new Uint8Array(0);
  for (const chunk of chunks) {
    const last = chunk.lastIndexOf(newline);
    if (last < 0) {
      // Copied when it is the whole carry: the chunk's buffer may be reused for the next.
      carry = carry.length === 0 ? chunk.slice() : joined(carry, chunk);
      continue;
    }
    const first = chunk.indexOf(newline);
    reader.line(decoder.decode(joined(carry, chunk.subarray(0, first))));
    if (first < last) {
      const text = decoder.decode(chunk.subarray(first + 1, last + 1));
      let from = 0;
      for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", from)) {
        reader.line(text.slice(from, at));
        from = at + 1;
      }
    }
    if (reader.failed) return undefined;
    // A copy: the chunk's buffer may be reused for the next.
    carry = chunk.slice(last + 1);
  }
  reader.line(decoder.decode(carry));
  return reader.end();
}

/** Two runs of bytes as one (the second alone when the first is empty). */
function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
