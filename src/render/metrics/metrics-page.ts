import type { PhrasingContent, Root, RootContent } from "mdast";
import type { Config } from "../../config/index.js";
import { type Meeting, minutesBetween } from "../../core/meetings/meeting.js";
import type { QuarterMetrics } from "../../core/metrics/metrics.js";
import { formatQuarter } from "../../core/quarters.js";
import { formatDay } from "../dates.js";
import { code, heading, link, paragraph, strong, table, text } from "../mdast.js";
import { xychart } from "../mermaid/index.js";
import { safeText } from "../text/safe-text.js";

/** How many meetings the metrics page lists, the newest first. */
const meetingRows = 8;

/**
 * The metrics page: the last quarter against the one before in one line, then participation
 * (topics proposed, discussed, parked; votes and voters) and delivery (roadmap items shipped, OKR
 * attainment, action items) for the last four quarters, from the first with anything in it, with
 * a chart of topics proposed and discussed once there are three quarters to compare.
 */
export function renderMetricsPage(
  all: QuarterMetrics[],
  config: Config,
  now: string,
  meetings: Meeting[] = [],
): Root {
  const first = all.findIndex((r) => !empty(r));
  const rows = first === -1 ? all.slice(-1) : all.slice(first);
  const quarters = rows.map((r) => formatQuarter(r.quarter));
  const children: Root["children"] = [
    paragraph(...glance(rows, shipped), ` · as of ${formatDay(now)}`),
    heading(2, "Participation"),
    participationTable(rows, quarters),
    // A trend needs three points: with fewer the table says it all.
    ...(rows.length >= 3 ? [topicsChart(rows, quarters)] : []),
    heading(2, "Delivery"),
    deliveryTable(rows, quarters, config),
    ...meetingsTable(meetings),
  ];
  return { type: "root", children };
}

/** Roadmap items shipped in a quarter, all lanes together. */
const shipped = (r: QuarterMetrics) => Object.values(r.shippedByLane).reduce((a, b) => a + b, 0);

/** Topics proposed, discussed and parked, votes and voters, a row per quarter. */
function participationTable(rows: QuarterMetrics[], quarters: string[]): RootContent {
  return table(
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
  );
}

/** A chart of topics proposed (bars) and discussed (line) by quarter. */
function topicsChart(rows: QuarterMetrics[], quarters: string[]): RootContent {
  return code(
    "mermaid",
    xychart({
      title: "Topics proposed (bars) and discussed (line)",
      categories: quarters,
      yAxis: {
        title: "Topics",
        max: Math.max(...rows.map((r) => Math.max(r.topicsProposed, r.topicsDiscussed))),
      },
      bar: rows.map((r) => r.topicsProposed),
      line: rows.map((r) => r.topicsDiscussed),
    }),
  );
}

/** Roadmap items shipped by lane, OKR attainment and action items, a row per quarter. */
function deliveryTable(rows: QuarterMetrics[], quarters: string[], config: Config): RootContent {
  const lanes = [
    ...config.lanes.map((l) => ({ key: l.key, name: safeText(l.name, 40) })),
    { key: "none", name: "no lane" },
  ];
  const shippedCell = (r: QuarterMetrics) => {
    const parts = lanes
      .filter((l) => (r.shippedByLane[l.key] ?? 0) > 0)
      .map((l) => `${l.name} ${r.shippedByLane[l.key]}`);
    return parts.length === 0 ? "0" : `${shipped(r)} (${parts.join(", ")})`;
  };
  const attainment = (r: QuarterMetrics) =>
    r.okrAttainment === null ? "–" : `${Math.round(r.okrAttainment * 100)}%`;
  return table(
    ["left", "left", "right", "right", "right"],
    ["Quarter", "Roadmap items shipped", "OKR attainment", "Action items opened", "Closed"],
    rows.map((r, i) => [
      quarters[i] ?? "",
      shippedCell(r),
      attainment(r),
      String(r.actionItemsOpened),
      String(r.actionItemsClosed),
    ]),
  );
}

/** A quarter before the group did anything: no row of zeros for it. */
function empty(r: QuarterMetrics): boolean {
  return (
    r.topicsProposed + r.topicsDiscussed + r.topicsParked + r.votes + r.actionItemsOpened === 0 &&
    r.actionItemsClosed === 0 &&
    r.okrAttainment === null &&
    Object.values(r.shippedByLane).every((n) => n === 0)
  );
}

/** The last quarter against the one before, in one line: each figure and how far it moved. */
function glance(rows: QuarterMetrics[], shipped: (r: QuarterMetrics) => number): PhrasingContent[] {
  const last = rows.at(-1);
  if (!last) return [strong("No quarters yet")];
  const before = rows.length >= 2 ? rows.at(-2) : undefined;
  const moved = (now: number, then: number | undefined, unit = "") =>
    then === undefined
      ? ""
      : now === then
        ? " (same)"
        : ` (${now > then ? "+" : "−"}${Math.abs(now - then)}${unit})`;
  const okr = (r: QuarterMetrics | undefined) =>
    r?.okrAttainment == null ? undefined : Math.round(r.okrAttainment * 100);
  const parts = [
    `${last.topicsProposed} topics proposed${moved(last.topicsProposed, before?.topicsProposed)}`,
    `${last.topicsDiscussed} discussed${moved(last.topicsDiscussed, before?.topicsDiscussed)}`,
    `${last.votes} votes${moved(last.votes, before?.votes)}`,
    `${shipped(last)} roadmap ${shipped(last) === 1 ? "item" : "items"} shipped${moved(shipped(last), before && shipped(before))}`,
  ];
  const attained = okr(last);
  if (attained !== undefined)
    parts.push(`OKRs at ${attained}%${moved(attained, okr(before), " points")}`);
  return [
    strong(
      before
        ? `${formatQuarter(last.quarter)} against ${formatQuarter(before.quarter)}:`
        : `${formatQuarter(last.quarter)}:`,
    ),
    ` ${parts.join(", ")}`,
  ].map((p) => (typeof p === "string" ? text(p) : p));
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
