import type { Root } from "mdast";
import type { Config } from "../config/index.js";
import { formatQuarter, type Meeting, minutesBetween, type QuarterMetrics } from "../core/index.js";
import { formatDay } from "./dates.js";
import { code, heading, link, paragraph, strong, table } from "./mdast.js";
import { safeText } from "./safe-text.js";

/** How many meetings the metrics page lists, the newest first. */
const meetingRows = 8;

/**
 * The metrics page: participation (topics proposed, discussed, parked; votes and voters) and
 * delivery (roadmap items shipped by lane, OKR attainment, action items) for the last four
 * quarters, with a chart of topics proposed and discussed.
 */
export function renderMetricsPage(
  rows: QuarterMetrics[],
  config: Config,
  now: string,
  meetings: Meeting[] = [],
): Root {
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
      ...meetingsTable(meetings),
    ],
  };
}

/**
 * The meetings held, the newest first: who came, how much was discussed in how long, what it
 * left behind, and how much of the room agreed at the check-in (the share of 👍 in its answers).
 */
function meetingsTable(meetings: Meeting[]): Root["children"] {
  const held = meetings
    .filter((m) => m.startedAt)
    .sort((a, b) => (b.startedAt ?? "").localeCompare(a.startedAt ?? ""))
    .slice(0, meetingRows);
  if (held.length === 0) return [];
  return [
    heading(2, "Meetings"),
    table(
      ["left", "left", "right", "right", "right", "right", "right"],
      ["Date", "Meeting", "Participants", "Topics", "Minutes", "Takeaways", "Check-in 👍"],
      held.map((m) => {
        const answers = m.checkins.flatMap((c) => (c.answer === "vote" ? c.statements : []));
        const up = answers.reduce((n, s) => n + s.up, 0);
        const all = answers.reduce((n, s) => n + s.up + s.down, 0);
        const notes =
          m.takeaways.length +
          m.discussions.reduce((n, d) => n + d.takeaways.length + (d.outcome ? 1 : 0), 0);
        return [
          m.form.date ?? (m.startedAt ?? "").slice(0, 10),
          [link(m.issue.url, `#${m.issue.number} ${safeText(m.issue.title, 60)}`)],
          String(m.roster.seated.length),
          String(m.discussions.length),
          m.endedAt && m.startedAt ? String(minutesBetween(m.startedAt, m.endedAt)) : "–",
          String(notes),
          all === 0 ? "–" : `${Math.round((up / all) * 100)}%`,
        ];
      }),
    ),
  ];
}
