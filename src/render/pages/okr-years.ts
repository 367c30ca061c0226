import { renderYearOkrs } from "../okrs/okr-pages.js";
import type { PageKind } from "./page-kind.js";

/** A page for each fiscal year with objectives, quarter by quarter. */
export const okrYearPages: PageKind = {
  region: "okrs-year",
  pages: ({ config, now, quarters }) =>
    [...new Set(quarters.map((q) => q.quarter.year))].sort().map((year) => ({
      path: `${config.pages.okrs}/${year}.md`,
      title: `OKRs ${year}`,
      intro: `The fiscal year ${year}, quarter by quarter.`,
      content: renderYearOkrs(year, quarters, now),
    })),
};
