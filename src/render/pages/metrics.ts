import { sameName } from "../../core/kernel/same-name.js";
import { metricsOf } from "../../core/metrics/metrics.js";
import { renderMetricsPage } from "../metrics/metrics-page.js";
import type { PageKind } from "./page-kind.js";

/**
 * Participation and delivery, quarter by quarter: with meetings held, or the roadmap, OKRs or
 * action items (a topic board alone has its numbers on the topics page).
 */
export const metricsPage: PageKind = {
  region: "metrics",
  pages: ({ snapshot, config, now, quarters, meetings }) => {
    const tracked = [config.labels.roadmap, config.labels.objective, config.labels.actionItem];
    const wanted =
      meetings.some((m) => m.startedAt) ||
      snapshot.issues.some((i) => i.labels.some((l) => tracked.some((t) => sameName(l, t))));
    if (!wanted) return [];
    return [
      {
        path: config.pages.metrics,
        title: "Metrics",
        intro: `How this group takes part and delivers, quarter by quarter.`,
        content: renderMetricsPage(
          metricsOf(snapshot, config, quarters, now),
          config,
          now,
          meetings,
        ),
      },
    ];
  },
};
