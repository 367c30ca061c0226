import { facilitatesMeeting } from "../../jobs/facilitates.js";
import { refreshInvitees, refreshVote } from "../../jobs/room.js";
import { roomPage } from "../../render/web/room-page.js";
import { readRoom } from "../read-room.js";
import { sessionLive } from "../session.js";
import { accessCacheMs } from "./access.js";
import { type MakeRoute, meetingPath, notFound } from "./route.js";
import { shareLink } from "./share-link.js";

/** GET …/meetings/N: the meeting room, with the facilitator's controls for its facilitator. */
export const room: MakeRoute = (shared) => ({
  method: "GET",
  path: meetingPath(),
  run: async (ctx) => {
    const [owner = "", repo = "", n = ""] = ctx.groups;
    const allowed = await shared.access(ctx, owner, repo);
    if (!("user" in allowed)) return allowed;
    const now = shared.now();
    const key = { owner, repo, issue: Number(n) };
    if (!(await shared.rooms.isMeeting(key))) return notFound;
    const github = await shared.installation(owner, repo);
    // A room people are watching is current already: its page costs no read of GitHub.
    const current = shared.rooms.current(key) ?? (await readRoom(github, key, now, shared.log));
    if (!current) return notFound;
    // Back from a vote without the script: the vote re-read (GitHub sends no webhook for
    // it, and the live room reads it only on its next poll), so the page shows the change.
    const voted = ctx.url.searchParams.get("voted");
    const shown =
      voted === "up" || voted === "down"
        ? await refreshVote(github, { owner, repo }, current)
        : current;
    const login = allowed.user.login;
    // The share link (it lets anyone take a seat, and the app invites whoever takes one to the
    // repository) and who is invited: the group's facilitators' only, asked of GitHub as the
    // RSVP link's own route asks. The controls: theirs, and the host's of their own meeting
    // (the meeting's rule lets a host who facilitates nothing run it, nothing more).
    const group = await facilitatesMeeting(github, key, login);
    const runs = group || current.facilitators.some((f) => f.toLowerCase() === login.toLowerCase());
    const viewer = { login, csrf: allowed.csrf, facilitates: runs };
    const said =
      voted === "up" ? "You voted 👍 go on." : voted === "down" ? "You voted 👎 move on." : "";
    const rsvpLink = group ? shareLink(shared.settings, owner, repo, n) : undefined;
    // The transcript's form too: its upload asks the same of GitHub, and refuses anyone else.
    const options = {
      ...(said ? { said } : {}),
      ...(rsvpLink ? { rsvpLink } : {}),
      ...(group ? { drafts: true } : {}),
    };
    // Who accepted their invitation, as GitHub says now (the meeting's state learns it later).
    const room = group ? await refreshInvitees(github, { owner, repo }, shown) : shown;
    return { html: roomPage(room, viewer, now, options).text };
  },
});

/** GET …/meetings/N/events: the room's live updates (server-sent events). */
export const roomEvents: MakeRoute = (shared) => ({
  method: "GET",
  path: meetingPath("events"),
  run: async (ctx) => {
    const [owner = "", repo = "", n = ""] = ctx.groups;
    const allowed = await shared.access(ctx, owner, repo);
    if (!("user" in allowed)) return allowed;
    const key = { owner, repo, issue: Number(n) };
    const login = allowed.user.login;
    // The group's facilitators' streams also carry who is invited: asked as the page asks it.
    const facilitates = async () =>
      facilitatesMeeting(await shared.installation(owner, repo), key, login);
    // Signed out (on any instance) or removed from the repository: the stream ends, as the
    // pages go, within the time an access decision is trusted.
    const stillAllowed = async () =>
      (await sessionLive(ctx.session, shared.coordination)) &&
      "user" in (await shared.access(ctx, owner, repo));
    // Capped per session and per address; a number that is no meeting costs no room.
    return shared.rooms.join(key, ctx.res, {
      session: ctx.session.id ?? login,
      address: ctx.req.socket.remoteAddress ?? "",
      facilitates,
      stillAllowed,
      recheckMs: accessCacheMs,
    });
  },
});
