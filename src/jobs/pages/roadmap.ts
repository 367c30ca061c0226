import { roadmapOf, sameName } from "../../core/index.js";
import { renderRoadmapPage } from "../../render/index.js";
import { keep, type PageKind } from "./page-kind.js";

/** The roadmap by lane and quarter, once the repository has a roadmap item. */
export const roadmapPage: PageKind = {
  region: "roadmap",
  pages: ({ snapshot, config, now, site }) =>
    snapshot.issues.some((i) => i.labels.some((l) => sameName(l, config.labels.roadmap)))
      ? [
          {
            path: config.pages.roadmap,
            title: "Roadmap",
            intro: `What we plan to build, by lane and quarter, in priority order. ${keep}`,
            content: renderRoadmapPage({
              roadmap: roadmapOf(snapshot, config, now),
              config,
              now,
              site,
            }),
          },
        ]
      : [],
};
