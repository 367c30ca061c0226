import { execFileSync } from "node:child_process";
import { JSDOM } from "jsdom";
import { markerNote } from "../../src/render/index.js";

/**
 * Markdown to HTML the way GitHub does it: cmark-gfm, GitHub's own renderer (Debian package
 * `cmark-gfm`, which .ci/run installs), with GitHub's extensions, in safe mode, so raw HTML shows
 * up as `<!-- raw HTML omitted -->`. Roundtable's own comments (the region markers and the note
 * beside them) are taken out first: they are the only HTML a page may hold.
 */
export function githubHtml(markdown: string): string {
  const own = markdown
    .split("\n")
    .filter((line) => !/^<!-- roundtable:(begin|end) [\w-]+ -->$/.test(line) && line !== markerNote)
    .join("\n");
  return execFileSync(
    "cmark-gfm",
    ["-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter", "-e", "tasklist"],
    { input: own, encoding: "utf8" },
  );
}

const { document, NodeFilter } = new JSDOM("<body></body>").window;

/** The elements Markdown written by Roundtable may turn into. */
const allowed = new Set(
  "h1 h2 h3 p a strong em code pre ul ol li table thead tbody tr th td input del br blockquote".split(
    " ",
  ),
);

/**
 * What a reader would meet that Roundtable did not mean: raw HTML, an element Markdown of ours
 * never makes, a table row with more or fewer cells than its header, an `@mention` (GitHub pings
 * `@login` in text, not in code or links), a link that is not `isOwn`.
 */
export function htmlProblems(html: string, isOwn: (href: string) => boolean): string[] {
  const problems: string[] = [];
  if (html.includes("raw HTML omitted")) problems.push("raw HTML");
  document.body.innerHTML = html;
  for (const el of document.body.querySelectorAll("*")) {
    const tag = el.tagName.toLowerCase();
    if (!allowed.has(tag)) problems.push(`element <${tag}>`);
    if (tag === "input" && el.getAttribute("type") !== "checkbox") problems.push("an input");
    if (tag === "a" && !isOwn(el.getAttribute("href") ?? ""))
      problems.push(`link ${el.getAttribute("href")}`);
  }
  for (const table of document.querySelectorAll("table")) {
    const width = table.querySelectorAll("thead th").length;
    for (const row of table.querySelectorAll("tbody tr"))
      if (row.children.length !== width)
        problems.push(
          `a row of ${row.children.length} cells under ${width} headers: ${row.textContent}`,
        );
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest("code, pre, a")) continue;
    const mention = /(?:^|[^\w`])@[A-Za-z0-9][\w-]*/.exec(node.textContent ?? "");
    if (mention) problems.push(`mention ${mention[0].trim()}`);
  }
  return problems;
}
