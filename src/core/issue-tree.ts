import type { IssueRecord, Snapshot } from "./snapshot.js";

/**
 * The snapshot's sub-issue tree: an issue's children are those naming it as parent and those it
 * lists as sub-issues (a loader fills one or the other), each once, in number order. Built in one
 * pass: asking every issue for every parent would be quadratic.
 */
export function issueTree(snapshot: Snapshot): IssueTree {
  // Filled in a loop: no [number, issue] pair made per issue to build the map from.
  const byNumber = new Map<number, IssueRecord>();
  for (const i of snapshot.issues) byNumber.set(i.number, i);
  const children = new Map<number, Set<number>>();
  const link = (parent: number, child: number) => {
    const set = children.get(parent);
    if (set) set.add(child);
    else children.set(parent, new Set([child]));
  };
  for (const i of snapshot.issues) {
    if (i.parent !== null && i.parent !== undefined) link(i.parent, i.number);
    for (const sub of i.subIssues) link(i.number, sub);
  }
  const parents = new Map<number, number>();
  for (const [parent, set] of children) for (const child of set) parents.set(child, parent);
  return {
    byNumber,
    childrenOf: (issue) =>
      [...(children.get(issue.number) ?? [])]
        .sort((a, b) => a - b)
        .flatMap((n) => {
          const child = byNumber.get(n);
          return child ? [child] : [];
        }),
    parentOf: (issue) => byNumber.get(parents.get(issue.number) ?? 0),
  };
}

export interface IssueTree {
  /** Every issue by its number (the last, where a hand-made file has two of one number). */
  byNumber: Map<number, IssueRecord>;
  childrenOf(issue: IssueRecord): IssueRecord[];
  parentOf(issue: IssueRecord): IssueRecord | undefined;
}
