import type { Root } from "mdast";
import { beginMarker, endMarker, spliceRegion } from "./splice.js";
import { toMarkdown } from "./to-markdown.js";

export interface PageSpec {
  /** The page's path in the repository, for messages. */
  path: string;
  /** The managed region's name. */
  region: string;
  /** The title and introduction of a new page; once written, they are the page owner's to edit. */
  title: string;
  intro: string;
  content: Root;
}

/**
 * For whoever edits the page's source: GitHub does not show comments, so the note sits in one,
 * next to the marker it explains, and the reader meets the page's own introduction instead.
 */
export const markerNote =
  "<!-- Roundtable keeps the part of this page between its markers up to date; write anything you like above or below them. -->";

/**
 * The page's new text: the region spliced into the existing page (every byte outside the markers
 * kept), or a new page with a title, an introduction and the region.
 */
export function renderPage(spec: PageSpec, existing: string | undefined): string {
  const content = toMarkdown(spec.content);
  if (existing !== undefined) return spliceRegion(existing, spec.region, content, spec.path);
  const head = toMarkdown({
    type: "root",
    children: [
      { type: "heading", depth: 1, children: [{ type: "text", value: spec.title }] },
      { type: "paragraph", children: [{ type: "text", value: spec.intro }] },
    ],
  });
  return `${head}\n${markerNote}\n${beginMarker(spec.region)}\n${content}${endMarker(spec.region)}\n`;
}
