import { revokeSignIn } from "../../github/user-auth.js";
import { webBase } from "../../render/web/layout.js";
import { csrfMatches, endSession } from "../session.js";
import { readForm } from "./read-form.js";
import { formExpired, type MakeRoute } from "./route.js";
import { safeNext } from "./safe-next.js";

/** POST /roundtable/signout: the session ends on every instance, and its token is revoked. */
export const signOut: MakeRoute = ({ settings, coordination, log }) => ({
  method: "POST",
  path: new RegExp(`^${webBase}/signout$`),
  run: async (ctx) => {
    const form = await readForm(ctx.req);
    if (!csrfMatches(ctx.session, form.get("csrf") ?? undefined)) return formExpired;
    const token = ctx.session.user?.token;
    await endSession(ctx.session, coordination);
    // The token is revoked too: a copy of the cookie made before sign-out acts as no one.
    if (token)
      await revokeSignIn(settings, token).catch((error: Error) =>
        log(`web: sign-out could not revoke the token: ${error.message}`),
      );
    // "Sign in as someone else" from a page not found: back to the sign-in, for that page.
    const next = form.get("next");
    return next && safeNext.test(next)
      ? { redirect: `${webBase}/signin?next=${encodeURIComponent(next)}` }
      : { redirect: webBase };
  },
});
