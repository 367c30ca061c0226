import type { Parents, PhrasingContent, Root, Table, TableCell, Text } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import type { Handle, Info, State } from "mdast-util-to-markdown";
import { remark } from "remark";
import remarkGfm from "remark-gfm";

/** A state's unsafe patterns by their character, and the states made for each subset of them. */
interface Unsafe {
  /** The patterns' characters, each once. */
  characters: string[];
  /** For each pattern, the index of its character in `characters`. */
  characterOf: number[];
  /** States that see only the patterns whose characters a text holds, by which ones it holds. */
  narrowed: Map<string, State>;
}

const unsafeOf = new WeakMap<State, Unsafe>();

/**
 * Text as mdast-util-to-markdown writes it, escaped in the same way, faster. Its `safe` runs each
 * of its ~60 patterns of unsafe characters over every text (most of the time a page of 100k issues
 * takes); a pattern can only match where its one character occurs, in the text or the characters
 * beside it that `safe` looks at, so the patterns whose character does not occur there are left
 * out before `safe` runs: the same escapes, from a few patterns instead of all of them. The rest is
 * the library's own text handler. Which characters occur is looked up once per distinct
 * character (about 20), and the state that sees only their patterns is made once per page for
 * each combination met.
 */
function text(node: Text, parent: Parents | undefined, state: State, info: Info): string {
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1] as number;
  const config = { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] };
  const around = (config.before ?? "") + node.value + (config.after ?? "");
  let unsafe = unsafeOf.get(state);
  if (!unsafe) {
    const characters = [...new Set(state.unsafe.map((pattern) => pattern.character))];
    const characterOf = state.unsafe.map((pattern) => characters.indexOf(pattern.character));
    unsafe = { characters, characterOf, narrowed: new Map() };
    unsafeOf.set(state, unsafe);
  }
  let held = "";
  for (const character of unsafe.characters) held += around.includes(character) ? "1" : "0";
  let narrowed = unsafe.narrowed.get(held);
  if (!narrowed) {
    const { characterOf } = unsafe;
    const patterns = state.unsafe.filter((_, k) => held[characterOf[k] as number] === "1");
    // `safe` reads its patterns from the state it is called on; the rest (the stack of
    // constructs) it reads through to the page's state as it stands at each call.
    narrowed = Object.assign(Object.create(state) as State, { unsafe: patterns });
    unsafe.narrowed.set(held, narrowed);
  }
  return state.safe.call(narrowed, node.value, config);
}

/**
 * Text that the serialiser writes as it is in a table cell, wherever it stands: no character that
 * any of its escaping patterns looks for (`*`, `_`, `[`, `&`, `<`, `|`, `!`, `@`, `~`, the
 * backslash, line breaks…); those it looks for only at a line's start (`#`, `-`, `+`, `=`: a cell
 * never starts a line); and those it looks for beside certain others only where those are not
 * beside them (`:` before `/`, `.` after `w`, as in an address, `(` after `]`). Letters, dashes,
 * quotes, arrows and blocks beyond ASCII are in no pattern.
 */
const plainText =
  /^[A-Za-z0-9 ,;?%'"/()+=#$^{}:.\-\u00a0-\u024f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u25ff]*$/;
const isPlain = (value: string) =>
  plainText.test(value) &&
  !value.includes(":/") &&
  !value.endsWith(":") &&
  !/[Ww]\./.test(value) &&
  !value.startsWith(".");
/** An address the serialiser writes as it is: no space, `&`, parenthesis, angle bracket. */
const plainUrl = /^https?:\/\/[A-Za-z0-9\-._~/?#%=+:,;]*$/;
/** What strong and emphasis may hold for their markers to stand as written: a word at each end. */
const plainWord = /^[A-Za-z0-9](?:.*[A-Za-z0-9])?$/;

/** One phrasing node of a plain cell, as the serialiser writes it; undefined if not plain. */
function plainPhrasing(node: PhrasingContent): string | undefined {
  if (node.type === "text") return isPlain(node.value) ? node.value : undefined;
  if (node.type === "link") {
    const [label, ...rest] = node.children;
    if (rest.length > 0 || label?.type !== "text" || node.title || !plainUrl.test(node.url))
      return undefined;
    // A link whose text is its address is written as an autolink: left to the serialiser.
    if (!isPlain(label.value) || label.value === node.url) return undefined;
    return `[${label.value}](${node.url})`;
  }
  if (node.type === "inlineCode") {
    const ok = /^[^`|\r\n\\ ](?:[^`|\r\n\\]*[^`|\r\n\\ ])?$/.test(node.value);
    return ok ? `\`${node.value}\`` : undefined;
  }
  return undefined;
}

/**
 * A table cell as the serialiser writes it, when it is plain: text, links and code as above, or
 * strong or emphasis alone around a plain phrase. Undefined for anything else, which the
 * serialiser writes itself.
 */
function plainCell(cell: TableCell): string | undefined {
  const [only] = cell.children;
  if (cell.children.length === 1 && (only?.type === "strong" || only?.type === "emphasis")) {
    const [inner, ...rest] = only.children;
    if (rest.length > 0 || inner?.type !== "text") return undefined;
    if (!isPlain(inner.value) || !plainWord.test(inner.value)) return undefined;
    const marker = only.type === "strong" ? "**" : "_";
    return `${marker}${inner.value}${marker}`;
  }
  let out = "";
  for (const node of cell.children) {
    const written = plainPhrasing(node);
    if (written === undefined) return undefined;
    out += written;
  }
  return out;
}

/** GFM's table handler, with the page's setting (no padding to align the pipes). */
const gfmTable = (gfmToMarkdown({ tablePipeAlign: false }).extensions ?? []).flatMap(
  (extension) => extension.handlers?.table ?? [],
)[0] as Handle;

/** The delimiter row's cell for each alignment, as GFM writes it without padding to align. */
const delimiter = { left: ":-", right: "-:", center: ":-:" } as const;

/**
 * Tables as GFM writes them, faster. A plain cell (see `plainCell`; most of a large page's: a
 * title's link, a login, a count) is written here as GFM would write it; a table of plain cells is
 * written here whole, and in any other each plain cell is handed to GFM's table handler as raw
 * text and GFM writes the rest. Writing 6,000 rows cell by cell through the serialiser's phrasing
 * machinery was an eighth of rendering a board of 100k issues.
 */
function table(node: Table, parent: Parents | undefined, state: State, info: Info): string {
  const columns = node.align?.length ?? 0;
  const written = node.children.map((row) => row.children.map(plainCell));
  const whole =
    columns > 0 &&
    written.length > 0 &&
    written.every((row) => row.length === columns && row.every((cell) => cell !== undefined));
  if (whole) {
    // GFM pads each cell with a space on either side; an empty cell is one space.
    const line = (cells: Array<string | undefined>) =>
      `|${cells.map((cell) => (cell ? ` ${cell} ` : " ")).join("|")}|`;
    const align = (node.align ?? []).map((a) => (a ? delimiter[a] : "-"));
    return [line(written[0] ?? []), line(align), ...written.slice(1).map(line)].join("\n");
  }
  const rows = node.children.map((row, r) => ({
    ...row,
    children: row.children.map((cell, c): TableCell => {
      const value = written[r]?.[c];
      return value === undefined
        ? cell
        : { type: "tableCell", children: [{ type: "html", value }] };
    }),
  }));
  return gfmTable({ ...node, children: rows }, parent, state, info);
}

/**
 * The one serialisation setting for every page and comment. Tables are not padded: a longer title
 * must change one row of a page, not every row, so that commits stay small and readable.
 */
const processor = remark().use(remarkGfm, { tablePipeAlign: false }).data("settings", {
  bullet: "-",
  emphasis: "_",
  strong: "*",
  fences: true,
  incrementListMarker: true,
  listItemIndent: "one",
  rule: "-",
  handlers: { text, table },
});

export function toMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
