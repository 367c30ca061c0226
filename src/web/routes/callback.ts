import { completeSignIn } from "../../github/user-auth.js";
import { webBase } from "../../render/web/layout.js";
import { startSession } from "../session.js";
import type { MakeRoute } from "./route.js";
import { callbackUrl } from "./sign-in.js";

/** GET /roundtable/callback: GitHub's answer to the sign-in, checked by its `state`. */
export const callback: MakeRoute = ({ settings, coordination, log }) => ({
  method: "GET",
  path: new RegExp(`^${webBase}/callback$`),
  run: async (ctx) => {
    const code = ctx.url.searchParams.get("code");
    const state = ctx.url.searchParams.get("state");
    if (!code || !state || state !== ctx.session.oauthState)
      return { status: 400, text: "This sign-in link has expired: sign in again." };
    const user = await completeSignIn(settings, code, callbackUrl(settings.publicUrl));
    await startSession(ctx.session, user, coordination);
    const next = ctx.session.next ?? webBase;
    ctx.session.oauthState = undefined;
    ctx.session.next = undefined;
    await ctx.session.save();
    log(`web: ${user.login} signed in`);
    return { redirect: next, status: 302 };
  },
});
