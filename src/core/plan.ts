/**
 * A plan is the list of effects that turns GitHub's current state into the desired one. Plans are
 * computed by pure functions and applied by the write gate (src/github/apply-plan.ts; pages go
 * through src/github/commit-files.ts), which honours dry-run. A converged repository yields an
 * empty plan.
 */
export type Effect =
  | { kind: "add-to-project"; issue: number; contentId: string }
  | { kind: "set-field"; issue: number; field: string; value: FieldValue }
  | { kind: "move"; issue: number; after: number | null }
  | { kind: "add-label"; issue: number; label: string }
  | { kind: "remove-label"; issue: number; label: string }
  | { kind: "add-assignee"; issue: number; login: string }
  | { kind: "remove-assignee"; issue: number; login: string }
  | { kind: "react"; commentId: number; content: Reaction }
  | { kind: "upsert-comment"; issue: number; marker: string; body: string }
  | { kind: "update-issue-body"; issue: number; body: string; what: string }
  | { kind: "close-issue"; issue: number }
  | {
      kind: "open-issue";
      marker: string;
      title: string;
      body: string;
      labels: string[];
      assignees: string[];
    }
  | { kind: "create-label"; name: string; color: string; description: string }
  /** A single-select field added to the project. */
  | { kind: "create-field"; field: string; options: FieldOption[] }
  /** A single-select field's options set: the existing ones, unchanged, then `added`. */
  | { kind: "set-field-options"; field: string; options: FieldOption[]; added: string[] };

/** A single-select option as GitHub takes it: colour is one of GitHub's eight names. */
export interface FieldOption {
  name: string;
  color: "GRAY" | "BLUE" | "GREEN" | "YELLOW" | "ORANGE" | "RED" | "PINK" | "PURPLE";
  description: string;
}

/** The reactions the bot puts on a command: working on it, done, refused. */
export type Reaction = "eyes" | "+1" | "confused";

/** A project field's value, by the name people see (option name, iteration title) or a number/text. */
export type FieldValue =
  | { option: string }
  | { iteration: string }
  | { number: number }
  | { text: string };

export type Plan = Effect[];

/** The hidden marker that finds Roundtable's own comment or issue again: never a second copy. */
export const marker = (name: string) => `<!-- roundtable:${name} -->`;

/** What an effect does, in words, for dry-run output and failure reports. */
export function describeEffect(effect: Effect): string {
  switch (effect.kind) {
    case "add-to-project":
      return `add #${effect.issue} to the project`;
    case "set-field":
      return `set ${effect.field} of #${effect.issue} to ${describeValue(effect.value)}`;
    case "move":
      return effect.after === null
        ? `move #${effect.issue} to the top`
        : `move #${effect.issue} after #${effect.after}`;
    case "add-label":
      return `add the label "${effect.label}" to #${effect.issue}`;
    case "remove-label":
      return `remove the label "${effect.label}" from #${effect.issue}`;
    case "add-assignee":
      return `assign ${effect.login} to #${effect.issue}`;
    case "remove-assignee":
      return `unassign ${effect.login} from #${effect.issue}`;
    case "react":
      return `react ${effect.content} to comment ${effect.commentId}`;
    case "upsert-comment":
      return `update the comment ${effect.marker} on #${effect.issue}`;
    case "update-issue-body":
      return `update ${effect.what} in the body of #${effect.issue}`;
    case "close-issue":
      return `close #${effect.issue}`;
    case "open-issue":
      return `open the issue "${effect.title}"`;
    case "create-label":
      return `create the label "${effect.name}"`;
    case "create-field":
      return `add the field "${effect.field}" to the project, with the options ${quoted(effect.options.map((o) => o.name))}`;
    case "set-field-options":
      return `add the options ${quoted(effect.added)} to the field "${effect.field}"`;
  }
}

function describeValue(value: FieldValue): string {
  if ("option" in value) return `"${value.option}"`;
  if ("iteration" in value) return `"${value.iteration}"`;
  if ("number" in value) return String(value.number);
  return `"${value.text}"`;
}

function quoted(names: string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}
