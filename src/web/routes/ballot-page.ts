import { ballotPage as page } from "../../render/web/ballot-page.js";
import { ballotView, noBallots } from "./ballot-view.js";
import { type MakeRoute, repoPath } from "./route.js";

/** GET /roundtable/owner/repo/ballot: the person's dots, private while the round is open. */
export const ballotPage: MakeRoute = (shared) => ({
  method: "GET",
  path: new RegExp(`${repoPath}/ballot$`),
  run: async (ctx) => {
    const [owner = "", repo = ""] = ctx.groups;
    const allowed = await shared.access(ctx, owner, repo);
    if (!("user" in allowed)) return allowed;
    const keys = shared.ballotKeys;
    if (!keys) return noBallots;
    const view = await ballotView(shared, keys, { owner, repo }, allowed.user.login);
    // A round that closed by its roundEnd: its last batch is written and opened (the app's timer).
    if (view.closed) await shared.followUps?.(owner, repo, shared.ballots.settle(shared.now()));
    return { html: page(view, { login: allowed.user.login, csrf: allowed.csrf }).text };
  },
});
