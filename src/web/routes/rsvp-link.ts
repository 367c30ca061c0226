import { facilitatesMeeting } from "../../jobs/facilitates.js";
import { inviteWarning } from "../../jobs/invite-warning.js";
import { BoundedCache } from "../bounded-cache.js";
import { type MakeRoute, meetingPath } from "./route.js";
import { shareLink } from "./share-link.js";

/** GET …/meetings/N/rsvp-link: the link to share, as JSON, for the meeting's facilitator only. */
export const rsvpLink: MakeRoute = (shared) => {
  // Repositories whose invitation warning was logged (once a day each).
  const warned = new BoundedCache<boolean>(1_000, 24 * 60 * 60_000);
  return {
    method: "GET",
    path: meetingPath("rsvp-link"),
    run: async (ctx) => {
      // It lets anyone take a seat: for the meeting's facilitator only.
      const [owner = "", repo = "", n = ""] = ctx.groups;
      const allowed = await shared.access(ctx, owner, repo);
      if (!("user" in allowed)) return allowed;
      const github = await shared.installation(owner, repo);
      const meeting = { owner, repo, issue: Number(n) };
      if (!(await facilitatesMeeting(github, meeting, allowed.user.login)))
        return { status: 403, text: "Only the meeting's facilitator can share its RSVP link." };
      const link = shareLink(shared.settings, owner, repo, n);
      const warning = await inviteWarning(github, meeting);
      const repository = `${owner}/${repo}`.toLowerCase();
      if (warning && !warned.get(repository)) {
        warned.set(repository, true);
        shared.log(`web: ${warning}`);
      }
      return { json: warning ? { link, warning } : { link } };
    },
  };
};
