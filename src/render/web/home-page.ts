import { type Html, html } from "../text/html.js";
import { page, type Viewer, webBase } from "./layout.js";

/** The pages' front door: sign in, then open a board by its address. */
export function homePage(viewer: Viewer | null): Html {
  return page({
    title: "Roundtable",
    kind: "home",
    viewer,
    body: viewer
      ? html`<h1>Roundtable</h1><p>Open a board at <code>${webBase}/OWNER/REPO</code>, and a meeting room from its board.</p>`
      : html`<h1>Roundtable</h1><p><a href="${webBase}/signin">Sign in with GitHub</a> to see your group's board and meeting room.</p>`,
  });
}
