import fc from "fast-check";
import type { PhrasingContent, Root, TableCell } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { describe, expect, it } from "vitest";
import { toMarkdown } from "../../src/render/to-markdown.js";

/** The serialiser as the library writes tables, every cell through its own phrasing handlers. */
const library = remark().use(remarkGfm, { tablePipeAlign: false }).data("settings", {
  bullet: "-",
  emphasis: "_",
  strong: "*",
  fences: true,
  incrementListMarker: true,
  listItemIndent: "one",
  rule: "-",
});

// Plain characters and each one the serialiser may escape, so both of toMarkdown's ways are met.
const characters = [
  ..."aZ09 ,;?%'\"/()+=#$^{}:-\u00a0é█–·…→*_[]&<>|!@.~\\`\n\tw",
  "ps://",
  "](",
  "&amp",
];
const phrase = fc.array(fc.constantFrom(...characters), { maxLength: 8 }).map((c) => c.join(""));
const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 :,-]{0,6}[A-Za-z0-9]$/);
const url = fc.oneof(
  fc.constant("https://github.com/acme/board/issues/7"),
  fc.constant("https://github.com/person-1"),
  phrase.map((p) => `https://example.com/${p}`),
);
const textNode = (value: string): PhrasingContent => ({ type: "text", value });
const linkNode = (url: string, value: string): PhrasingContent => ({
  type: "link",
  url,
  children: [{ type: "text", value }],
});
const phrasing: fc.Arbitrary<PhrasingContent> = fc.oneof(
  word.map((value) => textNode(` ${value}`)),
  phrase.map(textNode),
  fc.tuple(url, fc.oneof(phrase, word)).map(([u, value]) => linkNode(u, value)),
  url.map((u) => linkNode(u, u)),
  fc
    .oneof(phrase, fc.constant("██░░ 20"))
    .map((value): PhrasingContent => ({ type: "inlineCode", value })),
);
const cell: fc.Arbitrary<TableCell> = fc.oneof(
  fc
    .array(
      fc.oneof(
        word.map((value) => textNode(` ${value}`)),
        word.map((value) => linkNode("https://github.com/acme/board/issues/7", value)),
      ),
      { maxLength: 2 },
    )
    .map((children): TableCell => ({ type: "tableCell", children })),
  fc
    .array(phrasing, { maxLength: 3 })
    .map((children): TableCell => ({ type: "tableCell", children })),
  fc.tuple(fc.constantFrom("strong" as const, "emphasis" as const), fc.oneof(word, phrase)).map(
    ([type, value]): TableCell => ({
      type: "tableCell",
      children: [{ type, children: [{ type: "text", value }] }],
    }),
  ),
);
const tree = fc
  .tuple(
    fc.integer({ min: 1, max: 4 }),
    fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(
    ([columns, cells, even]): Root => ({
      type: "root",
      children: [
        { type: "paragraph", children: [{ type: "text", value: "Before" }] },
        {
          type: "table",
          align: Array.from(
            { length: columns },
            (_, i) => (["left", "right", null, "center"] as const)[i] ?? null,
          ),
          // Rows of as many cells as columns (as pages make them), or of any number.
          children: cells.map((row) => ({
            type: "tableRow",
            children: even
              ? Array.from(
                  { length: columns },
                  (_, i) => row[i] ?? { type: "tableCell", children: [] },
                )
              : row,
          })),
        },
      ],
    }),
  );

describe("Markdown tables", () => {
  it("are written byte for byte as the library writes them, plain cells or not", () => {
    fc.assert(
      fc.property(tree, (root) => {
        expect(toMarkdown(root)).toBe(library.stringify(root));
      }),
      { numRuns: 1000 },
    );
  });

  it("escapes what the library escapes in text that looks plain: addresses, a heading's #, a list's dash", () => {
    const tricky = ["w.x", "a www.x b", "p:/", "https://x", "a@b.c", "x.y", ".x", "x:", "## x"];
    tricky.push("- x", "1. x", "a  b", " a", "a ", "Topic 1: on-call?", "– · …", "(a)", "a](b");
    for (const value of tricky) {
      const cells: TableCell[] = [
        { type: "tableCell", children: [textNode(value)] },
        {
          type: "tableCell",
          children: [linkNode("https://github.com/acme/board/issues/7", value)],
        },
        { type: "tableCell", children: [textNode("w"), textNode(value), textNode(":")] },
        { type: "tableCell", children: [{ type: "strong", children: [textNode(value)] }] },
      ];
      const root: Root = {
        type: "root",
        children: [
          {
            type: "table",
            align: ["left", null, "right", "center"],
            children: [{ type: "tableRow", children: cells }],
          },
        ],
      };
      expect(toMarkdown(root), value).toBe(library.stringify(root));
    }
  });

  it("a large table's plain rows read as GFM rows: a title's link, a login, code and a count", () => {
    const row = (n: number): TableCell[] => [
      {
        type: "tableCell",
        children: [
          {
            type: "link",
            url: `https://github.com/acme/board/issues/${n}`,
            children: [{ type: "text", value: `Topic ${n}: on-call?` }],
          },
          { type: "text", value: ` #${n}` },
        ],
      },
      {
        type: "tableCell",
        children: [{ type: "strong", children: [{ type: "text", value: "At risk" }] }],
      },
      {
        type: "tableCell",
        children: [
          { type: "inlineCode", value: "██░░" },
          { type: "text", value: " 20%" },
        ],
      },
    ];
    const root: Root = {
      type: "root",
      children: [
        {
          type: "table",
          align: ["left", "left", "right"],
          children: [1, 2].map((n) => ({ type: "tableRow", children: row(n) })),
        },
      ],
    };
    expect(toMarkdown(root)).toBe(
      [
        "| [Topic 1: on-call?](https://github.com/acme/board/issues/1) #1 | **At risk** | `██░░` 20% |",
        "| :- | :- | -: |",
        "| [Topic 2: on-call?](https://github.com/acme/board/issues/2) #2 | **At risk** | `██░░` 20% |",
        "",
      ].join("\n"),
    );
  });
});
