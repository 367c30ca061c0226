import fc from "fast-check";
import type { Root } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { personBlocks, personInline, safeText, toMarkdown } from "../../src/render/index.js";

const show = (md: string, max?: number) =>
  toMarkdown({ type: "root", children: personBlocks(md, max) });
const line = (md: string, max?: number) =>
  toMarkdown({ type: "root", children: [{ type: "paragraph", children: personInline(md, max) }] });
const parse = (md: string): Root => remark().use(remarkGfm).parse(md);

describe("people's words", { timeout: 60_000 }, () => {
  it("keep their emphasis, code, links, lists and task lists", () => {
    expect(
      show("we never got to **hiring**, _twice_, `ever`: see [the notes](https://example.com/n)"),
    ).toBe("we never got to **hiring**, _twice_, `ever`: see [the notes](https://example.com/n)\n");
    expect(show("no time\n- [ ] put action items first\n- [x] vote\n\n1. one\n2. two")).toBe(
      "no time\n\n- [ ] put action items first\n- [x] vote\n\n1. one\n2. two\n",
    );
    expect(show("~~gone~~ and a line  \nbreak")).toBe("~~gone~~ and a line\\\nbreak\n");
  });

  it("show raw HTML as its text, an image as its alt text, a heading as a paragraph", () => {
    expect(show("<img src=x onerror=alert(1)> hi <b>there</b>")).toBe(
      "\\<img src=x onerror=alert(1)> hi \\<b>there\\</b>\n",
    );
    expect(show("![a chart](https://evil.example/p.png)")).toBe("a chart\n");
    expect(show("# Big\n\ntext")).toBe("Big\n\ntext\n");
    expect(show("<details>\n<summary>x</summary>\n</details>")).toBe(
      "\\<details>\n\\<summary>x\\</summary>\n\\</details>\n",
    );
  });

  it("ping no one, hide nothing, and link only to web and mail addresses", () => {
    expect(show("thanks @maya-chen and @acme/leads")).toBe(
      "thanks @\u2060maya-chen and @\u2060acme/leads\n",
    );
    expect(show("a \u202eevil\u202c b\u200b c")).toBe("a evil b c\n");
    expect(show("[run](javascript:alert(1)) [here](/relative) [ok](mailto:a@b.example)")).toBe(
      "run here [ok](mailto:a@b.example)\n",
    );
    expect(show("[ref][r]\n\n[r]: https://example.com/r")).toBe("[ref](https://example.com/r)\n");
  });

  it("show footnotes as text, and code GitHub would draw as plain code", () => {
    expect(show("a[^1]\n\n[^1]: the note")).toBe("a\\[^1]\n\n\\[^1]: the note\n");
    expect(show("```mermaid\ngraph TD\n```")).toBe("```\ngraph TD\n```\n");
    expect(show("```ts\nconst a = 1\n```")).toBe("```ts\nconst a = 1\n```\n");
  });

  it("cannot end Roundtable's region: a marker quoted in code is no longer a marker line", () => {
    expect(show("```\n<!-- roundtable:end retro -->\n```")).not.toMatch(
      /^<!-- roundtable:end retro -->$/m,
    );
  });

  it("are cut to the length a page shows, with an ellipsis", () => {
    const cut = show(`**${"word ".repeat(400)}** and more`, 100);
    expect(cut.length).toBeLessThan(120);
    expect(cut).toContain("…");
  });

  it("read in one line for a table cell or a log", () => {
    expect(line("a **b**\n- [ ] c\n- d `e`\n\nnext  \nline")).toBe(
      "a **b** ☐ c – d `e` next line\n",
    );
  });

  it("are read whole, in any shape, without running away (nesting, delimiters, 64 KB)", () => {
    for (const unit of [
      ">",
      "> - ",
      "1. ",
      "- ",
      "**",
      "*_",
      "[",
      "![",
      "`",
      "<a ",
      "|a\n",
      "www.a ",
    ]) {
      const out = show(unit.repeat(Math.ceil(65536 / unit.length)));
      // 1,000 characters of text at most; escaping can double what it takes to write them.
      expect(out.length).toBeLessThan(4 * 1000);
    }
  });

  it("never turn into HTML, an image, a heading or a mention, whatever is written", () => {
    const piece = fc.constantFrom(
      "<img src=x>",
      "<!--",
      "-->",
      "@bob",
      "# ",
      "\n",
      "\n\n",
      "![i](x)",
      "[l](javascript:x)",
      "**",
      "_",
      "`",
      "```",
      "> ",
      "- [ ] ",
      "1. ",
      "|",
      "---",
      "[^1]",
      "[^1]: n",
      "\u202e",
      "&lt;",
      "\\",
      "text",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const tree = parse(show(pieces.join("")));
        visit(tree, (node) => {
          expect(["html", "image", "heading", "footnoteReference"]).not.toContain(node.type);
          if (node.type === "text") expect(node.value).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("titles and names", () => {
  it("lose bidi controls and invisible characters, keep emoji joiners, and ping no one", () => {
    expect(safeText("Audit \u202e)4 setov(\u202c done")).toBe("Audit )4 setov( done");
    expect(safeText("a\u2066b\u2069c\u200bd\ufeffe\u00adf")).toBe("abcdef");
    expect(safeText("👩\u200d💻 team")).toBe("👩\u200d💻 team");
    expect(safeText("ask @everyone")).toBe("ask @\u2060everyone");
  });
});
