import { homePage } from "../../render/web/home-page.js";
import { webBase } from "../../render/web/layout.js";
import { homeBoards } from "./home-boards.js";
import type { MakeRoute } from "./route.js";

/** GET /roundtable: signed in, the person's boards and their meetings; else the sign-in. */
export const home: MakeRoute = ({ settings, log }) => {
  const boardsOf = homeBoards(settings, log);
  return {
    method: "GET",
    path: new RegExp(`^${webBase}/?$`),
    run: async (ctx) => {
      const user = ctx.session.user;
      const csrf = ctx.session.csrf;
      if (!user || !csrf) return { html: homePage(null).text };
      const boards = await boardsOf(user);
      return { html: homePage({ login: user.login, csrf }, boards).text };
    },
  };
};
