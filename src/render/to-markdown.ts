import type { Root } from "mdast";
import { remark } from "remark";
import remarkGfm from "remark-gfm";

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
});

export function toMarkdown(tree: Root): string {
  return processor.stringify(tree);
}
