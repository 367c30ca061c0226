import { sameName } from "./board/status.js";
import type { Effect } from "./plan.js";
import type { CommentRecord, IssueRecord, Snapshot } from "./snapshot.js";

/**
 * The snapshot as GitHub will hold it once `effects` are applied, as far as the board reads it
 * (labels, assignees, project fields, open or closed, Roundtable's own comments). A command's plan
 * recounts the board from
 * this, in the same plan: nothing is written before the plan is made, and nothing read twice.
 */
export function snapshotAfter(snapshot: Snapshot, effects: Effect[], at: string): Snapshot {
  const changed = new Map<number, IssueRecord>();
  const issue = (number: number): IssueRecord | undefined => {
    const found = changed.get(number) ?? snapshot.issues.find((i) => i.number === number);
    if (!found) return undefined;
    const copy = changed.get(number) ?? {
      ...found,
      labels: [...found.labels],
      assignees: [...found.assignees],
      board: found.board ? { ...found.board, fields: { ...found.board.fields } } : null,
    };
    changed.set(number, copy);
    return copy;
  };
  for (const effect of effects) {
    if (!("issue" in effect)) continue;
    const target = issue(effect.issue);
    if (!target) continue;
    switch (effect.kind) {
      case "add-label":
        if (!target.labels.some((l) => sameName(l, effect.label))) target.labels.push(effect.label);
        break;
      case "remove-label":
        target.labels = target.labels.filter((l) => !sameName(l, effect.label));
        break;
      case "add-assignee":
        if (!target.assignees.some((a) => sameName(a, effect.login)))
          target.assignees.push(effect.login);
        break;
      case "remove-assignee":
        target.assignees = target.assignees.filter((a) => !sameName(a, effect.login));
        break;
      case "set-field":
        // An issue not on the project yet gets there in the same plan, with this value.
        if ("option" in effect.value) {
          target.board ??= { itemId: "", fields: {} };
          target.board.fields[effect.field] = effect.value.option;
        }
        break;
      case "close-issue":
        target.state = "closed";
        target.closedAt ??= at;
        break;
      case "upsert-comment":
        target.comments = upserted(target.comments ?? [], effect.marker, effect.body, at);
        break;
    }
  }
  if (changed.size === 0) return snapshot;
  return { ...snapshot, issues: snapshot.issues.map((i) => changed.get(i.number) ?? i) };
}

/**
 * The issue's comments with Roundtable's comment of `marker` written: edited where it is, or
 * posted (a comment GitHub has not numbered yet: after every other, as it would come).
 */
function upserted(
  comments: CommentRecord[],
  marker: string,
  body: string,
  at: string,
): CommentRecord[] {
  const text = `${marker}\n${body}`;
  const mine = (c: CommentRecord) => c.author.self === true && c.body.startsWith(marker);
  if (comments.some(mine)) return comments.map((c) => (mine(c) ? { ...c, body: text } : c));
  const id = Math.max(0, ...comments.map((c) => c.id)) + 1;
  const author = { login: "roundtable[bot]", bot: true, self: true };
  return [...comments, { id, url: "", author, createdAt: at, body: text, votes: 0 }];
}
