import type { BoardView, BoardViewRow } from "../../core/index.js";
import { type Html, html } from "../text/html.js";
import { page, type Viewer, webBase } from "./layout.js";

const row = (r: BoardViewRow, rank: string, hidden: boolean) =>
  html`<tr><td class="rank">${rank}</td><td class="votes">${hidden ? html`<span class="hidden-count" title="votes hidden until the round closes">–</span>` : r.votes}</td>
<td><a href="${r.url}"><span class="num">#${r.number}</span> ${r.title}</a></td>
<td>${r.sponsor ? html`<a class="person" href="https://github.com/${r.sponsor}">${r.sponsor}</a>` : html`<em class="needs">needs a sponsor</em>`}</td></tr>`;

/** The board: the topics on the table and the queue by counted votes, with their sponsors. */
export function boardPage(board: BoardView, viewer: Viewer): Html {
  const rows = [
    ...board.discussing.map((r) => row(r, "now", board.hidden)),
    ...board.toDiscuss.map((r, i) => row(r, String(i + 1), board.hidden)),
  ];
  const votesLine = board.hidden
    ? "votes hidden until the round closes"
    : `${board.voters} ${board.voters === 1 ? "voter" : "voters"}, ${board.perPerson} ${board.source === "ballots" ? "dots" : "votes"} each`;
  return page({
    title: `${board.repository} · Roundtable`,
    viewer,
    kind: "board",
    repository: board.repository,
    body: html`<h1>Topic board</h1>
<p class="summary">${board.toDiscuss.length} to discuss · ${board.unsponsored.length} ${board.unsponsored.length === 1 ? "needs" : "need"} a sponsor · ${votesLine}${board.source === "ballots" ? html` · <a href="${webBase}/${board.repository}/ballot">Your ballot</a>` : ""}</p>
${board.ignoredBallots > 0 ? html`<p class="notice">${board.ignoredBallots} ballot ${board.ignoredBallots === 1 ? "entry" : "entries"} ignored${board.ignoredWhy ? ` (${board.ignoredWhy})` : ""}.</p>` : ""}
${
  board.meetings.length > 0
    ? html`<section class="card"><h2>Meetings</h2><ul class="meetings">${board.meetings.map(
        (m) =>
          html`<li><a href="${webBase}/${board.repository}/meetings/${m.number}">${m.title}</a>${m.when ? html` <span class="meta">${m.when}</span>` : ""}</li>`,
      )}</ul></section>`
    : ""
}
<section class="card"><h2>Queue</h2>${
      rows.length > 0
        ? html`<table class="queue"><thead><tr><th scope="col">Rank</th><th scope="col">Votes</th><th scope="col">Topic</th><th scope="col">Sponsor</th></tr></thead><tbody>${rows}</tbody></table>`
        : html`<p class="empty">No topics yet: open one from the topic form.</p>`
    }</section>
${
  board.unsponsored.length > 0
    ? html`<section class="card"><h2>Needs a sponsor</h2><ul class="topics">${board.unsponsored.map(
        (r) =>
          html`<li><a href="${r.url}"><span class="num">#${r.number}</span> ${r.title}</a> <span class="meta">assign yourself, or comment /sponsor</span></li>`,
      )}</ul></section>`
    : ""
}`,
  });
}
