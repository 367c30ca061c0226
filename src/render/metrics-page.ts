import type { Root } from "mdast";
import type { Config } from "../config/index.js";
import { formatQuarter, type QuarterMetrics } from "../core/index.js";
import { formatDay } from "./dates.js";
import { code, heading, paragraph, strong, table } from "./mdast.js";

/**
 * The metrics page: participation (topics proposed, discussed, parked; votes and voters) and
 * delivery (roadmap items shipped by lane, OKR attainment, action items) for the last four
 * quarters, with a chart of topics proposed and discussed.
 */
export function renderMetricsPage(rows: QuarterMetrics[], config: Config, now: string): Root {
  const quarters = rows.map((r) => formatQuarter(r.quarter));
  const lanes = [
    ...config.lanes.map((l) => ({ key: l.key, name: l.name })),
    { key: "none", name: "No lane" },
  ].filter((lane) => lane.key !== "none" || rows.some((r) => r.shippedByLane.none));
  const attainment = (r: QuarterMetrics) =>
    r.okrAttainment === null ? "–" : `${Math.round(r.okrAttainment * 100)}%`;
  return {
    type: "root",
    children: [
      paragraph(strong(`The last ${rows.length} quarters`), ` · as of ${formatDay(now)}`),
      heading(2, "Participation"),
      table(
        ["left", "right", "right", "right", "right", "right"],
        ["Quarter", "Topics proposed", "Discussed", "Parked", "Votes", "Voters"],
        rows.map((r, i) => [
          quarters[i] ?? "",
          String(r.topicsProposed),
          String(r.topicsDiscussed),
          String(r.topicsParked),
          String(r.votes),
          String(r.voters),
        ]),
      ),
      code(
        "mermaid",
        [
          "xychart-beta",
          '  title "Topics proposed (bars) and discussed (line)"',
          `  x-axis [${quarters.map((q) => `"${q}"`).join(", ")}]`,
          `  y-axis "Topics" 0 --> ${Math.max(1, ...rows.map((r) => Math.max(r.topicsProposed, r.topicsDiscussed)))}`,
          `  bar [${rows.map((r) => r.topicsProposed).join(", ")}]`,
          `  line [${rows.map((r) => r.topicsDiscussed).join(", ")}]`,
        ].join("\n"),
      ),
      heading(2, "Delivery"),
      table(
        ["left", ...lanes.map(() => "right" as const), "right", "right", "right"],
        [
          "Quarter",
          ...lanes.map((l) => `Shipped: ${l.name}`),
          "OKR attainment",
          "Action items opened",
          "Closed",
        ],
        rows.map((r, i) => [
          quarters[i] ?? "",
          ...lanes.map((l) => String(r.shippedByLane[l.key] ?? 0)),
          attainment(r),
          String(r.actionItemsOpened),
          String(r.actionItemsClosed),
        ]),
      ),
    ],
  };
}
