import { signInUrl } from "../../github/user-auth.js";
import { webBase } from "../../render/web/layout.js";
import { randomToken } from "../session.js";
import type { MakeRoute } from "./route.js";
import { safeNext } from "./safe-next.js";

/** The URL GitHub sends a person back to after the sign-in. */
export const callbackUrl = (publicUrl: string) => `${publicUrl}${webBase}/callback`;

/** GET /roundtable/signin?next=…: to GitHub's sign-in, remembering where to come back. */
export const signIn: MakeRoute = ({ settings }) => ({
  method: "GET",
  path: new RegExp(`^${webBase}/signin$`),
  run: async (ctx) => {
    const next = ctx.url.searchParams.get("next") ?? webBase;
    ctx.session.oauthState = randomToken();
    // Only a path of ours: the sign-in never sends anyone elsewhere.
    ctx.session.next = safeNext.test(next) ? next : webBase;
    await ctx.session.save();
    const url = signInUrl(settings, callbackUrl(settings.publicUrl), ctx.session.oauthState);
    return { redirect: url, status: 302 };
  },
});
