import {
  describeEffect,
  type Effect,
  type FieldValue,
  type Plan,
  type ProjectView,
  requireField,
  sameName,
} from "../core/index.js";
import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import {
  addProjectItemMutation,
  createProjectFieldMutation,
  moveProjectItemMutation,
  updateFieldOptionsMutation,
  updateItemFieldMutation,
} from "./operations/index.js";
import { rest } from "./rest.js";

export interface ApplyContext {
  owner: string;
  repo: string;
  /** The project the plan's board effects act on, as read before planning. */
  project: ProjectView | null;
  /** Print every effect as "would …" and write nothing. */
  dryRun: boolean;
  log: (line: string) => void;
}

/** A plan stopped part-way. Nothing after the failed effect was tried; a re-run completes it. */
export class ApplyError extends RoundtableError {
  override name = "ApplyError";
  constructor(
    readonly applied: Effect[],
    readonly failed: Effect,
    readonly notApplied: Effect[],
    cause: unknown,
  ) {
    super(
      `stopped at "${describeEffect(failed)}": ${(cause as Error)?.message ?? String(cause)}. Applied ${applied.length} of ${applied.length + 1 + notApplied.length} changes; ${notApplied.length + 1} not applied. Run again to finish: Roundtable starts from what GitHub holds now.`,
      { cause },
    );
  }
}

/**
 * The write gate for board, label, comment and issue effects. Effects run one after another (the
 * client's throttling paces writes as GitHub asks: one at a time, a second apart). The first
 * failure stops the run and reports what was and was not applied.
 */
export async function applyPlan(github: GitHub, plan: Plan, ctx: ApplyContext): Promise<Effect[]> {
  if (ctx.dryRun) {
    for (const effect of plan) ctx.log(`would ${describeEffect(effect)}`);
    return [];
  }
  const itemOf = new Map<number, string>();
  for (const item of ctx.project?.items ?? [])
    if (item.issue !== null) itemOf.set(item.issue, item.id);
  const applied: Effect[] = [];
  for (const [i, effect] of plan.entries()) {
    try {
      await applyEffect(github, effect, ctx, itemOf);
    } catch (error) {
      throw new ApplyError(applied, effect, plan.slice(i + 1), error);
    }
    applied.push(effect);
    ctx.log(describeEffect(effect));
  }
  return applied;
}

async function applyEffect(
  github: GitHub,
  effect: Effect,
  ctx: ApplyContext,
  itemOf: Map<number, string>,
): Promise<void> {
  const { owner, repo } = ctx;
  const project = () => {
    if (!ctx.project) throw new Error("this change needs a project, and none is configured");
    return ctx.project;
  };
  const item = (issue: number) => {
    const id = itemOf.get(issue);
    if (!id) throw new Error(`#${issue} is not on the project`);
    return id;
  };
  switch (effect.kind) {
    case "add-to-project": {
      const data = await github.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(
        addProjectItemMutation,
        {
          projectId: project().id,
          contentId: effect.contentId,
        },
      );
      itemOf.set(effect.issue, data.addProjectV2ItemById.item.id);
      return;
    }
    case "set-field": {
      const field = requireField(project(), effect.field);
      await github.graphql(updateItemFieldMutation, {
        projectId: project().id,
        itemId: item(effect.issue),
        fieldId: field.id,
        value: fieldValue(field.name, field.options, effect.value),
      });
      return;
    }
    case "move":
      await github.graphql(moveProjectItemMutation, {
        projectId: project().id,
        itemId: item(effect.issue),
        afterId: effect.after === null ? null : item(effect.after),
      });
      return;
    case "add-label":
      await rest(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/labels", {
        owner,
        repo,
        issue_number: effect.issue,
        labels: [effect.label],
      });
      return;
    case "remove-label":
      try {
        await rest(github, "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
          owner,
          repo,
          issue_number: effect.issue,
          name: effect.label,
        });
      } catch (error) {
        // Already gone: the state is as wanted.
        if ((error as { status?: number }).status !== 404) throw error;
      }
      return;
    case "add-assignee":
      await rest(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        owner,
        repo,
        issue_number: effect.issue,
        assignees: [effect.login],
      });
      return;
    case "remove-assignee":
      await rest(github, "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees", {
        owner,
        repo,
        issue_number: effect.issue,
        assignees: [effect.login],
      });
      return;
    case "react":
      await rest(github, "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
        owner,
        repo,
        comment_id: effect.commentId,
        content: effect.content,
      });
      return;
    case "upsert-comment":
      await upsertComment(github, ctx, effect);
      return;
    case "update-issue-body":
      await rest(github, "PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner,
        repo,
        issue_number: effect.issue,
        body: effect.body,
      });
      return;
    case "close-issue":
      await rest(github, "PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
        owner,
        repo,
        issue_number: effect.issue,
        state: "closed",
        state_reason: "completed",
      });
      return;
    case "open-issue":
      await rest(github, "POST /repos/{owner}/{repo}/issues", {
        owner,
        repo,
        title: effect.title,
        body: `${effect.marker}\n${effect.body}`,
        labels: effect.labels,
        assignees: effect.assignees,
      });
      return;
    case "create-label":
      try {
        await rest(github, "POST /repos/{owner}/{repo}/labels", {
          owner,
          repo,
          name: effect.name,
          color: effect.color,
          description: effect.description,
        });
      } catch (error) {
        // Someone made it since it was read: the state is as wanted.
        if (!alreadyExists(error)) throw error;
      }
      return;
    case "create-field":
      await github.graphql(createProjectFieldMutation, {
        projectId: project().id,
        name: effect.field,
        options: effect.options,
      });
      return;
    case "set-field-options":
      await github.graphql(updateFieldOptionsMutation, {
        fieldId: requireField(project(), effect.field).id,
        options: effect.options,
      });
      return;
  }
}

/** GitHub's 422 for a label whose name is taken: `errors: [{ code: "already_exists" }]`. */
function alreadyExists(error: unknown): boolean {
  const e = error as {
    status?: number;
    response?: { data?: { errors?: Array<{ code?: string }> } };
  };
  return (
    e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === "already_exists")
  );
}

/** Finds Roundtable's comment by its hidden marker and edits it, or posts it once. */
async function upsertComment(
  github: GitHub,
  { owner, repo }: ApplyContext,
  effect: Extract<Effect, { kind: "upsert-comment" }>,
): Promise<void> {
  const body = `${effect.marker}\n${effect.body}`;
  for (let page = 1; ; page++) {
    const { data } = await rest<Array<{ id: number; body?: string }>>(
      github,
      "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
      {
        owner,
        repo,
        issue_number: effect.issue,
        per_page: 100,
        page,
      },
    );
    const mine = data.find((c) => c.body?.includes(effect.marker));
    if (mine) {
      if (mine.body === body) return;
      await rest(github, "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner,
        repo,
        comment_id: mine.id,
        body,
      });
      return;
    }
    if (data.length < 100) break;
  }
  await rest(github, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner,
    repo,
    issue_number: effect.issue,
    body,
  });
}

function fieldValue(
  field: string,
  options: Array<{ id: string; name: string }>,
  value: FieldValue,
): Record<string, unknown> {
  if ("number" in value) return { number: value.number };
  if ("text" in value) return { text: value.text };
  const name = "option" in value ? value.option : value.iteration;
  const option = options.find((o) => sameName(o.name, name));
  if (!option) throw new Error(`the field "${field}" has no option "${name}"`);
  return "option" in value ? { singleSelectOptionId: option.id } : { iterationId: option.id };
}
