import type { PostOptions, Secrets } from "../channels/index.js";
import type { BallotSigner, Effect, Plan, ProjectView } from "../core/index.js";
import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { type CommitResult, commitFiles } from "./commit-files.js";
import { exactlyOnce } from "./effects/exactly-once.js";
import {
  applyEffect,
  describeEffect,
  type EffectAnswer,
  type EffectContext,
  isBestEffort,
} from "./effects/index.js";
import { markChanged } from "./kept-read.js";
import { RequestTimeoutError } from "./timeouts.js";

export interface ApplyContext {
  owner: string;
  repo: string;
  /** The project the plan's board effects act on, as read before planning. */
  project: ProjectView | null;
  /** Print every effect as "would …" and write nothing. */
  dryRun: boolean;
  log: (line: string) => void;
  /** Where channels' `env:NAME` are read; without it a notify effect fails (and is logged). */
  secrets?: Secrets;
  post?: PostOptions;
  /** The app's ballot keys, for a write-ballots effect. */
  ballotSigner?: BallotSigner;
  /** Told of each best-effort effect that failed (a channel that did not take its notice). */
  onFailure?: (effect: Effect, error: Error) => void;
  /**
   * An effect whose content depends on what GitHub answered to an earlier one of the same plan
   * (the meeting's state records each invitation's id): called with each effect just before it is
   * applied, and the answers so far; it returns the effect to apply in its place. It must be pure:
   * the effect it returns is made exactly once as its kind says, like any other.
   */
  amend?: (effect: Effect, answers: readonly EffectAnswer[]) => Effect;
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
 * The write gate for board, label, comment and issue effects: each kind is written by its handler
 * in effects/. Effects run one after another (the client's throttling paces writes as GitHub
 * asks: one at a time, a second apart). The first failure stops the run and reports what was and
 * was not applied. Best-effort effects (chat notices) run after all the others, in their order,
 * and a failure of one is logged and told to `onFailure`, once, and stops nothing.
 */
export async function applyPlan(github: GitHub, plan: Plan, ctx: ApplyContext): Promise<Effect[]> {
  const ordered = [...plan.filter((e) => !isBestEffort(e)), ...plan.filter(isBestEffort)];
  if (ctx.dryRun) {
    for (const effect of ordered) {
      ctx.log(`would ${describeEffect(effect)}`);
      // What a comment or an issue would say: a preview shows the text, not only that it changes.
      if ("body" in effect && typeof effect.body === "string")
        for (const line of effect.body.trimEnd().split("\n")) ctx.log(`    │ ${line}`);
    }
    return [];
  }
  const itemOf = new Map<number, string>();
  for (const item of ctx.project?.items ?? [])
    if (item.issue !== null) itemOf.set(item.issue, item.id);
  const context = {
    github,
    owner: ctx.owner,
    repo: ctx.repo,
    project: ctx.project,
    itemOf,
    ...(ctx.secrets ? { secrets: ctx.secrets } : {}),
    ...(ctx.post ? { post: ctx.post } : {}),
    ...(ctx.ballotSigner ? { ballotSigner: ctx.ballotSigner } : {}),
  };
  const applied: Effect[] = [];
  const answers: EffectAnswer[] = [];
  for (const [i, planned] of ordered.entries()) {
    const effect = ctx.amend ? ctx.amend(planned, answers) : planned;
    try {
      const answer = await applyOnce(effect, context, ctx.log);
      if (answer) answers.push(answer);
    } catch (error) {
      if (!isBestEffort(effect)) {
        await forgetKept(github, ctx, [...applied, effect]);
        throw new ApplyError(applied, effect, ordered.slice(i + 1), error);
      }
      const reason = error instanceof Error ? error : new Error(String(error));
      ctx.log(`could not ${describeEffect(effect)}: ${reason.message}`);
      ctx.onFailure?.(effect, reason);
      continue;
    }
    applied.push(effect);
    ctx.log(describeEffect(effect));
  }
  await forgetKept(github, ctx, applied);
  return applied;
}

/**
 * One effect written. No answer in time: the client sends nothing again (a hung request may hang
 * again), but an effect that sending twice leaves as once is sent once more, here: else a run no
 * command retries (an issue opened, an installation) loses what comes after it.
 */
function applyOnce(
  effect: Effect,
  context: EffectContext,
  log: (line: string) => void,
): Promise<EffectAnswer | undefined> {
  return applyEffect(effect, context).catch((error: unknown) => {
    if (!(error instanceof RequestTimeoutError) || exactlyOnce[effect.kind].how !== "repeat")
      throw error;
    log(`${describeEffect(effect)}: GitHub did not answer in time; sending it once more`);
    return applyEffect(effect, context);
  });
}

/**
 * The issues whose project item the plan added or whose field it set: the kept read (when there
 * is one) asks about them again next time, since a project field shows in no issue listing.
 * Labels, assignees, comments and state show there by themselves.
 */
async function forgetKept(github: GitHub, ctx: ApplyContext, effects: Effect[]): Promise<void> {
  if (!github.reads) return;
  const issues = effects.flatMap((e) =>
    e.kind === "add-to-project" || e.kind === "set-field" ? [e.issue] : [],
  );
  await markChanged(github.reads, `${ctx.owner}/${ctx.repo}`, [...new Set(issues)]);
}

/**
 * The pages' commit through the gate, for the run that reports what it made (the commit, the
 * pages changed, the pull request): applied as its effect's handler applies it, exactly once as
 * `exactlyOnce["commit-pages"]` says. A dry run reads the branch and says which pages would
 * change ("would write …"), and writes nothing.
 */
export async function applyCommit(
  github: GitHub,
  effect: Extract<Effect, { kind: "commit-pages" }>,
  ctx: Pick<ApplyContext, "owner" | "repo" | "dryRun" | "log">,
): Promise<CommitResult> {
  const { message, mode, render } = effect;
  const { owner, repo, dryRun, log } = ctx;
  return commitFiles(github, { owner, repo, message, mode, render, dryRun, log });
}
