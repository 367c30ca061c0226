import type { PhrasingContent, Root, RootContent } from "mdast";
import type { Config } from "../../config/index.js";
import type { Kind, KindConflict } from "../../core/kinds.js";
import { formatQuarter, type Quarter, quarterStart } from "../../core/quarters.js";
import { type Priority, presetNames } from "../../core/roadmap/priority.js";
import type { Roadmap, RoadmapItem } from "../../core/roadmap/roadmap.js";
import { formatDay } from "../dates.js";
import { code, emphasis, heading, link, paragraph, strong, table, text } from "../mdast.js";
import { gantt, pie } from "../mermaid/index.js";
import { plural } from "../plural.js";
import { profileLink } from "../text/people.js";
import { maxRows, safeText } from "../text/safe-text.js";

export interface RoadmapPageInput {
  roadmap: Roadmap;
  config: Config;
  now: string;
  site: string;
  /** Issues whose type and label disagree: said here, once, rather than on every event. */
  conflicts?: KindConflict[];
}

/**
 * The roadmap page: where the work sits across the lanes (how much is still R&D), the quarters as
 * a gantt chart, then each lane with its items for this quarter, the next and later, ranked by
 * priority with the parts each score came from; and the further ideas.
 */
export function renderRoadmapPage({
  roadmap,
  config,
  now,
  site,
  conflicts = [],
}: RoadmapPageInput): Root {
  const { current, next } = roadmap;
  const placed = roadmap.lanes.flatMap((s) => [...s.thisQuarter, ...s.nextQuarter, ...s.later]);
  const children: RootContent[] = [
    paragraph(...glance(roadmap, current)),
    paragraph(
      `${plural(placed.length, "item")} on the roadmap · ${plural(roadmap.furtherIdeas.length, "further idea")} · priority: ${presetNames[config.roadmap.priority]} · as of ${formatDay(now)}`,
    ),
  ];

  if (placed.length > 0) {
    const lanes = pie(
      "Roadmap items by lane",
      roadmap.lanes.map((s) => ({
        label: s.lane.name,
        count: s.thisQuarter.length + s.nextQuarter.length + s.later.length,
      })),
    );
    children.push(heading(2, "Where the work is"));
    if (lanes) children.push(code("mermaid", lanes));
    children.push(code("mermaid", roadmapGantt(roadmap, config.roadmap.fiscalYearStart)));
  }

  for (const section of roadmap.lanes) {
    const lane = safeText(section.lane.name);
    children.push(heading(2, lane));
    if (section.lane.description)
      children.push(paragraph(emphasis(safeText(section.lane.description, 300))));
    const groups: Array<[string, RoadmapItem[]]> = [
      [`${lane}: this quarter (${formatQuarter(current)})`, section.thisQuarter],
      [`${lane}: next quarter (${formatQuarter(next)})`, section.nextQuarter],
      [`${lane}: later`, section.later],
    ];
    if (groups.every(([, items]) => items.length === 0)) {
      children.push(paragraph("Nothing planned in this lane yet."));
      continue;
    }
    for (const [title, items] of groups) {
      if (items.length === 0) continue;
      children.push(heading(3, title), ...itemTable(items, site, current, true));
    }
  }

  children.push(heading(2, "Further ideas"));
  children.push(
    ...(roadmap.furtherIdeas.length === 0
      ? [paragraph("None: every open item has a lane and a quarter.")]
      : itemTable(roadmap.furtherIdeas, site, current, false)),
  );
  if (roadmap.tooEarly.length > 0) children.push(...tooEarlyNote(roadmap.tooEarly));
  if (conflicts.length > 0) children.push(...conflictNote(conflicts, config));
  return { type: "root", children };
}

/** The items planned in a quarter before one of their blockers': each with what it waits for. */
function tooEarlyNote(items: RoadmapItem[]): RootContent[] {
  const shown = items.slice(0, maxRows);
  const more = items.length - shown.length;
  return [
    heading(2, "Planned before what blocks them"),
    paragraph(
      `${plural(items.length, "item")} ${items.length === 1 ? "is" : "are"} planned in a quarter before an issue that blocks ${items.length === 1 ? "it" : "them"}: move the item later, or the blocker earlier.`,
    ),
    table(
      ["left", "left", "left"],
      ["Item", "Planned", "Blocked by"],
      shown.map((item) => [
        [
          link(item.issue.url, safeText(item.issue.title) || `Item #${item.issue.number}`),
          text(` #${item.issue.number}`),
        ],
        item.quarter ? formatQuarter(item.quarter) : "–",
        blockersCell(item.blockedBy.filter((b) => b.tooEarly)),
      ]),
    ),
    ...(more > 0 ? [paragraph(`…and ${more} more.`)] : []),
  ];
}

/** Blockers as links, each with its quarter; one planned after the item is marked. */
function blockersCell(blockers: RoadmapItem["blockedBy"]): PhrasingContent[] {
  return blockers.flatMap((b, i) => [
    ...(i > 0 ? [text(", ")] : []),
    link(b.issue.url, safeText(b.issue.title, 60) || `#${b.issue.number}`),
    text(` #${b.issue.number}`),
    ...(b.quarter ? [text(` (${formatQuarter(b.quarter)})`)] : []),
    ...(b.tooEarly ? [text(" "), strong("later than this item")] : []),
  ]);
}

/**
 * The issues whose type says one kind and a label another. The type wins; the label is left for
 * its people to take off (Roundtable changes no one's labels for this).
 */
function conflictNote(conflicts: KindConflict[], config: Config): RootContent[] {
  const name = (kind: Kind) => safeText(config.kinds[kind] ?? config.labels[kind], 50);
  const shown = conflicts.slice(0, maxRows);
  const more = conflicts.length - shown.length;
  return [
    heading(2, "Types and labels that disagree"),
    paragraph(
      `${plural(conflicts.length, "issue")} ${conflicts.length === 1 ? "is" : "are"} read as ${conflicts.length === 1 ? "its" : "their"} type says; take the other label off to settle it.`,
    ),
    table(
      ["left", "left", "left"],
      ["Issue", "Type", "Label"],
      shown.map((c) => [
        [
          link(c.issue.url, safeText(c.issue.title) || `#${c.issue.number}`),
          text(` #${c.issue.number}`),
        ],
        name(c.type),
        c.labels.map((k) => safeText(config.labels[k], 50)).join(", "),
      ]),
    ),
    ...(more > 0 ? [paragraph(`…and ${more} more.`)] : []),
  ];
}

/**
 * The line a reader takes in at a glance: this quarter's items shipped, planned, carried over and
 * without a sponsor, in all and lane by lane.
 */
function glance(roadmap: Roadmap, current: Quarter): PhrasingContent[] {
  const counts = (items: RoadmapItem[]) => {
    const status = items.map((i) => statusOf(i, current));
    return [
      [status.filter((s) => s === "Shipped").length, "shipped"],
      [status.filter((s) => s === "Planned").length, "planned"],
      [status.filter((s) => s.startsWith("Carried")).length, "carried over"],
      [items.filter((i) => !i.sponsor).length, "without a sponsor"],
    ] as const;
  };
  const say = (items: RoadmapItem[], all: boolean) =>
    counts(items)
      .filter(([n], i) => all || n > 0 || i === 0)
      .map(([n, what]) => `${n} ${what}`)
      .join(", ");
  const now = roadmap.lanes.flatMap((s) => s.thisQuarter);
  const lanes = roadmap.lanes
    .filter((s) => s.thisQuarter.length > 0)
    .map((s) => `${safeText(s.lane.name, 40)} ${say(s.thisQuarter, false)}`);
  const only = roadmap.lanes.filter((s) => s.thisQuarter.length > 0);
  return [
    strong(`${formatQuarter(current)}: ${say(now, true)}`),
    text(
      only.length === 0
        ? " · nothing planned this quarter"
        : only.length === 1
          ? ` · all in the ${safeText(only[0]?.lane.name ?? "", 40)} lane`
          : ` · ${lanes.join("; ")}`,
    ),
  ];
}

/**
 * A lane's items for one period, ranked. The period's items are planned unless they say otherwise,
 * so the Status column is there only when one of them does (shipped, carried over); further
 * ideas are not planned at all, and have none.
 */
function itemTable(
  items: RoadmapItem[],
  site: string,
  current: Quarter,
  planned: boolean,
): RootContent[] {
  const more = items.length - maxRows;
  const withStatus = planned && items.some((i) => statusOf(i, current) !== "Planned");
  // Which key result an item serves, once any of them serves one (a sub-issue of a key result).
  const withServes = items.some((i) => i.serves);
  // What an item waits for, once any of them is blocked (GitHub's issue dependencies).
  const withBlockers = items.some((i) => i.blockedBy.length > 0);
  const shown = table(
    [
      "left",
      "left",
      "left",
      ...(withStatus ? ["left" as const] : []),
      ...(withServes ? ["left" as const] : []),
      ...(withBlockers ? ["left" as const] : []),
      "right",
    ],
    [
      "Item",
      "Priority",
      "Sponsor",
      ...(withStatus ? ["Status"] : []),
      ...(withServes ? ["Serves"] : []),
      ...(withBlockers ? ["Blocked by"] : []),
      "Votes",
    ],
    items
      .slice(0, maxRows)
      .map((item) => [
        [
          link(item.issue.url, safeText(item.issue.title) || `Item #${item.issue.number}`),
          text(` #${item.issue.number}`),
        ],
        priorityCell(item.priority),
        item.sponsor ? [profileLink(item.sponsor, site)] : [strong("needs a sponsor")],
        ...(withStatus ? [statusOf(item, current)] : []),
        ...(withServes
          ? [
              item.serves
                ? [
                    link(item.serves.url, safeText(item.serves.title, 60) || "Key result"),
                    text(` #${item.serves.number}`),
                  ]
                : "–",
            ]
          : []),
        ...(withBlockers ? [item.blockedBy.length > 0 ? blockersCell(item.blockedBy) : "–"] : []),
        String(item.votes),
      ]),
  );
  return more > 0 ? [shown, paragraph(`…and ${more} more, lower in priority.`)] : [shown];
}

function priorityCell(priority: Priority): PhrasingContent[] {
  if (priority.value === null)
    return [emphasis(`unscored: ${priority.missing.join(", ")} unanswered`)];
  // The factors' names are on the page's second line, once: each row shows its numbers.
  const formula = priority.parts
    .map((p, i) => `${i === 0 ? "" : p.divides ? " ÷ " : " × "}${p.value}`)
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

/** Each lane a section, each item a bar across its quarter (a carried-over one, this quarter). */
function roadmapGantt(roadmap: Roadmap, fiscalYearStart: number): string {
  const currentIndex = roadmap.current.year * 4 + roadmap.current.q;
  return gantt({
    title: "Roadmap by quarter",
    dateFormat: "YYYY-MM-DD",
    axisFormat: "%b %Y",
    sections: roadmap.lanes.map((section) => ({
      name: section.lane.name,
      tasks: [...section.thisQuarter, ...section.nextQuarter, ...section.later].flatMap((item) => {
        const quarter =
          item.quarter && item.quarter.year * 4 + item.quarter.q < currentIndex
            ? roadmap.current
            : item.quarter;
        if (!quarter) return [];
        return [
          {
            number: item.issue.number,
            title: item.issue.title,
            start: quarterStart(quarter, fiscalYearStart),
            duration: "90d",
            done: item.shipped,
          },
        ];
      }),
    })),
  });
}
