import {
  type Poster,
  type PosterOrientation,
  type PosterSheet,
  posterSheets,
} from "../../core/index.js";
import { type Html, html } from "../text/html.js";
import { page, type Viewer, webBase } from "./layout.js";

export type PosterPaper = "a1" | "a4";

const papers: Array<[PosterPaper, PosterOrientation, string]> = [
  ["a1", "landscape", "A1 landscape"],
  ["a1", "portrait", "A1 portrait"],
  ["a4", "landscape", "A4 landscape"],
  ["a4", "portrait", "A4 portrait"],
];

function sheet(poster: Poster, s: PosterSheet, i: number, count: number): Html {
  const heading = poster.theme || poster.title;
  const of = count > 1 ? `Sheet ${i + 1} of ${count}` : "";
  const first = poster.slots[s.slots[0] ?? 0];
  const last = poster.slots[s.slots[s.slots.length - 1] ?? 0];
  const span = first && last ? `${first.start}–${last.end}` : "";
  const line = [
    poster.theme && poster.theme !== poster.title ? poster.title : "",
    poster.date ?? "",
    poster.timeZone ?? "",
  ].filter(Boolean);
  return html`<section class="sheet fs-${s.titleSize} rows-${s.slots.length}"${count > 1 ? html` aria-label="${of}"` : ""}>
<header class="poster-head">${i === 0 ? html`<h1 class="poster-title">${heading}</h1>` : html`<h2 class="poster-title">${heading}</h2>`}
<p>${line.join(" · ")}${poster.draft ? html` · <strong>Draft</strong> from the dot votes so far` : ""}${of ? html` · <span class="sheet-of">${of}, ${span}</span>` : ""}</p></header>
<table class="schedule">
<caption class="sr-only">Schedule${of ? `, ${of.toLowerCase()}` : ""}: times down, rooms across</caption>
<thead><tr><th scope="col" class="time-head">Time</th>${s.rooms.map((r) => html`<th scope="col">${poster.rooms[r]}</th>`)}</tr></thead>
<tbody>${s.slots.map((n) => {
    const slot = poster.slots[n];
    if (!slot) return "";
    return html`<tr><th scope="row" class="slot"><span class="start">${slot.start}</span> <span class="end">to ${slot.end}</span></th>${s.rooms.map(
      (r) => {
        const session = slot.sessions[r];
        const room = poster.rooms[r] ?? "";
        return session
          ? html`<td data-room="${room}"><p class="title">${session.title}</p><p class="by"><span class="num">#${session.number}</span>${session.sponsor ? html` · ${session.sponsor}` : ""}</p></td>`
          : html`<td class="free" data-room="${room}"><span class="sr-only">Free</span><span aria-hidden="true">—</span></td>`;
      },
    )}</tr>`;
  })}</tbody>
</table>
</section>`;
}

/**
 * An unconference's schedule on paper: A1 or A4, landscape or portrait, as a table (times down,
 * rooms across) that fills each sheet, its titles as large as the longest one allows; more slots
 * or rooms than a sheet holds at a readable size go on further sheets, each with the header and
 * the rooms' row again. On a screen it is the same table; on a phone, a list per slot.
 */
export function posterPage(
  poster: Poster,
  viewer: Viewer | null,
  options: { css?: string; paper?: PosterPaper; orientation?: PosterOrientation } = {},
): Html {
  const { css, paper = "a1", orientation = "landscape" } = options;
  const sheets = posterSheets(poster, orientation);
  const self = `${webBase}/${poster.repository}/meetings/${poster.number}/poster`;
  // Served by the app: links to the other papers (hidden in print). Offline, the file is one.
  const choice = viewer
    ? html`<nav class="paper-choice" aria-label="Paper"><span>Print on:</span> ${papers.map(
        ([p, o, label]) =>
          p === paper && o === orientation
            ? html`<strong aria-current="page">${label}</strong> `
            : html`<a href="${self}?paper=${p}&amp;orientation=${o}">${label}</a> `,
      )}</nav>`
    : "";
  return page({
    title: `${poster.title} · schedule`,
    viewer,
    kind: `poster ${paper} ${orientation}`,
    repository: poster.repository,
    ...(css === undefined ? {} : { css }),
    body: html`${choice}${sheets.map((s, i) => sheet(poster, s, i, sheets.length))}`,
  });
}
