import type { Config } from "../config/index.js";
import { sameName } from "./kernel/same-name.js";
import type { Effect, IssueTypeColor } from "./plan.js";
import type { IssueRecord, Snapshot } from "./snapshot.js";

/** The kinds of issue the plan is made of, from a meeting's topic up to an objective. */
export type Kind = "topic" | "roadmap" | "objective" | "keyResult";

export const kinds: readonly Kind[] = ["topic", "roadmap", "objective", "keyResult"];

/** The kind an issue's type names (`kinds:` in the config), if its type is one of them. */
export function kindByType(issue: IssueRecord, config: Config): Kind | undefined {
  const type = issue.type;
  if (!type) return undefined;
  return kinds.find((k) => {
    const name = config.kinds[k];
    return name !== null && sameName(name, type);
  });
}

/** The kinds an issue's labels name (an issue may carry more than one). */
export function kindsByLabel(issue: IssueRecord, config: Config): Kind[] {
  return kinds.filter((k) => issue.labels.some((l) => sameName(l, config.labels[k])));
}

/**
 * Whether an issue is of a kind: by its type when its type is one of the kinds (the type wins
 * over any label), else by its label, as before issue types existed.
 */
export function isKind(issue: IssueRecord, kind: Kind, config: Config): boolean {
  const typed = kindByType(issue, config);
  if (typed) return typed === kind;
  // The one kind's label, not every kind's (each page asks this of every issue).
  const label = config.labels[kind];
  return issue.labels.some((l) => sameName(l, label));
}

/** An issue whose type says one kind and a label another: read as its type says. */
export interface KindConflict {
  issue: IssueRecord;
  type: Kind;
  labels: Kind[];
}

/** The issues whose type and kind labels disagree, in number order. */
export function kindConflicts(snapshot: Snapshot, config: Config): KindConflict[] {
  return snapshot.issues.flatMap((issue) => {
    const type = kindByType(issue, config);
    if (!type) return [];
    const labels = kindsByLabel(issue, config).filter((k) => k !== type);
    return labels.length > 0 ? [{ issue, type, labels }] : [];
  });
}

/** What each kind's issue type says of itself where Roundtable makes it, and its colour. */
const typeLooks: Record<Kind, { description: string; color: IssueTypeColor }> = {
  topic: { description: "Something to discuss at a roundtable meeting", color: "blue" },
  roadmap: { description: "Work the group decided to take on", color: "green" },
  objective: {
    description: "What the quarter is for: measured by its key results",
    color: "purple",
  },
  keyResult: { description: "A measurable result of an objective", color: "orange" },
};

/** The kinds' issue types an organisation lacks (`existing`: its types' names), to be made. */
export function planIssueTypes(existing: readonly string[], config: Config): Effect[] {
  return kinds.flatMap((kind): Effect[] => {
    const name = config.kinds[kind];
    if (name === null || existing.some((t) => sameName(t, name))) return [];
    return [{ kind: "create-issue-type", name, ...typeLooks[kind] }];
  });
}

/** The issue types the config names, in the kinds' order: what an owner makes by hand. */
export function kindTypeNames(config: Config): string[] {
  return kinds.flatMap((kind) => config.kinds[kind] ?? []);
}
