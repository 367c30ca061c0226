import type { Config } from "../../config/index.js";
import { formatQuarter, quarterStart } from "../../core/quarters.js";
import { retrosOf } from "../../core/retro/retro.js";
import { roadmapOf } from "../../core/roadmap/roadmap.js";
import { renderRetroPage } from "../retro/retro-page.js";
import type { PageKind } from "./page-kind.js";

/** A page for each retro: a quarter's, beside its OKRs and roadmap, or a meeting's. */
export const retroPages: PageKind = {
  region: "retro",
  pages: ({ snapshot, config, now, site, quarters, tree }) =>
    retrosOf(snapshot, config).map((retro) => {
      const quarter = retro.quarter;
      return {
        path: `${config.pages.retros}/${retro.key}.md`,
        title: quarter ? `Retro ${retro.key}` : `Retro: ${retro.issue.title}`,
        intro: `What the group said, most-voted first, and what it will do about it.`,
        content: renderRetroPage({
          retro,
          okrs: quarter ? quarters.find((q) => formatQuarter(q.quarter) === retro.key) : undefined,
          roadmap: quarter
            ? roadmapOf(snapshot, config, retroMoment(quarter, config), tree)
            : undefined,
          now,
          site,
        }),
      };
    }),
};

/** A moment inside a quarter, so the roadmap's "this quarter" is the retro's quarter. */
function retroMoment(quarter: { year: number; q: 1 | 2 | 3 | 4 }, config: Config): string {
  return `${quarterStart(quarter, config.roadmap.fiscalYearStart)}T12:00:00Z`;
}
