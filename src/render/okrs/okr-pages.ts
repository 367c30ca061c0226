import type { PhrasingContent, Root, RootContent } from "mdast";
import { type CheckinStatus, drifted, trendOf } from "../../core/okrs/checkins.js";
import type { KeyResult, Objective, OkrStatus, QuarterOkrs } from "../../core/okrs/okrs.js";
import { formatQuarter } from "../../core/quarters.js";
import { formatDay } from "../dates.js";
import { code, heading, inlineCode, link, paragraph, strong, table, text } from "../mdast.js";
import { flowchart, xychart } from "../mermaid/index.js";
import { profileLink } from "../text/people.js";
import { safeText } from "../text/safe-text.js";

const statusName: Record<OkrStatus, string> = {
  done: "Done",
  "on-track": "On track",
  "at-risk": "At risk",
  missed: "Missed",
};

/** A progress bar of ten blocks and the percentage, readable in any font. */
function bar(progress: number): PhrasingContent[] {
  const filled = Math.round(progress * 10);
  return [
    inlineCode(`${"█".repeat(filled)}${"░".repeat(10 - filled)}`),
    text(` ${Math.round(progress * 100)}%`),
  ];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const mean = (objectives: Objective[]) =>
  objectives.length === 0
    ? 0
    : objectives.reduce((sum, o) => sum + o.progress, 0) / objectives.length;

function issueLink(issue: { url: string; title: string; number: number }): PhrasingContent[] {
  return [link(issue.url, safeText(issue.title) || `#${issue.number}`), text(` #${issue.number}`)];
}

/**
 * A quarter's OKR page: its objectives with progress and status, then each objective's key
 * results (start, current and target, and how far along they are).
 */
export function renderQuarterOkrs(okrs: QuarterOkrs, now: string, site: string): Root {
  const { objectives } = okrs;
  const children: RootContent[] = [
    paragraph(
      strong(`${formatQuarter(okrs.quarter)}: ${statusCounts(objectives)}`),
      ` · ${percent(mean(objectives))} overall · ${percent(Math.min(1, okrs.elapsed))} of the quarter gone · as of ${formatDay(now)}`,
    ),
    ...driftedLine(objectives),
    objectivesTable(objectives, site),
    ...objectives.flatMap((o) => objectiveSection(o, site)),
  ];
  return { type: "root", children };
}

/** The key results whose last check-ins drifted to at risk, named right under the summary. */
function driftedLine(objectives: Objective[]): RootContent[] {
  const drifting = objectives.flatMap((o) => o.keyResults.filter((kr) => drifted(kr.checkins)));
  if (drifting.length === 0) return [];
  return [
    paragraph(
      strong("Drifted to at risk"),
      ": ",
      ...drifting.flatMap((kr, i) => [
        ...(i > 0 ? [text(", ")] : []),
        ...issueLink(kr.issue),
        text(` (now ${checkinStatusName[kr.checkins.at(-1)?.status ?? "at-risk"]})`),
      ]),
    ),
  ];
}

/** The objectives with owner, progress and status; a status that needs a hand in bold. */
function objectivesTable(objectives: Objective[], site: string): RootContent {
  return table(
    ["left", "left", "left", "left"],
    ["Objective", "Owner", "Progress", "Status"],
    objectives.map((o) => [
      issueLink(o.issue),
      o.issue.assignees[0] ? [profileLink(o.issue.assignees[0], site)] : "nobody yet",
      bar(o.progress),
      o.status === "at-risk" || o.status === "missed"
        ? [strong(statusName[o.status])]
        : statusName[o.status],
    ]),
  );
}

/** One objective: its key results, its plan, and each key result's check-ins. */
function objectiveSection(o: Objective, site: string): RootContent[] {
  const title = heading(2, `${safeText(o.issue.title) || "Objective"} (#${o.issue.number})`);
  if (o.keyResults.length === 0) {
    return [
      title,
      paragraph("No key results yet: add them as sub-issues, opened from the Key result form."),
    ];
  }
  return [
    title,
    table(
      ["left", "right", "right", "right", "left"],
      ["Key result", "Start", "Current", "Target", "Progress"],
      o.keyResults.map((kr) => [
        issueLink(kr.issue),
        value(kr, "start"),
        value(kr, "current"),
        value(kr, "target"),
        progressCell(kr),
      ]),
    ),
    ...planTree(o),
    ...o.keyResults.flatMap((kr) => checkinHistory(kr, site)),
  ];
}

/**
 * The objective's plan as GitHub's sub-issues hold it: objective → key results → roadmap items →
 * the topics they came from, as a chart and as a table of links. Nothing when no key result has a
 * roadmap item under it.
 */
function planTree(o: Objective): RootContent[] {
  const withItems = o.keyResults.filter((kr) => kr.items.length > 0);
  if (withItems.length === 0) return [];
  const chart = flowchart([
    {
      number: o.issue.number,
      title: o.issue.title,
      children: withItems.map((kr) => ({
        number: kr.issue.number,
        title: kr.issue.title,
        children: kr.items.map((item) => ({
          number: item.issue.number,
          title: item.issue.title,
          children: item.topics.map((t) => ({ number: t.number, title: t.title, children: [] })),
        })),
      })),
    },
  ]);
  const rows = withItems.flatMap((kr) =>
    kr.items.map((item) => [
      issueLink(kr.issue),
      [...issueLink(item.issue), text(item.issue.state === "closed" ? " (shipped)" : "")],
      item.topics.length === 0
        ? "–"
        : item.topics.flatMap((t, i) => [...(i > 0 ? [text(", ")] : []), ...issueLink(t)]),
    ]),
  );
  return [
    paragraph(
      strong("The plan under it"),
      ": its key results, the roadmap items that serve them, and the topics they came from.",
    ),
    ...(chart ? [code("mermaid", chart)] : []),
    table(["left", "left", "left"], ["Key result", "Roadmap item", "From topics"], rows),
  ];
}

const checkinStatusName: Record<CheckinStatus, string> = {
  "on-track": "on track",
  "at-risk": "at risk",
  "off-track": "off track",
};

/**
 * A key result's check-ins over the quarter: the last one and the trend in a line, the values as a
 * line chart (from two check-ins on), and every check-in in a table.
 */
function checkinHistory(kr: KeyResult, site: string): RootContent[] {
  const { checkins } = kr;
  const last = checkins.at(-1);
  if (!last) return [];
  const unit = safeText(kr.numbers.unit, 20);
  const shown = (n: number) => (unit === "" ? String(n) : unit === "%" ? `${n}%` : `${n} ${unit}`);
  const trend = trendOf(checkins);
  const moved =
    trend === null
      ? "the first check-in"
      : trend.delta === 0
        ? "unchanged since the check-in before"
        : `${trend.delta > 0 ? "↑" : "↓"} ${shown(Math.abs(Math.round(trend.delta * 100) / 100))} since the check-in before`;
  const out: RootContent[] = [
    heading(3, `Check-ins: ${safeText(kr.issue.title, 80) || "Key result"} (#${kr.issue.number})`),
    paragraph(
      `Last ${formatDay(last.at)}: ${shown(last.value)}${last.status ? `, ${checkinStatusName[last.status]}` : ""} · ${moved}${drifted(checkins) ? " · " : ""}`,
      ...(drifted(checkins) ? [strong("drifted from on track")] : []),
    ),
  ];
  if (checkins.length >= 2)
    out.push(
      code(
        "mermaid",
        xychart({
          title: `#${kr.issue.number} check-ins`,
          categories: checkins.map((c) => formatDay(c.at).replace(/ \d{4}$/, "")),
          yAxis: {
            title: unit || "Value",
            max: Math.max(...checkins.map((c) => c.value), kr.numbers.target ?? 0),
          },
          line: checkins.map((c) => c.value),
        }),
      ),
    );
  out.push(
    table(
      ["left", "right", "left", "left", "left"],
      ["Date", "Value", "Status", "Note", "Who"],
      checkins.map((c) => [
        formatDay(c.at),
        shown(c.value),
        c.status ? checkinStatusName[c.status] : "–",
        safeText(c.note, 280) || "–",
        [profileLink(c.by, site)],
      ]),
    ),
  );
  return out;
}

function value(kr: KeyResult, which: "start" | "current" | "target"): string {
  const n = kr.numbers[which];
  if (n === null) return "–";
  const unit = safeText(kr.numbers.unit, 20);
  return unit === "" ? String(n) : unit === "%" ? `${n}%` : `${n} ${unit}`;
}

function progressCell(kr: KeyResult): PhrasingContent[] {
  if (kr.measured) return bar(kr.progress);
  if (kr.subIssues && kr.issue.state !== "closed")
    return [
      ...bar(kr.progress),
      text(` (${kr.subIssues.completed} of ${kr.subIssues.total} sub-issues closed)`),
    ];
  return [text(kr.progress >= 1 ? "done" : "not done"), text(" (no numbers)")];
}

/**
 * How the objectives stand, every status named even at zero so the line always reads alike:
 * "4 objectives: 1 done, 2 on track, 1 at risk, 0 missed".
 */
function statusCounts(objectives: Objective[]): string {
  const n = (status: OkrStatus) => objectives.filter((o) => o.status === status).length;
  return `${objectives.length} ${objectives.length === 1 ? "objective" : "objectives"}: ${n("done")} done, ${n("on-track")} on track, ${n("at-risk")} at risk, ${n("missed")} missed`;
}

/**
 * A fiscal year's OKR page: how the year's objectives stand, each quarter's rolled up, and a chart
 * of their progress once three quarters have objectives to compare.
 */
export function renderYearOkrs(year: number, quarters: QuarterOkrs[], now: string): Root {
  const byQ = [1, 2, 3, 4].map((q) =>
    quarters.find((x) => x.quarter.year === year && x.quarter.q === q),
  );
  const held = byQ.flatMap((x) => (x && x.objectives.length > 0 ? [x] : []));
  const children: RootContent[] = [
    paragraph(
      strong(`Fiscal year ${year}: ${statusCounts(held.flatMap((x) => x.objectives))}`),
      ` · as of ${formatDay(now)}`,
    ),
    table(
      ["left", "right", "right", "right", "left"],
      ["Quarter", "Objectives", "Done", "At risk or missed", "Progress"],
      byQ.map((x, i) => [
        x ? [link(`${year}-Q${i + 1}.md`, `${year}-Q${i + 1}`)] : `${year}-Q${i + 1}`,
        x ? String(x.objectives.length) : "–",
        x ? String(x.objectives.filter((o) => o.status === "done").length) : "–",
        x
          ? String(
              x.objectives.filter((o) => o.status === "at-risk" || o.status === "missed").length,
            )
          : "–",
        x ? bar(mean(x.objectives)) : "none set",
      ]),
    ),
  ];
  // Two bars say no more than the two rows above them: the chart starts at three quarters.
  if (held.length >= 3) {
    children.push(
      code(
        "mermaid",
        xychart({
          title: `Objectives' progress by quarter, ${year}`,
          categories: held.map((x) => `Q${x.quarter.q}`),
          yAxis: { title: "Progress (%)", max: 100, percent: true },
          bar: held.map((x) => Math.round(mean(x.objectives) * 100)),
        }),
      ),
    );
  }
  return { type: "root", children };
}
