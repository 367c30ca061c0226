import { type Html, html } from "../text/html.js";
import { page, type Viewer, webBase } from "./layout.js";

/** A board on the signed-in home: its open meetings, or null when they could not be read. */
export interface HomeBoard {
  owner: string;
  repo: string;
  meetings: Array<{ number: number; title: string }> | null;
}

/** The boards a signed-in person can open, at most a page of them, and how many more. */
export interface HomeBoards {
  boards: HomeBoard[];
  more: number;
}

const board = (b: HomeBoard): Html => {
  const repository = `${b.owner}/${b.repo}`;
  const meetings =
    b.meetings === null
      ? html`<p class="meta">Its meetings could not be read just now.</p>`
      : b.meetings.length === 0
        ? html`<p class="meta">No upcoming meeting.</p>`
        : html`<ul class="meetings">${b.meetings.map(
            (m) =>
              html`<li><a href="${webBase}/${repository}/meetings/${m.number}">${m.title}</a> <span class="meta">#${m.number}</span></li>`,
          )}</ul>`;
  return html`<li class="card"><h2><a href="${webBase}/${repository}">${repository}</a></h2>${meetings}</li>`;
};

function boardsList(boards: HomeBoards): Html {
  if (boards.boards.length === 0)
    return html`<p>Roundtable is not installed on any repository you can read. Open a board at <code>${webBase}/OWNER/REPO</code>, and a meeting room from its board.</p>`;
  const more = boards.more;
  return html`<ul class="boards">${boards.boards.map(board)}</ul>${
    more > 0
      ? html`<p class="meta more">and ${more} more ${more === 1 ? "board" : "boards"}: open one at <code>${webBase}/OWNER/REPO</code>.</p>`
      : ""
  }`;
}

/**
 * The home: signed in, the boards the person can open (repositories with the App that they can
 * read) with each one's upcoming and live meetings; otherwise, the sign-in.
 */
export function homePage(viewer: Viewer | null, boards?: HomeBoards): Html {
  return page({
    title: "Roundtable",
    kind: "home",
    viewer,
    body: viewer
      ? html`<h1>Your boards</h1>${boards ? boardsList(boards) : html`<p>Open a board at <code>${webBase}/OWNER/REPO</code>, and a meeting room from its board.</p>`}`
      : html`<h1>Roundtable</h1><p><a href="${webBase}/signin">Sign in with GitHub</a> to see your group's board and meeting room.</p>`,
  });
}
