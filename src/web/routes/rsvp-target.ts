import { rsvpTokenMatches } from "../rsvp-token.js";
import type { WebSettings } from "../settings.js";
import type { RouteContext } from "./route.js";
import { rsvpPath, rsvpSecret } from "./share-link.js";

/** The meeting an RSVP link names, when its token is the meeting's; null otherwise. */
export function rsvpTarget(settings: WebSettings, ctx: RouteContext) {
  const [owner = "", repo = "", n = ""] = ctx.groups;
  const token = ctx.url.searchParams.get("t");
  const ok = rsvpTokenMatches(rsvpSecret(settings), owner, repo, Number(n), token);
  return ok
    ? { owner, repo, issue: Number(n), self: `${rsvpPath(owner, repo, n)}?t=${token}` }
    : null;
}
