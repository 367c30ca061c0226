import type { Root } from "mdast";
import { paragraph, text } from "./mdast.js";

/** The one comment on an issue saying that the repository's config cannot be used, and why. */
export function renderConfigErrorComment(message: string, file: string): Root {
  return {
    type: "root",
    children: [
      paragraph(
        text("Roundtable cannot use this repository's configuration, so it did nothing here:"),
      ),
      { type: "code", lang: "text", value: message },
      paragraph(
        text(`Fix ${file} on the default branch; Roundtable picks up again on the next event.`),
      ),
    ],
  };
}
