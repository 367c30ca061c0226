import { invitationAccepted } from "../../jobs/rsvp-view.js";
import { type MakeRoute, meetingPath, notFound } from "./route.js";

/**
 * GET …/meetings/N/rsvp/events?t=…: the RSVP page's live updates, for whoever holds the link
 * (as the page itself): "changed" when the meeting does; the page's script reads it again.
 * With `awaiting=invitation` (the page of somebody whose invitation is pending), also when the
 * signed-in person accepted it: their own login only, so it tells nobody about anybody else.
 */
export const rsvpEvents: MakeRoute = (shared) => ({
  method: "GET",
  path: meetingPath("rsvp/events"),
  run: async (ctx) => {
    const meeting = await shared.rsvpTarget(ctx);
    if (!("self" in meeting)) return meeting;
    if (!(await shared.rooms.isMeeting(meeting))) return notFound;
    const login = ctx.session.user?.login;
    const awaiting =
      login && ctx.url.searchParams.get("awaiting") === "invitation"
        ? {
            login,
            accepted: async () =>
              invitationAccepted(
                await shared.installation(meeting.owner, meeting.repo),
                meeting,
                login,
              ),
          }
        : undefined;
    return shared.rsvpStreams.join(meeting, ctx.res, ctx.req.socket.remoteAddress ?? "", awaiting);
  },
});
