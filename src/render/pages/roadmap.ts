import { isKind, kindConflicts } from "../../core/kinds.js";
import { roadmapOf } from "../../core/roadmap/roadmap.js";
import { renderRoadmapPage } from "../roadmap/roadmap-page.js";
import type { PageKind } from "./page-kind.js";

/** The roadmap by lane and quarter, once the repository has a roadmap item. */
export const roadmapPage: PageKind = {
  region: "roadmap",
  pages: ({ snapshot, config, now, site, tree }) =>
    snapshot.issues.some((i) => isKind(i, "roadmap", config))
      ? [
          {
            path: config.pages.roadmap,
            title: "Roadmap",
            intro: `What we plan to build, by lane and quarter, in priority order.`,
            content: renderRoadmapPage({
              roadmap: roadmapOf(snapshot, config, now, tree),
              config,
              now,
              site,
              conflicts: kindConflicts(snapshot, config),
            }),
          },
        ]
      : [],
};
