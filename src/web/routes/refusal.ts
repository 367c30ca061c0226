import { roomPage } from "../../render/web/room-page.js";
import type { Answer } from "../respond.js";
import type { Allowed } from "./access.js";
import { wantsJson } from "./done.js";
import { roomNow } from "./room-now.js";
import type { RouteContext, RouteDeps } from "./route.js";

/**
 * A refusal where the person pressed: JSON for the page's script; without a script, the room
 * again with the reason beside the buttons.
 */
export async function refusal(
  deps: RouteDeps,
  ctx: RouteContext,
  reason: string,
  allowed: Pick<Allowed, "user" | "csrf">,
): Promise<Answer> {
  if (wantsJson(ctx)) return { status: 409, json: { message: reason } };
  const [owner = "", repo = "", n = ""] = ctx.groups;
  const room = await roomNow(deps, { owner, repo, issue: Number(n) });
  if (!room) return { status: 409, text: reason };
  const viewer = { login: allowed.user.login, csrf: allowed.csrf };
  const where = ctx.url.pathname.endsWith("/vote") ? "vote" : "controls";
  const page = roomPage(room, viewer, deps.now(), { refused: { where, reason } });
  return { status: 409, html: page.text };
}
