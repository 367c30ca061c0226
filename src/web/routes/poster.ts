import { loadPoster } from "../../jobs/room.js";
import { posterPage } from "../../render/web/poster-page.js";
import { type MakeRoute, meetingPath, notFound } from "./route.js";

/** GET …/meetings/N/poster?paper=a1|a4&orientation=…: the schedule to print. */
export const poster: MakeRoute = (shared) => ({
  method: "GET",
  path: meetingPath("poster"),
  run: async (ctx) => {
    const [owner = "", repo = "", n = ""] = ctx.groups;
    const allowed = await shared.access(ctx, owner, repo);
    if (!("user" in allowed)) return allowed;
    const key = { owner, repo, issue: Number(n) };
    if (!(await shared.rooms.isMeeting(key))) return notFound;
    const github = await shared.installation(owner, repo);
    const schedule = await loadPoster(github, key, shared.now());
    if (!schedule)
      return { status: 404, text: "This meeting has no schedule yet: /schedule makes one." };
    const paper = ctx.url.searchParams.get("paper") === "a4" ? "a4" : "a1";
    const orientation =
      ctx.url.searchParams.get("orientation") === "portrait" ? "portrait" : "landscape";
    const viewer = { login: allowed.user.login, csrf: allowed.csrf };
    return { html: posterPage(schedule, viewer, { paper, orientation }).text };
  },
});
