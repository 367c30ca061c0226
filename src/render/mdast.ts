import type {
  AlignType,
  Code,
  Heading,
  Link,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Table,
  TableCell,
  Text,
} from "mdast";

/** Small typed builders, so page code reads as the page it makes. */
export const text = (value: string): Text => ({ type: "text", value });

export const link = (url: string, children: PhrasingContent[] | string): Link => ({
  type: "link",
  url,
  children: typeof children === "string" ? [text(children)] : children,
});

export const inlineCode = (value: string): PhrasingContent => ({ type: "inlineCode", value });

export const emphasis = (value: string): PhrasingContent => ({
  type: "emphasis",
  children: [text(value)],
});

export const strong = (value: string): PhrasingContent => ({
  type: "strong",
  children: [text(value)],
});

export const paragraph = (...children: Array<PhrasingContent | string>): Paragraph => ({
  type: "paragraph",
  children: children.map((c) => (typeof c === "string" ? text(c) : c)),
});

export const heading = (depth: 1 | 2 | 3, value: string): Heading => ({
  type: "heading",
  depth,
  children: [text(value)],
});

export const code = (lang: string, value: string): Code => ({ type: "code", lang, value });

export const list = (items: Array<Array<PhrasingContent | string>>, ordered = false): List => ({
  type: "list",
  ordered,
  ...(ordered ? { start: 1 } : {}),
  spread: false,
  children: items.map(
    (item): ListItem => ({ type: "listItem", spread: false, children: [paragraph(...item)] }),
  ),
});

export type Cell = PhrasingContent[] | string;

export const table = (align: AlignType[], header: string[], rows: Cell[][]): Table => ({
  type: "table",
  align,
  children: [header, ...rows].map((row) => ({
    type: "tableRow",
    children: row.map(
      (cell): TableCell => ({
        type: "tableCell",
        children: typeof cell === "string" ? [text(cell)] : cell,
      }),
    ),
  })),
});
