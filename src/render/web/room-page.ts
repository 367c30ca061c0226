import {
  phaseAt,
  type RoomAction,
  type RoomPhase,
  type RoomState,
  type RoomTopic,
  romanVoteRule,
  roomActions,
} from "../../core/index.js";
import { type Html, html } from "../text/html.js";
import { csrfField, page, runsMeeting, type Viewer, webBase } from "./layout.js";
import { roomInvitees } from "./room-invitees.js";
import { transcriptForm } from "./transcript-form.js";

const phaseLabel: Record<RoomPhase, string> = {
  "not-started": "Not started",
  "between-topics": "Between topics",
  sponsor: "Sponsor opens",
  discussion: "Discussion",
  "time-up": "Time's up",
  ended: "Ended",
};

/** mm:ss (or h:mm:ss) left until `until`, as of `now`; 0:00 once past. */
export function timeLeft(until: string, now: string): string {
  const s = Math.max(0, Math.ceil((Date.parse(until) - Date.parse(now)) / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

const person = (login: string) =>
  html`<a class="person" href="https://github.com/${login}">${login}</a>`;

const topicLine = (hidden: boolean) => (t: RoomTopic) =>
  html`<li><a href="${t.url}"><span class="num">#${t.number}</span> ${t.title}</a>
<span class="meta">${hidden ? "votes hidden" : `${t.votes} ${t.votes === 1 ? "vote" : "votes"}`} · ${t.sponsor ? person(t.sponsor) : html`<em>needs a sponsor</em>`}</span></li>`;

/**
 * The parts of the room every viewer shares (the table, and the side with the queue, people
 * and log): the live script swaps them for the ones the server sends, rendered once for all
 * viewers. `now` is the server's clock.
 */
export function roomLive(
  room: RoomState,
  now: string,
): { table: Html; side: Html; votes: Html; controls: Html } {
  const t = room.table;
  // The room may have been read a while ago: its phase is told as of now.
  const phase = phaseAt(room, now);
  const countdown = t
    ? html`<div class="countdown${phase === "time-up" ? " up" : ""}" id="countdown" data-until="${t.until}" data-sponsor-until="${t.sponsorUntil}" data-now="${now}" role="timer">${phase === "time-up" ? "Time's up" : timeLeft(t.until, now)}</div>`
    : "";
  const table = t
    ? html`<section class="table" aria-labelledby="on-table">
<p class="phase" id="phase" data-phase="${phase}">${phaseLabel[phase]}</p>
<h1 id="on-table"><a href="${t.url}"><span class="num">#${t.number}</span> ${t.title}</a></h1>
<p class="sponsor">${t.sponsor ? html`Opened by ${person(t.sponsor)}` : "No sponsor"}${t.extensions > 0 ? ` · extended ${t.extensions === 1 ? "once" : `${t.extensions} times`}` : ""}</p>
${countdown}
<div class="tally" aria-label="Roman vote">
<span class="label">Roman vote</span>
<span class="up" title="Go on">👍 <strong id="up">${t.vote.up}</strong></span>
<span class="down" title="Move on">👎 <strong id="down">${t.vote.down}</strong></span>
</div>
<p class="rule">${romanVoteRule(room)}</p>
${room.next ? html`<p class="up-next">Up next: <span class="num">#${room.next.number}</span> ${room.next.title}</p>` : ""}
</section>`
    : html`<section class="table idle"><p class="phase" id="phase" data-phase="${phase}">${phaseLabel[phase]}</p>
<h1>${phase === "ended" ? "The meeting has ended" : phase === "not-started" ? "The meeting has not started" : "No topic on the table"}</h1>
${room.upNext[0] && phase !== "ended" ? html`<p class="sponsor">Next up: #${room.upNext[0].number} ${room.upNext[0].title}</p>` : ""}</section>`;
  // Once the meeting has ended, the queue is what it did not reach, not what comes next.
  const upNext = html`<section class="card"><h2>${room.ended ? "Not discussed" : "Up next"}</h2>${
    room.upNext.length > 0
      ? html`${room.votesHidden ? html`<p class="meta">Votes hidden until the round closes.</p>` : ""}<ol class="topics">${room.upNext.map(topicLine(room.votesHidden))}</ol>`
      : html`<p class="empty">The queue is empty.</p>`
  }</section>`;
  const people = html`<section class="card"><h2>Participants <span class="count">${room.participants.length} of ${room.capacity}</span></h2>
<ul class="people">${room.participants.map((p) => html`<li>${person(p)}</li>`)}</ul>
${room.waitlist.length > 0 ? html`<h3>Waitlist <span class="count">${room.waitlist.length}</span></h3><ol class="people">${room.waitlist.map((p) => html`<li>${person(p)}</li>`)}</ol>` : ""}</section>`;
  const log = html`<section class="card log"><h2>Log</h2>${
    room.log.length > 0
      ? html`<ol tabindex="0" aria-label="The meeting's log, oldest first">${room.log.map((l) => html`<li><time datetime="${l.at}">${l.clock}</time> ${l.text}</li>`)}</ol>`
      : html`<p class="empty">Nothing yet.</p>`
  }</section>`;
  return {
    table,
    side: html`${upNext}${people}${log}`,
    votes: voteButtons(room, phase),
    controls: controls(room, now),
  };
}

/** 👍 and 👎 while a topic is on the table, its roman vote posted; nothing to press otherwise. */
function voteButtons(room: RoomState, phase: RoomPhase): Html {
  if (!room.table?.vote.commentId || phase === "ended")
    return html`<p class="meta">The roman vote opens when a topic is on the table.</p>`;
  return html`<button name="vote" value="up">👍 Go on<span class="sr-only">: vote to extend #${room.table.number}</span></button>
<button name="vote" value="down">👎 Move on<span class="sr-only">: vote to close #${room.table.number}</span></button>`;
}

const button = (a: RoomAction) =>
  html`<button name="command" value="${a.command} ${a.does}" class="${a.kind}"><span class="label">${a.label}</span>${a.detail ? html`<span class="detail">${a.detail}</span>` : ""}</button>`;

/**
 * The facilitator's buttons as of `now`, and, while the timebox runs, the ones for when it is up:
 * the script shows those at the timebox's end on the server's clock, with no request.
 */
function controls(room: RoomState, now: string): Html {
  const set = (at: string, attrs: Html) => {
    const actions = roomActions(room, at).filter((a) => a.command !== "end");
    return html`<div class="action-set"${attrs}>${
      actions.length > 0
        ? actions.map(button)
        : html`<p class="meta">${room.ended ? "The meeting has ended." : "Nothing to do until the queue has a topic."}</p>`
    }</div>`;
  };
  const phase = phaseAt(room, now);
  const running = room.table && (phase === "sponsor" || phase === "discussion");
  const sets = running
    ? html`${set(now, html` data-until="${room.table?.until}"`)}${set(room.table?.until ?? now, html` data-from="${room.table?.until}" hidden`)}`
    : set(now, html``);
  const end = roomActions(room, now).some((a) => a.command === "end")
    ? html`<details class="end-meeting"><summary>End the meeting…</summary>
<p class="end-note">Ending closes the meeting issue for everyone${room.table ? html` and marks #${room.table.number} discussed` : ""}. It cannot be undone from here.</p>
<button name="command" value="end end" class="danger">End the meeting now</button></details>`
    : "";
  return html`${sets}${end}`;
}

/**
 * Under a form, what came of the last press: a press refused without the script shows the room
 * again, with the reason where the person pressed.
 */
function formStatus(
  where: "vote" | "controls",
  options: { refused?: { where: "vote" | "controls"; reason: string }; said?: string },
): Html {
  return options.refused?.where === where
    ? html`<p class="form-status error" role="alert">${options.refused.reason}</p>`
    : html`<p class="form-status" role="status">${where === "vote" ? options.said : ""}</p>`;
}

/**
 * For the facilitator: the meeting's RSVP link to share, how many seats it still gives, and who
 * is pending, accepted or waiting (kept current by the facilitator's own live stream).
 */
function shareCard(room: RoomState, rsvpLink: string): Html {
  return html`<section class="card share" aria-labelledby="share-title"><h2 id="share-title">Invite people</h2>
<p>Anyone with this link can sign in with GitHub and take one of the ${room.capacity} seats, first come, first served (${room.participants.length} taken${room.waitlist.length > 0 ? `, ${room.waitlist.length} waiting` : ""}).</p>
<div class="share-row"><input id="rsvp-link" readonly value="${rsvpLink}" aria-label="The meeting's RSVP link"><button type="button" id="copy-rsvp" hidden>Copy link</button></div>
<p class="form-status" id="copy-said" role="status"></p>
<div class="invitees" id="invitees-live">${roomInvitees(room.invitees)}</div></section>`;
}

/** The meeting room: the live part, the viewer's buttons, the countdown's announcer. */
export function roomPage(
  room: RoomState,
  viewer: Viewer,
  now: string,
  options: {
    refused?: { where: "vote" | "controls"; reason: string };
    said?: string;
    /** The meeting's RSVP link, for its facilitator to share. */
    rsvpLink?: string;
    /** The viewer is one of the group's facilitators, who alone may draft the minutes here. */
    drafts?: boolean;
  } = {},
): Html {
  const said = (where: "vote" | "controls") => formStatus(where, options);
  const base = `${webBase}/${room.repository}/meetings/${room.number}`;
  const facilitator = runsMeeting(viewer, room.facilitators);
  const live = roomLive(room, now);
  const votes = html`<form method="post" action="${base}/vote" class="vote" data-live aria-labelledby="vote-title">
${csrfField(viewer)}
<h2 id="vote-title">Your roman vote</h2>
<div class="live-part" id="vote-live">${live.votes}</div>
${said("vote")}
</form>`;
  const controls = facilitator
    ? html`<form method="post" action="${base}/command" class="controls" data-live aria-labelledby="controls-title">
${csrfField(viewer)}
<h2 id="controls-title">Run the meeting</h2>
<div class="live-part" id="controls-live">${live.controls}</div>
${said("controls")}
</form>`
    : "";
  const print =
    room.format === "unconference" ? html`<a href="${base}/poster">Print view</a> · ` : "";
  return page({
    title: `${room.title} · Roundtable`,
    viewer,
    kind: "room",
    repository: room.repository,
    live: true,
    body: html`<div class="heading"><p class="meeting"><a href="${room.url}">${room.title}</a>${room.theme && room.theme !== room.title ? html` · ${room.theme}` : ""}${room.when ? html` · ${room.when}` : ""}</p>
<p class="tools">${print}<button type="button" class="link" id="large" hidden>Large mode</button></p></div>
<div class="room-grid">
<div class="main-col">
<div id="live" data-events="${base}/events">${live.table}</div>
<div class="actions">${votes}${controls}</div>
${options.rsvpLink && !room.ended ? shareCard(room, options.rsvpLink) : ""}
${options.drafts ? transcriptForm(room, viewer) : ""}
</div>
<div id="live-side" class="side">${live.side}</div>
</div>
<p class="sr-only" aria-live="polite" id="announce"></p>
<p class="status" id="status" role="status"></p>`,
  });
}
