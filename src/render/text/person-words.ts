import type {
  BlockContent,
  Definition,
  List,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  RootContent,
} from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import { cutText } from "../../core/cut-text.js";
import { paragraph, text } from "../mdast.js";
import { defused, maxDepth } from "./defused-markdown.js";
import { unlinked, withoutInvisible } from "./safe-text.js";

/**
 * The most of a person's text that is read at all, in characters: the longest text a page shows
 * (1,000 characters) and its Markdown, and small enough that the slowest shapes of Markdown parse
 * in tens of milliseconds (`npm run bench`). Read whole, micromark takes a minute on 16 KB of `**`
 * and overflows its stack on 8 KB of `>`.
 */
export const maxSource = 1024;

/** GitHub's Markdown: CommonMark and its extensions (tables, task lists, autolinks, footnotes). */
const github = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

/** Code blocks in these languages are drawn by GitHub (diagrams, maps, models): shown as code. */
const drawn = new Set(["mermaid", "geojson", "topojson", "stl", "math"]);

/**
 * What a person wrote (a retro answer, an outcome, a takeaway, a check-in reflection), shown as
 * they wrote it and safe to quote on a page or in a bot comment: parsed as GitHub Markdown, then
 * rebuilt keeping emphasis, strong, strikethrough, code, line breaks, lists (task lists too),
 * quotes and links to web or mail addresses. What could act on the page or its readers is shown
 * as harmless text: raw HTML as its source, an image as its alt text, a heading as a paragraph,
 * a footnote as `[^1]`, `@login` without its ping. At most `max` characters of text are shown.
 */
export function personBlocks(markdown: string, max = 1000): BlockContent[] {
  const tree = fromMarkdown(defused(withoutInvisible(cutText(markdown, maxSource))), github);
  const definitions = new Map<string, Definition>();
  for (const node of tree.children)
    if (node.type === "definition") definitions.set(node.identifier, node);
  const reader = new Reader(max, definitions);
  return reader.blocks(tree.children, 0);
}

/**
 * The same words on one line, for a table cell or a line of a log: blocks run on, separated by
 * spaces, and list items start with a dash (a task with its box).
 */
export function personInline(markdown: string, max = 300): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const add = (nodes: PhrasingContent[]) => {
    if (nodes.length === 0) return;
    if (out.length > 0) out.push(text(" "));
    out.push(...nodes.map((n) => (n.type === "break" ? text(" ") : n)));
  };
  const walk = (blocks: Array<BlockContent | ListItem>) => {
    for (const block of blocks) {
      if (block.type === "paragraph") add(block.children);
      else if (block.type === "code") add([{ type: "inlineCode", value: block.value }]);
      else if (block.type === "blockquote") walk(block.children as BlockContent[]);
      else if (block.type === "list") walk(block.children);
      else if (block.type === "listItem") {
        add([text(block.checked === true ? "☑" : block.checked === false ? "☐" : "–")]);
        walk(block.children as BlockContent[]);
      }
    }
  };
  walk(personBlocks(markdown, max));
  return out;
}

/**
 * A list item that quotes a person: `lead`, their first paragraph and `tail` on the item's first
 * line, joined by " · " (`👍 4 · what they said · who · comment`), and the rest of what they wrote
 * below it.
 */
export function quotedItem(
  lead: PhrasingContent[],
  words: BlockContent[],
  tail: PhrasingContent[],
  afterLead = " · ",
): ListItem {
  const [first, ...rest] = words;
  const said = first?.type === "paragraph" ? first.children : [];
  const parts = [lead, said, tail].filter((p) => p.length > 0);
  const line = paragraph(
    ...parts.flatMap((p, i) =>
      i === 0 ? p : [text(i === 1 && p === said && lead.length > 0 ? afterLead : " · "), ...p],
    ),
  );
  return {
    type: "listItem",
    spread: false,
    children: first?.type === "paragraph" ? [line, ...rest] : [line, ...words],
  };
}

class Reader {
  constructor(
    private left: number,
    private readonly definitions: Map<string, Definition>,
  ) {}

  private cutShown = false;

  blocks(nodes: RootContent[], depth: number): BlockContent[] {
    const out: BlockContent[] = [];
    for (const node of nodes) {
      if (this.left <= 0) break;
      out.push(...this.block(node, depth));
    }
    return out;
  }

  private block(node: RootContent, depth: number): BlockContent[] {
    if (depth >= maxDepth && "children" in node) return this.flat(node);
    switch (node.type) {
      case "paragraph":
      case "heading":
        return this.para(this.phrasing(node.children, depth + 1));
      case "blockquote":
        return [{ type: "blockquote", children: this.blocks(node.children, depth + 1) }];
      case "list":
        return [this.list(node, depth)];
      case "code": {
        const lang = node.lang && /^[\w+#.-]{1,20}$/.test(node.lang) ? node.lang : null;
        return [
          {
            type: "code",
            lang: lang && !drawn.has(lang.toLowerCase()) ? lang : null,
            value: noMarker(this.take(node.value)),
          },
        ];
      }
      case "html":
        return this.para([text(this.take(unlinked(node.value)))]);
      case "table":
        return node.children.flatMap((row) =>
          this.para(
            row.children.flatMap((cell, i) => [
              ...(i > 0 ? [text(" · ")] : []),
              ...this.phrasing(cell.children, depth + 1),
            ]),
          ),
        );
      case "footnoteDefinition": {
        const [first, ...rest] = this.blocks(node.children, depth + 1);
        const label = text(`[^${node.label ?? node.identifier}]: `);
        return first?.type === "paragraph"
          ? [paragraph(label, ...first.children), ...rest]
          : [paragraph(label), ...(first ? [first] : []), ...rest];
      }
      default:
        // Definitions are used by the links that refer to them; rules and the rest say nothing.
        return [];
    }
  }

  /** A list as it was, ordered or not, with its check boxes; items past the budget are left out. */
  private list(node: List, depth: number): List {
    return {
      type: "list",
      ordered: node.ordered === true,
      ...(node.ordered ? { start: node.start ?? 1 } : {}),
      spread: false,
      children: node.children.flatMap((item): ListItem[] =>
        this.left <= 0
          ? []
          : [
              {
                type: "listItem",
                spread: false,
                ...(typeof item.checked === "boolean" ? { checked: item.checked } : {}),
                children: this.blocks(item.children, depth + 1),
              },
            ],
      ),
    };
  }

  private phrasing(nodes: PhrasingContent[], depth: number): PhrasingContent[] {
    const out: PhrasingContent[] = [];
    for (const node of nodes) {
      if (this.left <= 0) {
        if (!this.cutShown) out.push(text("…"));
        this.cutShown = true;
        break;
      }
      out.push(...this.inline(node, depth));
    }
    return out;
  }

  private inline(node: PhrasingContent, depth: number): PhrasingContent[] {
    if (depth >= maxDepth && "children" in node) return [text(this.take(flatText(node)))];
    switch (node.type) {
      case "text":
        return [text(unlinked(this.take(node.value)))];
      case "emphasis":
      case "strong":
      case "delete":
        return [{ type: node.type, children: this.phrasing(node.children, depth + 1) }];
      case "inlineCode":
        return [{ type: "inlineCode", value: noMarker(this.take(node.value)) }];
      case "break":
        return [node];
      case "link":
        return this.linkTo(node.url, node.children, depth);
      case "linkReference": {
        const definition = this.definitions.get(node.identifier);
        return definition
          ? this.linkTo(definition.url, node.children, depth)
          : this.phrasing(node.children, depth + 1);
      }
      case "image":
      case "imageReference":
        return node.alt ? [text(unlinked(this.take(node.alt)))] : [];
      case "html":
        return [text(unlinked(this.take(node.value)))];
      case "footnoteReference":
        return [text(`[^${node.label ?? node.identifier}]`)];
      default:
        return [];
    }
  }

  /** A link to a web or mail address stays a link; any other (`javascript:`, relative) is text. */
  private linkTo(url: string, children: PhrasingContent[], depth: number): PhrasingContent[] {
    const inner = this.phrasing(children, depth + 1);
    let protocol = "";
    try {
      protocol = new URL(url).protocol;
    } catch {
      return inner;
    }
    return ["http:", "https:", "mailto:"].includes(protocol)
      ? [{ type: "link", url, children: inner }]
      : inner;
  }

  private para(children: PhrasingContent[]): Paragraph[] {
    return children.length === 0 ? [] : [paragraph(...children)];
  }

  private flat(node: Nodes): BlockContent[] {
    return this.para([text(unlinked(this.take(flatText(node))))]);
  }

  /** Takes what is left of the budget from `value`, and an ellipsis where it ran out. */
  private take(value: string): string {
    if (value.length <= this.left) {
      this.left -= value.length;
      return value;
    }
    // Whole graphemes: no half of a flag, an emoji sequence or a letter with its accent.
    const kept = cutText(value, Math.max(0, this.left));
    this.left = 0;
    this.cutShown = true;
    return `${kept.trimEnd()}…`;
  }
}

/** The text of a tree, read without recursion: a tree past `maxDepth` can be as deep as it likes. */
function flatText(node: Nodes): string {
  const out: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if ("value" in n && typeof n.value === "string") out.push(n.value);
    else if ("alt" in n && typeof n.alt === "string") out.push(n.alt);
    if (n.type === "paragraph" || n.type === "listItem") stack.push({ type: "text", value: " " });
    if ("children" in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out.join("").replace(/\s+/g, " ").trim();
}

/**
 * A line of code that reads like one of Roundtable's markers would end the managed region on the
 * next run: a word joiner after its `<` keeps the code readable and the marker a quote.
 */
function noMarker(value: string): string {
  return value.replace(/<!--/g, "<\u2060!--");
}
