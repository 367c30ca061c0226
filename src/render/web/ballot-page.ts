import type { BallotTopic, BallotView } from "../../core/index.js";
import { type Html, html } from "../text/html.js";
import { csrfField, page, type Viewer, webBase } from "./layout.js";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A topic's dots as pips: the viewer's filled, the rest of what one topic takes empty. */
const pips = (mine: number, max: number) =>
  html`<span class="pips" aria-hidden="true">${Array.from(
    { length: max },
    (_, i) => html`<span class="pip${i < mine ? " on" : ""}"></span>`,
  )}</span>`;

function topicRow(view: BallotView, t: BallotTopic, canVote: boolean): Html {
  // A board that counts 👍 has no dots: the row is the topic, to vote on with 👍 on GitHub.
  if (!view.enabled)
    return html`<li class="ballot-topic" data-topic="${t.number}"><div class="what"><a href="${t.url}"><span class="num">#${t.number}</span> ${t.title}</a>
<span class="meta">${t.sponsor ? html`sponsor <a class="person" href="https://github.com/${t.sponsor}">${t.sponsor}</a>` : html`<em class="needs">needs a sponsor</em>`} · vote with 👍 on the issue</span></div></li>`;
  const canAdd = canVote && view.dotsLeft > 0 && t.mine < view.rules.maxPerTopic;
  const label = `#${t.number} ${t.title}`;
  return html`<li class="ballot-topic${t.mine > 0 ? " chosen" : ""}" data-topic="${t.number}" tabindex="-1">
<div class="what"><a href="${t.url}"><span class="num">#${t.number}</span> ${t.title}</a>
<span class="meta">${t.sponsor ? html`sponsor <a class="person" href="https://github.com/${t.sponsor}">${t.sponsor}</a>` : html`<em class="needs">needs a sponsor</em>`}${t.votes === null ? "" : ` · ${plural(t.votes, "dot")} in all`}</span></div>
<div class="mine">${pips(t.mine, view.rules.maxPerTopic)}<span class="sr-only">${plural(t.mine, "dot")} of yours</span></div>
${
  canVote
    ? html`<div class="dot-buttons">
<button name="add" value="${t.number}" class="add"${canAdd ? "" : " disabled"}>+ Dot<span class="sr-only"> on ${label}</span></button>
<button name="remove" value="${t.number}" class="remove"${t.mine > 0 ? "" : " disabled"}>− Take back<span class="sr-only"> a dot from ${label}</span></button>
</div>`
    : ""
}
</li>`;
}

/** Why the viewer cannot vote (board counts 👍, not eligible, round closed), or that it was saved. */
function stateNotice(view: BallotView): Html | string {
  return !view.enabled
    ? html`<p class="notice">This board counts 👍 reactions: set <code>votes.source: ballots</code> in .github/roundtable.yml for private ballots.</p>`
    : !view.eligible
      ? html`<p class="notice stop">You are not eligible to vote in this round (<code>votes.eligible</code> in .github/roundtable.yml). You can still read the topics.</p>`
      : view.closed
        ? html`<p class="notice">The round is closed: your ballot is final.</p>`
        : view.pending
          ? html`<p class="notice go">Saved. Your ballot goes into the repository sealed, in a batch with at least ${view.batchSize - 1} other voters' changes, or when the round closes.</p>`
          : "";
}

/** The form to move a dot from one topic to another, once the viewer has a dot to move. */
function moveForm(view: BallotView, viewer: Viewer, base: string, canVote: boolean): Html | string {
  const mine = view.topics.filter((t) => t.mine > 0);
  // "To" starts on a topic that can take a dot, and is not where "From" starts.
  const to = view.topics.find(
    (t) => t.number !== mine[0]?.number && t.mine < view.rules.maxPerTopic,
  );
  return canVote && mine.length > 0 && view.topics.length > 1
    ? html`<form method="post" action="${base}" class="card move" data-ballot>
${csrfField(viewer)}
<h2>Move a dot</h2>
<div class="move-row">
<label>From <select name="from">${mine.map((t) => html`<option value="${t.number}">#${t.number} ${t.title}</option>`)}</select></label>
<label>To <select name="to">${view.topics.map((t) => html`<option value="${t.number}"${t === to ? " selected" : ""}>#${t.number} ${t.title}</option>`)}</select></label>
<button class="primary">Move</button>
</div>
</form>`
    : "";
}

/**
 * The ballot page: the To-discuss topics with the viewer's dots, buttons to place and take back
 * dots (plain forms: it works without a script, by keyboard and on a phone), a form to move a dot,
 * the viewer's pseudonym, and what is private from whom.
 */
export function ballotPage(view: BallotView, viewer: Viewer): Html {
  const base = `${webBase}/${view.repository}/ballot`;
  const canVote = view.enabled && view.eligible && !view.closed;
  const placed = view.rules.perPerson - view.dotsLeft;
  const state = stateNotice(view);
  const move = moveForm(view, viewer, base, canVote);
  return page({
    title: `Your ballot · ${view.repository} · Roundtable`,
    viewer,
    kind: "ballot",
    repository: view.repository,
    script: "ballot.js",
    body: html`<h1 tabindex="-1">Your ballot</h1>
<div data-part="status">
${view.enabled ? html`<p class="summary"><strong class="left">${plural(view.dotsLeft, "dot")} left</strong> of ${view.rules.perPerson} · ${plural(placed, "dot")} placed · at most ${plural(view.rules.maxPerTopic, "dot")} on one topic · ${view.hidden ? "votes hidden until the round closes" : "counts shown live"}</p>` : ""}
${state}
${view.ignored > 0 ? html`<p class="notice warn">${plural(view.ignored, "entry", "entries")} ignored${view.ignoredWhy ? ` (${view.ignoredWhy})` : ""}.</p>` : ""}
</div>
<form method="post" action="${base}" class="card" data-ballot data-part="list">
${csrfField(viewer)}
<h2>To discuss <span class="count">${view.topics.length}</span></h2>
${
  view.topics.length > 0
    ? html`<ol class="ballot">${view.topics.map((t) => topicRow(view, t, canVote))}</ol>`
    : html`<p class="empty">No topics to discuss yet: open one from the topic form.</p>`
}
</form>
<div data-part="move">${move}</div>
<p class="sr-only" id="ballot-said" aria-live="polite"></p>
${view.enabled ? privacy(view) : ""}`,
  });
}

/** What is private from whom, and how a voter checks their own ballot. */
function privacy(view: BallotView): Html {
  return html`<section class="card privacy">
<h2>Private, and checkable</h2>
<p>Your ballot is stored without your name, under your pseudonym for this round of this repository:</p>
<p><code class="pseudonym">${view.pseudonym}</code></p>
<p>While the round is open it is sealed in <code>ballots.json</code> on the <code>roundtable/ballots</code> branch: nobody reading the repository sees anyone's dots, nor the counts before they are shown. When the round closes, every ballot is written there in the clear, signed by the app: find yours by your pseudonym, and recount. Members and anyone reading the repository cannot tell whose ballot is whose; the app's operator, who holds <code>BALLOT_SECRET</code>, could.</p>
${view.publicKey ? html`<p>The app's public ballot key, which checks every entry (<code>votes.ballotKey</code> for the Action): <code class="public-key">${view.publicKey}</code></p>` : ""}
</section>`;
}
