import type { Effect } from "../../core/index.js";
import { addAssignee } from "./add-assignee.js";
import { addLabel } from "./add-label.js";
import { addSubIssue } from "./add-sub-issue.js";
import { addToProject } from "./add-to-project.js";
import { cancelInvitationEffect } from "./cancel-invitation.js";
import { closeIssue } from "./close-issue.js";
import { commentAsPerson } from "./comment-as-person.js";
import { commitPages } from "./commit-pages.js";
import { createField } from "./create-field.js";
import { createIssueType } from "./create-issue-type.js";
import { createIterationField } from "./create-iteration-field.js";
import { createLabel } from "./create-label.js";
import { deleteComment } from "./delete-comment.js";
import type { EffectAnswer, EffectContext, Handler, Handlers } from "./handler.js";
import { inviteCollaboratorEffect } from "./invite-collaborator.js";
import { move } from "./move.js";
import { notify } from "./notify.js";
import { openIssue } from "./open-issue.js";
import { postStatusUpdate } from "./post-status-update.js";
import { react } from "./react.js";
import { removeAssignee } from "./remove-assignee.js";
import { removeCollaboratorEffect } from "./remove-collaborator.js";
import { removeLabel } from "./remove-label.js";
import { setField } from "./set-field.js";
import { setFieldOptions } from "./set-field-options.js";
import { setQuarters } from "./set-quarters.js";
import { unreact } from "./unreact.js";
import { upsertComment } from "./upsert-comment.js";
import { writeBallots } from "./write-ballots.js";

export type { EffectAnswer, EffectContext, Handler, Handlers } from "./handler.js";

/** Every kind of effect and its handler. A new kind is a file beside this one and a line here. */
export const handlers: Handlers = {
  "add-to-project": addToProject,
  "set-field": setField,
  move,
  "add-label": addLabel,
  "remove-label": removeLabel,
  "add-assignee": addAssignee,
  "remove-assignee": removeAssignee,
  react,
  unreact,
  "upsert-comment": upsertComment,
  "delete-comment": deleteComment,
  "close-issue": closeIssue,
  "open-issue": openIssue,
  "create-label": createLabel,
  "create-field": createField,
  "set-field-options": setFieldOptions,
  notify,
  "write-ballots": writeBallots,
  "commit-pages": commitPages,
  "invite-collaborator": inviteCollaboratorEffect,
  "cancel-invitation": cancelInvitationEffect,
  "remove-collaborator": removeCollaboratorEffect,
  "post-status-update": postStatusUpdate,
  "add-sub-issue": addSubIssue,
  "create-issue-type": createIssueType,
  "create-iteration-field": createIterationField,
  "set-quarters": setQuarters,
  "comment-as-person": commentAsPerson,
};

/** The handler of an effect's kind. */
function handlerOf<E extends Effect>(effect: E): Handler<E> {
  // The mapped type pairs each kind with its handler; TypeScript cannot follow it through a key.
  return handlers[effect.kind] as unknown as Handler<E>;
}

/** What an effect does, in words, for dry-run output and failure reports. */
export function describeEffect(effect: Effect): string {
  return handlerOf(effect).describe(effect);
}

/** Whether an effect goes last and may fail without failing its plan (a chat notice). */
export function isBestEffort(effect: Effect): boolean {
  return handlerOf(effect).bestEffort === true;
}

/** Writes one effect to GitHub; what GitHub answered, for the kinds a later effect records. */
export async function applyEffect(
  effect: Effect,
  ctx: EffectContext,
): Promise<EffectAnswer | undefined> {
  return (await handlerOf(effect).apply(effect, ctx)) ?? undefined;
}
