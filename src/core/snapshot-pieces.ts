// A snapshot of 100k issues is a 78 MB file: read whole and parsed with one JSON.parse, the file's
// bytes, its text and the parsed board are all held at once (the text alone is as large as the
// file). This parses it piece by piece instead: the bytes arrive in chunks, each issue of the
// top-level `issues` array is decoded and parsed on its own as soon as its last byte arrives, and
// the rest of the file (its head) is parsed at the end with the array left empty. Only the chunk
// being read and the issue being parsed are ever held as bytes or text.
//
// Anything this does not recognise (not an object at the top, no `issues` array, an element that
// is not an object, a byte out of place) makes it give up and return undefined: the caller then
// parses the whole text with `parseSnapshot`, which says exactly what is wrong and where.

const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const colon = 0x3a;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;
const issuesKey = [0x69, 0x73, 0x73, 0x75, 0x65, 0x73]; // "issues"

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** Splits a snapshot file's bytes into its head and its issues, parsing each issue as it ends. */
class SnapshotPieces {
  /** The head's bytes: everything but the issues array's elements and the commas between them. */
  private readonly head: Uint8Array[] = [];
  /** The bytes of the issue being read, from the chunks before the current one. */
  private element: Uint8Array[] = [];
  private inElement = false;
  readonly issues: unknown[] = [];
  /** Brackets and braces open, the top-level object counting one. */
  private depth = 0;
  private inString = false;
  /** In a string, the last byte was a backslash: the next one is escaped. */
  private escaped = false;
  /** The bytes of the depth-1 string being read (a key, or a short value such as takenAt). */
  private key: number[] = [];
  /** At depth 1, the last string was the key "issues", and only `:` and spaces came since. */
  private afterIssuesKey = false;
  private inIssues = false;
  /** A second "issues" key would replace the first (as JSON.parse reads it): left to JSON.parse. */
  private sawIssues = false;
  /** In the issues array, an issue just ended: a comma or the array's end comes next. */
  private needComma = false;
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  failed = false;

  /** Reads the next bytes; false once it has given up. */
  push(chunk: Uint8Array): boolean {
    // Where this chunk's head bytes not yet kept begin (-1 inside an issue), and its issue's.
    let headFrom = this.inElement ? -1 : 0;
    let elementFrom = this.inElement ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i] as number;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === backslash) this.escaped = true;
        else if (b === quote) {
          this.inString = false;
          if (this.depth === 1) this.afterIssuesKey = sameBytes(this.key, issuesKey);
        }
        if (this.depth === 1) this.key.push(b);
        continue;
      }
      if (isSpace(b)) continue;
      if (this.inIssues && this.depth === 2) {
        // Between two issues: a comma, the array's end, or an issue's opening brace.
        if (b === comma && this.needComma) {
          this.needComma = false;
          this.head.push(copy(chunk, headFrom, i));
          headFrom = i + 1;
        } else if (b === closeBracket && (this.needComma || this.issues.length === 0)) {
          this.inIssues = false;
          this.depth = 1;
        } else if (b === openBrace && !this.needComma) {
          this.head.push(copy(chunk, headFrom, i));
          headFrom = -1;
          elementFrom = i;
          this.inElement = true;
          this.depth = 3;
        } else return this.stop();
        continue;
      }
      if (b === quote) {
        this.inString = true;
        if (this.depth === 1) this.key = [];
      } else if (b === openBrace || b === openBracket) {
        if (b === openBracket && this.depth === 1 && this.afterIssuesKey) {
          if (this.sawIssues) return this.stop();
          this.inIssues = true;
          this.sawIssues = true;
        }
        this.depth += 1;
      } else if (b === closeBrace || b === closeBracket) {
        this.depth -= 1;
        if (this.depth < 0) return this.stop();
        if (this.inIssues && this.depth === 2) {
          this.endElement(chunk, elementFrom, i + 1);
          if (this.failed) return false;
          headFrom = i + 1;
        }
      }
      if (this.depth === 1 && b !== colon && b !== quote) this.afterIssuesKey = false;
    }
    if (this.inElement) this.element.push(copy(chunk, elementFrom, chunk.length));
    else this.head.push(copy(chunk, headFrom, chunk.length));
    return true;
  }

  /** The parsed file, its issues in place; undefined where the bytes are not as expected. */
  end(): unknown {
    if (this.failed || this.depth !== 0 || this.inString) return undefined;
    try {
      const json: unknown = JSON.parse(this.decoder.decode(concat(this.head)));
      if (typeof json !== "object" || json === null || !("issues" in json)) return undefined;
      const { issues } = json;
      if (!Array.isArray(issues) || issues.length > 0) return undefined;
      for (const issue of this.issues) issues.push(issue);
      return json;
    } catch {
      return undefined;
    }
  }

  /** Gives up (see parseSnapshotPieces); false, for `return this.stop()` in `push`. */
  private stop(): false {
    this.failed = true;
    return false;
  }

  /** Parses the issue that ends at chunk[to - 1]. */
  private endElement(chunk: Uint8Array, from: number, to: number): void {
    const last = chunk.subarray(from, to);
    const bytes = this.element.length > 0 ? concat([...this.element, last]) : last;
    this.element = [];
    this.inElement = false;
    this.needComma = true;
    try {
      this.issues.push(JSON.parse(this.decoder.decode(bytes)));
    } catch {
      this.failed = true;
    }
  }
}

const sameBytes = (a: number[], b: number[]) =>
  a.length === b.length && a.every((x, k) => x === b[k]);

/** A copy of chunk[from, to): the caller may reuse the chunk's memory for the next read. */
const copy = (chunk: Uint8Array, from: number, to: number) =>
  new Uint8Array(chunk.subarray(from, to));

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The JSON value of a snapshot file read in `chunks` (each may be reused once consumed), parsed
 * one issue at a time; undefined where the file is not a JSON object with an `issues` array of
 * objects, for the caller to parse whole (and report what is wrong).
 */
export function parseSnapshotPieces(chunks: Iterable<Uint8Array>): unknown {
  const pieces = new SnapshotPieces();
  for (const chunk of chunks) {
    if (!pieces.push(chunk)) return undefined;
  }
  return pieces.end();
}
