import { type Html, html } from "../text/html.js";
import { csrfField, page, type Viewer, webBase } from "./layout.js";

/**
 * The page for an address a person may not see, or that does not exist: the same for both, so a
 * private repository's existence does not leak. It says who is signed in, since the likeliest
 * cause is the wrong GitHub account, and offers to switch.
 */
export function notFoundPage(viewer: Viewer | null, path: string): Html {
  const back = `${webBase}/signin?next=${encodeURIComponent(path)}`;
  const who = viewer
    ? html`<p>You are signed in as <strong>${viewer.login}</strong>. If the repository is open to another of your GitHub accounts, switch to it:</p>
<form method="post" action="${webBase}/signout" class="switch">${csrfField(viewer)}<input type="hidden" name="next" value="${path}">
<button class="button primary">Sign out and sign in as someone else</button></form>
<p class="meta">GitHub signs you in with the account open on github.com: <a href="https://github.com/logout">sign out there</a> first if it is the same one.</p>`
    : html`<p><a class="button primary" href="${back}">Sign in with GitHub</a></p>`;
  return page({
    title: "Not found · Roundtable",
    kind: "not-found",
    viewer,
    body: html`<article class="card missing">
<h1>Not found</h1>
<p>There is no page here, or it belongs to a repository your GitHub account cannot read. Roundtable shows a board only to people who can read its repository.</p>
${who}
<p><a href="${webBase}">Roundtable's front page</a></p>
</article>`,
  });
}

/**
 * Any other refusal a browser's GET gets (too many requests from the person, GitHub not
 * answering): its one sentence, on a page with the bar and a way back, not bare text.
 */
export function noticePage(viewer: Viewer | null, title: string, sentence: string): Html {
  return page({
    title: `${title} · Roundtable`,
    kind: "not-found",
    viewer,
    body: html`<article class="card missing">
<h1>${title}</h1>
<p>${sentence}</p>
<p><a href="${webBase}">Roundtable's front page</a></p>
</article>`,
  });
}
