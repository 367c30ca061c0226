import type { Config } from "../config/index.js";
import { sameName } from "./board/status.js";
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
  return typed ? typed === kind : kindsByLabel(issue, config).includes(kind);
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
