import type { RsvpView } from "../../core/index.js";
import { type Html, html } from "../text/html.js";
import { csrfField, page, type Viewer, webBase } from "./layout.js";

export interface RsvpPageOptions {
  viewer: Viewer | null;
  /** The page's own address with its token: the form posts to it, the sign-in returns to it. */
  self: string;
  /** A line to show once (after a seat was taken or given up). */
  notice?: string;
  /** The page's live updates (server-sent events): its script reads the page again on each. */
  events?: string;
}

const roles: Record<string, string> = {
  read: "read the repository, propose topics and vote on them with 👍",
  triage: "read the repository, propose topics, vote on them with 👍 and label issues",
  write: "read and write the repository, propose topics and vote on them with 👍",
};

/**
 * When: the meeting's own zone, written by the server; the page's script puts the reader's own
 * time above it (the server cannot know their zone).
 */
function when(view: RsvpView): Html {
  if (!view.start) return html`<p class="when">The date is not set yet.</p>`;
  const zone = view.timeZone ?? "UTC";
  const text = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    dateStyle: "full",
    timeStyle: "short",
  }).format(new Date(view.start));
  return html`<p class="when"><time datetime="${view.start}" data-local>${text}</time></p>
<p class="meta zone">${text} in ${zone.replace(/_/g, " ")}, where the meeting keeps its hour</p>`;
}

function standing(view: RsvpView, options: RsvpPageOptions): Html {
  const you = view.viewer;
  if (!options.viewer || !you)
    return html`<p><a class="button primary" href="${webBase}/signin?next=${encodeURIComponent(options.self)}">Sign in with GitHub to take a seat</a></p>
<p class="meta">Signing in tells Roundtable only your GitHub username. You need no access to the repository.</p>`;
  const form = (action: "join" | "leave", label: string, kind: string) =>
    html`<form method="post" action="${options.self}">${csrfField(options.viewer as Viewer)}<input type="hidden" name="action" value="${action}"><button class="button ${kind}">${label}</button></form>`;
  if (you.place === "seated")
    return html`<p class="place seated">You have a seat.</p>${nextSteps(view, you.invitation)}${form("leave", "Give up my seat", "quiet")}`;
  if (you.place === "waitlist")
    return html`<p class="place">You are number ${you.line ?? 0} on the waitlist. When someone gives up a seat, the first in line takes it${view.permission ? " and gets the invitation then" : ""}.</p>${form("leave", "Leave the waitlist", "quiet")}`;
  if (view.closed) return html`<p class="place">This meeting takes no more seats.</p>`;
  return form("join", view.seatsLeft > 0 ? "Take a seat" : "Join the waitlist", "primary");
}

function nextSteps(view: RsvpView, invitation: string | null): Html {
  if (!view.permission) return html``;
  const grants = roles[view.permission] ?? "";
  if (invitation === "pending")
    return html`<p><strong>Next: accept GitHub's invitation.</strong> GitHub has emailed you an invitation to the repository; accept it there or on github.com within 7 days. It lets you ${grants}.</p>`;
  if (invitation === "accepted" || invitation === "added")
    return html`<p>You are in the repository: you can ${grants}.</p>`;
  return html`<p><strong>What happens next:</strong> if you cannot use the repository yet, GitHub emails you an invitation to it. Accept it: it lets you ${grants}.</p>`;
}

/**
 * The RSVP page: what a stranger with the link may see (title, theme, time, seats left) and
 * their one action, a seat taken or given up. No topic, no participant's name.
 */
export function rsvpPage(view: RsvpView, options: RsvpPageOptions): Html {
  const seats =
    view.seatsLeft > 0
      ? html`<strong>${view.seatsLeft}</strong> of ${view.capacity} seats left`
      : html`All ${view.capacity} seats are taken${view.waiting > 0 ? html` · ${view.waiting} on the waitlist` : ""}`;
  return page({
    title: `RSVP: ${view.title}`,
    kind: "rsvp",
    viewer: options.viewer,
    script: "rsvp.js",
    body: html`<article class="card rsvp-card"${options.events ? html` data-events="${options.events}" data-page="${options.self}"` : ""}>
<p class="eyebrow">You are invited to</p>
<h1 class="rsvp-title">${view.title}</h1>
${view.theme ? html`<p class="theme">Theme: ${view.theme}</p>` : ""}
${when(view)}
<p class="seats">${seats}. Seats go first come, first served.</p>
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ""}
<div class="standing">${standing(view, options)}</div>
</article>
<p id="rsvp-said" class="sr-only" aria-live="polite"></p>`,
  });
}
