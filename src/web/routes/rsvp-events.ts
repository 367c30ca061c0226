import { type MakeRoute, meetingPath, notFound } from "./route.js";
import { rsvpTarget } from "./rsvp-target.js";

/**
 * GET …/meetings/N/rsvp/events?t=…: the RSVP page's live updates, for whoever holds the link
 * (as the page itself): "changed" when the meeting does; the page's script reads it again.
 */
export const rsvpEvents: MakeRoute = (shared) => ({
  method: "GET",
  path: meetingPath("rsvp/events"),
  run: async (ctx) => {
    const meeting = rsvpTarget(shared.settings, ctx);
    if (!meeting) return notFound;
    if (!(await shared.rooms.isMeeting(meeting))) return notFound;
    return shared.rsvpStreams.join(meeting, ctx.res, ctx.req.socket.remoteAddress ?? "");
  },
});
