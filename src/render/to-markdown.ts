import type { Parents, Root, Text } from "mdast";
import type { Info, State } from "mdast-util-to-markdown";
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
  handlers: { text },
});

export function toMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
