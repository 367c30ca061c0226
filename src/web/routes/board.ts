import { loadBoardView } from "../../jobs/room.js";
import { boardPage } from "../../render/web/board-page.js";
import { type MakeRoute, repoPath } from "./route.js";

/** GET /roundtable/owner/repo: the board's topics, for a person who can read the repository. */
export const board: MakeRoute = ({ access, installation, now }) => ({
  method: "GET",
  path: new RegExp(`${repoPath}$`),
  run: async (ctx) => {
    const [owner = "", repo = ""] = ctx.groups;
    const allowed = await access(ctx, owner, repo);
    if (!("user" in allowed)) return allowed;
    const view = await loadBoardView(await installation(owner, repo), { owner, repo }, now());
    return { html: boardPage(view, { login: allowed.user.login, csrf: allowed.csrf }).text };
  },
});
