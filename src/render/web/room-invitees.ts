import type { InviteeState, RoomInvitees } from "../../core/index.js";
import { type Html, html } from "../text/html.js";

const person = (login: string) =>
  html`<a class="person" href="https://github.com/${login}">${login}</a>`;

/** The groups the facilitator reads, in the order they act on them. */
const groups: Array<{ title: string; states: InviteeState[]; note: string }> = [
  {
    title: "Pending",
    states: ["pending", "expired", "unsent"],
    note: "invited, not accepted yet",
  },
  { title: "Accepted", states: ["accepted", "member"], note: "or in the repository already" },
  { title: "Not reached", states: ["declined"], note: "hold a seat, cannot use the repository" },
];

const stateNote: Partial<Record<InviteeState, string>> = {
  expired: "invitation expired, sent again",
  unsent: "invitation not sent yet",
};

/**
 * For the facilitator, beside the RSVP link: who is pending (invited, not yet accepted), who
 * accepted, and who waits for a seat. Rendered for their page and their live stream only.
 */
export function roomInvitees(invitees: RoomInvitees): Html {
  const waiting = html`<h3>Waiting for a seat <span class="count">${invitees.waiting.length}</span></h3>${
    invitees.waiting.length > 0
      ? html`<ol class="people">${invitees.waiting.map((p) => html`<li>${person(p)}</li>`)}</ol>`
      : html`<p class="empty">Nobody.</p>`
  }`;
  if (!invitees.inviting)
    return html`<p class="meta">Roundtable invites nobody to this repository (meetings.invite is off): seated people need access already.</p>${waiting}`;
  const lists = groups.map(({ title, states, note }) => {
    const found = invitees.seated.filter((p) => states.includes(p.state));
    if (found.length === 0 && title === "Not reached") return "";
    return html`<h3>${title} <span class="count">${found.length}</span> <span class="meta">${note}</span></h3>${
      found.length > 0
        ? html`<ul class="people">${found.map((p) => html`<li data-state="${p.state}">${person(p.login)}${stateNote[p.state] ? html` <span class="meta">(${stateNote[p.state] ?? ""})</span>` : ""}</li>`)}</ul>`
        : html`<p class="empty">Nobody.</p>`
    }`;
  });
  return html`${lists}${waiting}`;
}
