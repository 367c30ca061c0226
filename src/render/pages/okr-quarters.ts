import { formatQuarter, quarterOf, quartersBetween } from "../../core/quarters.js";
import { renderQuarterOkrs } from "../okrs/okr-pages.js";
import type { PageKind } from "./page-kind.js";

/**
 * A page for each quarter with objectives. A past quarter's page, once written, is frozen: its
 * final state is history.
 */
export const okrQuarterPages: PageKind = {
  region: "okrs",
  pages: ({ config, now, site, quarters, existing }) => {
    const current = quarterOf(now, config.roadmap.fiscalYearStart);
    return quarters.flatMap((okrs) => {
      const name = formatQuarter(okrs.quarter);
      const path = `${config.pages.okrs}/${name}.md`;
      if (quartersBetween(current, okrs.quarter) < 0 && existing(path) !== undefined) return [];
      return [
        {
          path,
          title: `OKRs ${name}`,
          intro: `The objectives of ${name} and their key results. Once the quarter is over, this page is kept as it stood.`,
          content: renderQuarterOkrs(okrs, now, site),
        },
      ];
    });
  },
};
