import type { RsvpView } from "../../core/index.js";
import { roomChannel } from "../../jobs/room.js";
import { loadRsvpView, type RsvpTarget } from "../../jobs/rsvp-view.js";
import { rsvpPage as page } from "../../render/web/rsvp-page.js";
import { BoundedCache } from "../bounded-cache.js";
import { csrfOf } from "./access.js";
import { type MakeRoute, meetingPath, notFound } from "./route.js";

/**
 * GET …/meetings/N/rsvp?t=…: the one page open to people who cannot read the repository. Its
 * link carries the meeting's token; without the right one it is 404, like any page a person may
 * not see. Signing in (the App's user authorization) is all it asks.
 */
export const rsvpPage: MakeRoute = (shared) => {
  // What a visitor who has not signed in sees is the same for every one of them: read once per
  // meeting every 10 s, so that however many load the link (or one, in a loop), the app asks
  // GitHub no more often than that. A signed-in person's page is theirs (their place, their
  // invitation) and within their own budget (page-budget.ts).
  const anonymous = new BoundedCache<Promise<RsvpView | null>>(1_000, 10_000);
  // A change the visitors' streams hear makes their pages read again: then from GitHub, not
  // from what was kept before it. Listened for from the first page kept, not when the route is
  // made: the architecture test makes every route of the table from nothing, to read its method.
  let forgetting = false;
  const viewOf = async (meeting: RsvpTarget, login: string | null) => {
    const read = async () =>
      loadRsvpView(
        await shared.installation(meeting.owner, meeting.repo),
        meeting,
        shared.now(),
        login,
      );
    if (login) return read();
    const key = roomChannel(meeting.owner, meeting.repo, meeting.issue);
    const kept = anonymous.get(key);
    if (kept) return kept;
    if (!forgetting) {
      shared.rsvpStreams.onChanged((channel) => anonymous.delete(channel));
      forgetting = true;
    }
    const reading = read();
    anonymous.set(key, reading);
    // A read that failed is not kept: the next visitor asks again.
    reading.catch(() => anonymous.delete(key));
    return reading;
  };
  return {
    method: "GET",
    path: meetingPath("rsvp"),
    run: async (ctx) => {
      const meeting = await shared.rsvpTarget(ctx);
      if (!("self" in meeting)) return meeting;
      const user = ctx.session.user;
      const csrf = user ? await csrfOf(ctx) : undefined;
      const view = await viewOf(meeting, user?.login ?? null);
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
  };
};
