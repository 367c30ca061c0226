import type { Config } from "../../config/index.js";
import type { Effect } from "../plan.js";
import {
  parseQuarter,
  planningQuarters,
  type QuarterIteration,
  quarterIteration,
} from "../quarters.js";

/** Where the items' quarters are kept while the iterations are replaced (a bot-owned branch). */
export const quartersBranch = "roundtable/quarters";
export const quartersPath = "quarters.json";

/** One item's quarter, by the iteration's title (ids change when the iterations are replaced). */
export interface KeptQuarter {
  item: string;
  title: string;
}

/** The board's Quarter field as read: missing, another kind of field, or iterations. */
export type QuarterFieldRead =
  | { kind: "missing" }
  | { kind: "other"; dataType: string }
  | {
      kind: "iterations";
      iterations: QuarterIteration[];
      items: Array<{ id: string; title: string | null }>;
    };

/** The kept quarters' file, as the branch holds it (an empty list: nothing pending). */
export function keptQuartersText(field: string, values: KeptQuarter[]): string {
  return `${JSON.stringify({ field, values }, null, 2)}\n`;
}

/** The kept quarters a file holds; none when it is missing, empty or not Roundtable's shape. */
export function readKeptQuarters(text: string | undefined): KeptQuarter[] {
  if (!text) return [];
  try {
    const parsed = JSON.parse(text) as { values?: unknown };
    if (!Array.isArray(parsed.values)) return [];
    return parsed.values.filter(
      (v): v is KeptQuarter => typeof v?.item === "string" && typeof v?.title === "string",
    );
  } catch {
    return [];
  }
}

const sameQuarter = (a: string, b: string) => {
  const x = parseQuarter(a);
  const y = parseQuarter(b);
  return x && y ? x.year === y.year && x.q === y.q : a === b;
};

/**
 * The Quarter field made an iteration field with the planning quarters (this one to the end of the
 * next fiscal year), or extended to them. GitHub's update replaces every iteration and clears every
 * item's value, so the effect carries each item's quarter (as read now, or as kept by a run that
 * stopped after the update) to write back. A single-select Quarter is left as it is: it works too.
 */
export function planQuarterField(
  read: QuarterFieldRead,
  kept: KeptQuarter[],
  config: Config,
  now: string,
): Effect[] {
  const field = config.project?.fields.quarter;
  if (!field) return [];
  const wanted = planningQuarters(now, config.roadmap.fiscalYearStart).map((q) =>
    quarterIteration(q, config.roadmap.fiscalYearStart),
  );
  if (read.kind === "missing")
    return [{ kind: "create-iteration-field", field, iterations: wanted }];
  if (read.kind === "other") return [];
  const missing = wanted.filter((w) => !read.iterations.some((i) => sameQuarter(i.title, w.title)));
  const values = read.items.flatMap((item): KeptQuarter[] => {
    const title = item.title ?? kept.find((k) => k.item === item.id)?.title;
    return title ? [{ item: item.id, title }] : [];
  });
  if (missing.length > 0) {
    const iterations = [...read.iterations, ...missing].sort((a, b) =>
      a.startDate.localeCompare(b.startDate),
    );
    return [{ kind: "set-quarters", field, iterations, values }];
  }
  // A run stopped after the update: the values it kept go back, and nothing else changes.
  const lost = values.filter((v) => read.items.some((i) => i.id === v.item && i.title === null));
  if (kept.length > 0) return [{ kind: "set-quarters", field, iterations: null, values: lost }];
  return [];
}
