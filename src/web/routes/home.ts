import { homePage, webBase } from "../../jobs/index.js";
import type { MakeRoute } from "./route.js";

/** GET /roundtable: what Roundtable is, and the sign-in (or who is signed in). */
export const home: MakeRoute = () => ({
  method: "GET",
  path: new RegExp(`^${webBase}/?$`),
  run: async (ctx) => {
    const user = ctx.session.user;
    const csrf = ctx.session.csrf;
    return { html: homePage(user && csrf ? { login: user.login, csrf } : null).text };
  },
});
