import { renderTakeawaysPage } from "../meetings/takeaways-page.js";
import type { PageKind } from "./page-kind.js";

/** What the group has learned, meeting by meeting: once there is a meeting. */
export const takeawaysPage: PageKind = {
  region: "takeaways",
  pages: ({ config, site, meetings, issues }) =>
    meetings.length === 0
      ? []
      : [
          {
            path: config.pages.takeaways,
            title: "Takeaways",
            intro: `What this group has learned, meeting by meeting, the newest first.`,
            content: renderTakeawaysPage(
              meetings,
              issues,
              site,
              config.pages.meetings,
              config.pages.takeaways,
            ),
          },
        ],
};
