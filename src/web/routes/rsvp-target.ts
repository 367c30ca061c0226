import type { GitHub } from "../../github/client.js";
import { canRead } from "../../github/user-auth.js";
import { BoundedCache } from "../bounded-cache.js";
import type { Answer } from "../respond.js";
import { rsvpTokenMatches } from "../rsvp-token.js";
import type { WebSettings } from "../settings.js";
import { spelled } from "./access.js";
import { notFound, type RouteContext } from "./route-context.js";
import { rsvpPath, rsvpSecret } from "./share-link.js";

export type RsvpTarget = { owner: string; repo: string; issue: number; self: string };
export type RsvpTargetOf = (ctx: RouteContext) => Promise<RsvpTarget | Answer>;

/**
 * The meeting an RSVP link names, when its token is the meeting's (404 otherwise), as GitHub
 * spells its repository. The token ignores case, as GitHub's names do, but Roundtable's keys do
 * not (the repository's lease a seat is taken under, its timers): a path spelled otherwise is
 * sent on (308) to GitHub's spelling, asked with the app's client (these pages are for people
 * who cannot read the repository) and remembered a while, for a bounded number of repositories.
 */
export function rsvpTarget(deps: {
  settings: WebSettings;
  installation: (owner: string, repo: string) => Promise<GitHub>;
}): RsvpTargetOf {
  const spellings = new BoundedCache<Promise<string | undefined>>(1_000, 10 * 60_000);
  const spelling = (owner: string, repo: string) => {
    const key = `${owner}/${repo}`.toLowerCase();
    let asking = spellings.get(key);
    if (asking === undefined) {
      asking = deps.installation(owner, repo).then((github) => canRead(github, owner, repo));
      spellings.set(key, asking);
      asking.catch(() => spellings.delete(key));
    }
    return asking;
  };
  return async (ctx) => {
    const [owner = "", repo = "", n = ""] = ctx.groups;
    const token = ctx.url.searchParams.get("t");
    if (!rsvpTokenMatches(rsvpSecret(deps.settings), owner, repo, Number(n), token))
      return notFound;
    const named = await spelling(owner, repo);
    if (!named) return notFound;
    if (named !== `${owner}/${repo}`) return { redirect: spelled(ctx.url, named), status: 308 };
    return { owner, repo, issue: Number(n), self: `${rsvpPath(owner, repo, n)}?t=${token}` };
  };
}
