import type { GitHub } from "../../github/client.js";
import { asUser, canRead, type SignedIn } from "../../github/user-auth.js";
import { webBase } from "../../render/web/layout.js";
import { BoundedCache } from "../bounded-cache.js";
import type { Answer } from "../respond.js";
import { randomToken } from "../session.js";
import type { WebSettings } from "../settings.js";
import { notFound, type RouteContext } from "./route-context.js";

/** Who may see a repository's pages, with their own client and the session's CSRF token. */
export type Allowed = { user: SignedIn; github: GitHub; csrf: string };
export type Access = (ctx: RouteContext, owner: string, repo: string) => Promise<Allowed | Answer>;

/** How long a person's access to a repository is trusted without asking GitHub again. */
export const accessCacheMs = 5_000;
const accessCacheSize = 10_000;

/**
 * The access check of every repository page: the signed-in person who can read owner/repo with
 * their own token. Everyone else gets 404, never 403: a private repository's existence does not
 * leak. Not signed in: to the sign-in (a GET page), or 401.
 */
export function accessCheck(settings: WebSettings): Access {
  // Whether a person's token reads a repository (every page view asks): remembered briefly, so
  // that a person removed from the repository loses its pages within seconds, and for a bounded
  // number of people and repositories. The question itself is remembered, so that a hundred
  // requests arriving before GitHub answers the first ask it once.
  const readable = new BoundedCache<Promise<string | undefined>>(accessCacheSize, accessCacheMs);
  return async (ctx, owner, repo) => {
    const user = ctx.session.user;
    if (!user) {
      if (ctx.req.method !== "GET" || ctx.url.pathname.endsWith("/events"))
        return { status: 401, text: "Sign in first." };
      return {
        redirect: `${webBase}/signin?next=${encodeURIComponent(ctx.url.pathname)}`,
        status: 302,
      };
    }
    const github = asUser(settings, user.token);
    const key = `${user.login}\n${owner}/${repo}`.toLowerCase();
    // Asked again once it expires, however often the person comes back meanwhile.
    let asking = readable.get(key);
    if (asking === undefined) {
      asking = canRead(github, owner, repo);
      readable.set(key, asking);
      // A question GitHub did not answer is asked again by the next request.
      asking.catch(() => readable.delete(key));
    }
    const named = await asking;
    if (!named) return notFound;
    // GitHub's names ignore case, Roundtable's keys do not (a repository's lease, its timers):
    // a path spelled otherwise is sent to GitHub's spelling, its method and body kept.
    if (named !== `${owner}/${repo}`) return { redirect: spelled(ctx.url, named), status: 308 };
    return { user, github, csrf: await csrfOf(ctx) };
  };
}

/** The request's path and query with its `/owner/repo` as `named` spells them. */
export function spelled(url: URL, named: string): string {
  const [, , , ...rest] = url.pathname.slice(webBase.length).split("/");
  return `${webBase}/${[...named.split("/").map(encodeURIComponent), ...rest].join("/")}${url.search}`;
}

/** The session's CSRF token, made on its first page. */
export async function csrfOf(ctx: Pick<RouteContext, "session">): Promise<string> {
  if (!ctx.session.csrf) {
    ctx.session.csrf = randomToken();
    await ctx.session.save();
  }
  return ctx.session.csrf;
}
