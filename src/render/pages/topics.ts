import { renderTopicsPage } from "../board/topics-page.js";
import type { PageKind } from "./page-kind.js";

/** The topic queue, most-voted first: every board has it. */
export const topicsPage: PageKind = {
  region: "topics",
  pages: ({ snapshot, config, now, site, board }) => [
    {
      path: config.pages.topics,
      title: "Topics",
      intro: `What this group wants to discuss, the most-voted first.`,
      content: renderTopicsPage({
        queue: board.queue,
        tally: board.tally,
        config,
        now,
        site,
        repository: snapshot.repository,
      }),
    },
  ],
};
