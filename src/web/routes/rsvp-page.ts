import { loadRsvpView } from "../../jobs/rsvp-view.js";
import { rsvpPage as page } from "../../render/web/rsvp-page.js";
import { csrfOf } from "./access.js";
import { type MakeRoute, meetingPath, notFound } from "./route.js";

/**
 * GET …/meetings/N/rsvp?t=…: the one page open to people who cannot read the repository. Its
 * link carries the meeting's token; without the right one it is 404, like any page a person may
 * not see. Signing in (the App's user authorization) is all it asks.
 */
export const rsvpPage: MakeRoute = (shared) => ({
  method: "GET",
  path: meetingPath("rsvp"),
  run: async (ctx) => {
    const meeting = await shared.rsvpTarget(ctx);
    if (!("self" in meeting)) return meeting;
    const user = ctx.session.user;
    const csrf = user ? await csrfOf(ctx) : undefined;
    const github = await shared.installation(meeting.owner, meeting.repo);
    const view = await loadRsvpView(github, meeting, shared.now(), user?.login ?? null);
    if (!view) return notFound;
    const viewer = user && csrf ? { login: user.login, csrf } : null;
    const notice = ctx.url.searchParams.get("done");
    const said = notice === "leave" ? "You gave up your place." : undefined;
    // Waiting for the person to accept GitHub's invitation: their stream asks GitHub for it.
    const awaiting = view.viewer?.invitation === "pending" ? "&awaiting=invitation" : "";
    const events = `${meeting.self.replace("/rsvp?", "/rsvp/events?")}${awaiting}`;
    const options = { viewer, self: meeting.self, events, ...(said ? { notice: said } : {}) };
    return { html: page(view, options).text };
  },
});
