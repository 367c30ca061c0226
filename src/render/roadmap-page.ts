import type { PhrasingContent, Root, RootContent } from "mdast";
import type { Config } from "../config/index.js";
import {
  formatQuarter,
  type Priority,
  presetNames,
  type Quarter,
  quarterStart,
  type Roadmap,
  type RoadmapItem,
} from "../core/index.js";
import { formatDay } from "./dates.js";
import { code, emphasis, heading, link, paragraph, strong, table, text } from "./mdast.js";
import { profileLink } from "./people.js";
import { maxRows, safeText } from "./safe-text.js";

export interface RoadmapPageInput {
  roadmap: Roadmap;
  config: Config;
  now: string;
  site: string;
}

/**
 * The roadmap page: where the work sits across the lanes (how much is still R&D), the quarters as
 * a gantt chart, then each lane with its items for this quarter, the next and later, ranked by
 * priority with the parts each score came from; and the further ideas.
 */
export function renderRoadmapPage({ roadmap, config, now, site }: RoadmapPageInput): Root {
  const { current, next } = roadmap;
  const placed = roadmap.lanes.flatMap((s) => [...s.thisQuarter, ...s.nextQuarter, ...s.later]);
  const children: RootContent[] = [
    paragraph(
      strong(`${placed.length} ${placed.length === 1 ? "item" : "items"} on the roadmap`),
      ` · ${roadmap.furtherIdeas.length} further ${roadmap.furtherIdeas.length === 1 ? "idea" : "ideas"} · priority: ${presetNames[config.roadmap.priority]} · as of ${formatDay(now)} (${formatQuarter(current)})`,
    ),
  ];

  if (placed.length > 0) {
    children.push(
      heading(2, "Where the work is"),
      code(
        "mermaid",
        [
          "pie title Roadmap items by lane",
          ...roadmap.lanes.map(
            (s) =>
              `  "${mermaidText(s.lane.name)}" : ${s.thisQuarter.length + s.nextQuarter.length + s.later.length}`,
          ),
        ].join("\n"),
      ),
      code("mermaid", gantt(roadmap, config.roadmap.fiscalYearStart)),
    );
  }

  for (const section of roadmap.lanes) {
    children.push(heading(2, section.lane.name));
    if (section.lane.description) children.push(paragraph(emphasis(section.lane.description)));
    const groups: Array<[string, RoadmapItem[]]> = [
      [`${section.lane.name}: this quarter (${formatQuarter(current)})`, section.thisQuarter],
      [`${section.lane.name}: next quarter (${formatQuarter(next)})`, section.nextQuarter],
      [`${section.lane.name}: later`, section.later],
    ];
    if (groups.every(([, items]) => items.length === 0)) {
      children.push(paragraph("Nothing planned in this lane yet."));
      continue;
    }
    for (const [title, items] of groups) {
      if (items.length === 0) continue;
      children.push(heading(3, title), ...itemTable(items, site, current));
    }
  }

  children.push(heading(2, "Further ideas"));
  children.push(
    ...(roadmap.furtherIdeas.length === 0
      ? [paragraph("None: every open item has a lane and a quarter.")]
      : itemTable(roadmap.furtherIdeas, site, current)),
  );
  return { type: "root", children };
}

function itemTable(items: RoadmapItem[], site: string, current: Quarter): RootContent[] {
  const more = items.length - maxRows;
  const shown = table(
    ["left", "left", "left", "left", "right"],
    ["Item", "Priority", "Sponsor", "Status", "Votes"],
    items
      .slice(0, maxRows)
      .map((item) => [
        [
          link(item.issue.url, safeText(item.issue.title) || `Item #${item.issue.number}`),
          text(` #${item.issue.number}`),
        ],
        priorityCell(item.priority),
        item.sponsor ? [profileLink(item.sponsor, site)] : [strong("needs a sponsor")],
        statusOf(item, current),
        String(item.votes),
      ]),
  );
  return more > 0 ? [shown, paragraph(`…and ${more} more, lower in priority.`)] : [shown];
}

function priorityCell(priority: Priority): PhrasingContent[] {
  if (priority.value === null)
    return [emphasis(`unscored: ${priority.missing.join(", ")} unanswered`)];
  const formula = priority.parts
    .map((p, i) => `${i === 0 ? "" : p.divides ? " ÷ " : " × "}${p.name} ${p.value}`)
    .join("");
  return [strong(String(priority.value)), text(` (${formula})`)];
}

function statusOf(item: RoadmapItem, current: Quarter): string {
  if (item.shipped) return "Shipped";
  if (
    item.quarter &&
    (item.quarter.year < current.year ||
      (item.quarter.year === current.year && item.quarter.q < current.q))
  ) {
    return `Carried over from ${formatQuarter(item.quarter)}`;
  }
  return "Planned";
}

/** Each lane a section, each item a bar across its quarter. */
function gantt(roadmap: Roadmap, fiscalYearStart: number): string {
  const lines = [
    "gantt",
    "  title Roadmap by quarter",
    "  dateFormat YYYY-MM-DD",
    "  axisFormat %b %Y",
  ];
  for (const section of roadmap.lanes) {
    const items = [...section.thisQuarter, ...section.nextQuarter, ...section.later];
    if (items.length === 0) continue;
    lines.push(`  section ${mermaidText(section.lane.name)}`);
    for (const item of items) {
      const quarter =
        item.quarter &&
        item.quarter.year * 4 + item.quarter.q < roadmap.current.year * 4 + roadmap.current.q
          ? roadmap.current
          : item.quarter;
      if (!quarter) continue;
      const state = item.shipped ? "done, " : "";
      lines.push(
        `  ${mermaidText(item.issue.title)} :${state}${quarterStart(quarter, fiscalYearStart)}, 90d`,
      );
    }
  }
  return lines.join("\n");
}

/** Text for a Mermaid label: no characters that end a label or a statement, and short. */
function mermaidText(value: string): string {
  const flat = safeText(value, 48)
    .replace(/[:;#"{}[\]<>`]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return flat || "untitled";
}
