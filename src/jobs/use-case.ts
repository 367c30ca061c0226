import type { Effect, ProjectView } from "../core/index.js";
import { applyCommit } from "../github/apply-plan.js";
import { type ApplyContext, applyPlan, type CommitResult } from "../github/index.js";
import type { FollowUp } from "./follow-up.js";
import { gateOf, type RunContext } from "./run-context.js";

/**
 * What a use case's plan may read of its run: data only. No GitHub client, no coordination, no
 * log: the plan decides from what `load` read and the trigger's instant, and nothing else.
 */
export type PlanContext = Pick<
  RunContext,
  "owner" | "repo" | "installation" | "config" | "now" | "dryRun"
>;

/** What a use case's plan decided: the effects to write, in order, and what follows them. */
export interface Planned<R> {
  effects: Effect[];
  /** The project the plan's board effects act on, as `load` read it (none: no board effect). */
  project?: ProjectView | null;
  /**
   * An effect whose content depends on what GitHub answered to an earlier one of the same plan
   * (the meeting's state records each invitation's id): see `ApplyContext.amend`.
   */
  amend?: ApplyContext["amend"];
  /** What the use case asks to run next (timers to arm, publishes to retry), as data. */
  followUps?: FollowUp[];
  /**
   * The pages' commit, after the effects: rendered from the texts the branch holds when it is
   * made (read again on a moved branch), so the gate's `applyCommit` applies it and answers what
   * it made; a dry run reads the branch and says which pages would change.
   */
  commit?: Extract<Effect, { kind: "commit-pages" }>;
  /** What the adapter reports besides the plan and what was applied (counts, costs, the queue). */
  result: R;
}

/**
 * A use case: `load` reads what it needs once (GitHub, a file, the coordination), `plan` decides
 * from that alone, pure. The one runner, `runUseCase`, calls them in turn and applies the plan
 * through the write gate; no use case applies anything itself.
 */
export interface UseCase<I, L, R, Run extends OfflineRun = RunContext> {
  load(run: Run, input: I): Promise<L>;
  plan(loaded: L, input: I, run: Run extends RunContext ? PlanContext : OfflineRun): Planned<R>;
}

/**
 * What an offline use case runs with (the CLI's work on files a person named: no repository, no
 * client): the instant and the log. Its plan writes nothing, so the runner applies nothing.
 */
export type OfflineRun = Pick<RunContext, "now" | "log">;

/**
 * What a use case's run gives its adapter: its result, its plan, what was applied, what follows,
 * and what the pages' commit made (nothing committed when the plan has none).
 */
export type Ran<R> = R & {
  plan: Effect[];
  applied: Effect[];
  followUps: FollowUp[];
  committed: CommitResult;
};

/** An offline plan's run: nothing to apply, and a plan that would write is a mistake of code. */
function offline<R>(planned: Planned<R>): Ran<R> {
  if (planned.effects.length > 0 || planned.commit)
    throw new Error("an offline use case planned a write: it has no repository to write to");
  return { ...planned.result, plan: [], applied: [], followUps: [], committed: noCommit };
}

/** What a plan without a commit committed. */
const noCommit: CommitResult = { commit: null, changed: [], pullRequest: null };

/**
 * The one runner: load once, plan once, apply once through the gate as the run sets it (its dry
 * run, its log, the channels' secrets). The follow-ups are returned, not run: the adapter arms
 * them (the App through its trigger table; the Action and the CLI have no timers).
 */
export async function runUseCase<I, L, R>(
  useCase: UseCase<I, L, R>,
  run: RunContext,
  ...given: Record<string, never> extends I ? [input?: I] : [input: I]
): Promise<Ran<R>>;
export async function runUseCase<I, L, R>(
  useCase: UseCase<I, L, R, OfflineRun>,
  run: OfflineRun,
  ...given: Record<string, never> extends I ? [input?: I] : [input: I]
): Promise<Ran<R>>;
export async function runUseCase<I, L, R>(
  useCase: UseCase<I, L, R, RunContext> | UseCase<I, L, R, OfflineRun>,
  run: RunContext | OfflineRun,
  ...given: [input?: I]
): Promise<Ran<R>> {
  // An input whose every field is optional may be left out: `runUseCase(retro, run)`.
  const input = (given[0] ?? {}) as I;
  // The overloads pair a use case with its kind of run.
  const loaded = await (useCase as UseCase<I, L, R, OfflineRun>).load(run, input);
  const planned = (useCase as UseCase<I, L, R, OfflineRun>).plan(loaded, input, run);
  if (!("github" in run)) return offline(planned);
  const gate = gateOf(run, planned.project ?? null);
  const applied = await applyPlan(
    run.github,
    planned.effects,
    planned.amend ? { ...gate, amend: planned.amend } : gate,
  );
  const { commit } = planned;
  const committed = commit ? await applyCommit(run.github, commit, gate) : noCommit;
  return {
    ...planned.result,
    plan: commit ? [...planned.effects, commit] : planned.effects,
    applied: commit && committed.commit ? [...applied, commit] : applied,
    followUps: planned.followUps ?? [],
    committed,
  };
}
