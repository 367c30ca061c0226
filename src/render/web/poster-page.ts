import type { Poster } from "../../core/index.js";
import { type Html, html } from "../text/html.js";
import { page, type Viewer } from "./layout.js";

/**
 * An unconference's schedule on big paper: one A1 landscape sheet (or A4, the same layout
 * scaled), slots down and rooms across, titles large enough to read from three metres.
 */
export function posterPage(
  poster: Poster,
  viewer: Viewer | null,
  options: { css?: string; paper?: "a1" | "a4" } = {},
): Html {
  const { css, paper = "a1" } = options;
  // A class, not a style attribute: the page's CSP allows no inline style.
  const columns = `rooms-${Math.min(poster.rooms.length, 6)}`;
  return page({
    title: `${poster.title} · schedule`,
    viewer,
    kind: paper === "a4" ? "poster a4" : "poster",
    repository: poster.repository,
    ...(css === undefined ? {} : { css }),
    body: html`<article class="sheet">
<header class="poster-head"><h1>${poster.theme || poster.title}</h1>
<p>${poster.theme && poster.theme !== poster.title ? html`${poster.title} · ` : ""}${poster.date ?? ""}${poster.timeZone ? html` · ${poster.timeZone}` : ""}${poster.draft ? html` · <strong>Draft</strong> from the dot votes so far` : ""}</p></header>
<div class="grid ${columns}" role="table" aria-label="Schedule">
<div class="corner" role="columnheader">Time</div>
${poster.rooms.map((r) => html`<div class="room" role="columnheader">${r}</div>`)}
${poster.slots.map(
  (slot) => html`<div class="slot" role="rowheader">${slot.start}<span>–${slot.end}</span></div>
${slot.sessions.map((s) =>
  s
    ? html`<div class="session" role="cell"><p class="title">${s.title}</p><p class="by"><span class="num">#${s.number}</span>${s.sponsor ? html` · ${s.sponsor}` : ""}</p></div>`
    : html`<div class="session free" role="cell">—</div>`,
)}`,
)}
</div>
</article>`,
  });
}
