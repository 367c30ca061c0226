import type { Effect, ProjectView } from "../core/index.js";
import { applyCommit } from "../github/apply-plan.js";
import { type ApplyContext, ApplyError, applyPlan, type CommitResult } from "../github/index.js";
import type { FollowUp } from "./follow-up.js";
import { gateOf, type RepoRun, type RunContext } from "./run-context.js";

/**
 * What a use case's plan may read of its run: data only. No GitHub client, no coordination, no
 * log: the plan decides from what `load` read and the trigger's instant, and nothing else. (A
 * use case run before the config is read, `RepoRun`, plans without it: its `load` reads it; an
 * offline one has the instant alone.)
 */
export type PlanContext<C extends OfflineRun = RunContext> = Pick<
  C,
  Extract<keyof C, "owner" | "repo" | "installation" | "config" | "now" | "dryRun">
>;

/**
 * The same of any run's context: what runs before a config is read (a broken config told, a
 * failed command settled) takes `RepoRun`, and its plan has no config either.
 */
export type PlanContextOf<C extends OfflineRun> = PlanContext<C>;

/**
 * What an offline use case runs with (the CLI's work on files a person named: no repository, no
 * client): the instant and the log. Its plan writes nothing, so the runner applies nothing.
 */
export type OfflineRun = Pick<RunContext, "now" | "log">;

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
  /**
   * What the use case asks to run next (timers to arm, publishes to retry), as data; worked out
   * after the apply when it depends on what GitHub answered (through `amend`: a seat's invitation
   * pending, or the person added at once, decides whether a reminder is armed).
   */
  followUps?: FollowUp[] | (() => FollowUp[]);
  /**
   * What to run instead of the rest of the plan when the gate stops at an effect GitHub refused,
   * as data (a use case and its input); undefined lets the failure through. A refused invitation
   * stops the plan there: the rest are sent one at a time, then the rest of the plan follows.
   */
  recover?: (error: ApplyError) => Recovery | undefined;
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
 * through the write gate; no use case applies anything itself. `C`, the run's context: the
 * repository's with its config (most), without it (`RepoRun`: its load reads the config), or an
 * offline run's (`OfflineRun`: the CLI's work on files).
 */
export interface UseCase<I, L, R, C extends OfflineRun = RunContext> {
  load(run: C, input: I): Promise<L>;
  plan(loaded: L, input: I, run: PlanContext<C>): Planned<R>;
}

/** A use case run in place of the rest of a plan the gate stopped (see `Planned.recover`). */
export interface Recovery {
  run(run: RunContext): Promise<Ran<unknown>>;
}

/** The recovery that runs `useCase` with `input` through the runner. */
export function recovery<I, L, R>(useCase: UseCase<I, L, R>, input: I): Recovery {
  return { run: (run) => runUseCase(useCase, run, ...([input] as never)) };
}

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

/** What a plan without a commit committed. */
const noCommit: CommitResult = { commit: null, changed: [], pullRequest: null };

/** An offline plan's run: nothing to apply, and a plan that would write is a mistake of code. */
function offline<R>(planned: Planned<R>): Ran<R> {
  if (planned.effects.length > 0 || planned.commit)
    throw new Error("an offline use case planned a write: it has no repository to write to");
  return { ...planned.result, plan: [], applied: [], followUps: [], committed: noCommit };
}

/**
 * The one runner: load once, plan once, apply once through the gate as the run sets it (its dry
 * run, its log, the channels' secrets), then the pages' commit when the plan has one. The
 * follow-ups are returned, not run: the adapter arms them (the App through its trigger table; the
 * Action and the CLI have no timers).
 */
export async function runUseCase<I, L, R, C extends RepoRun = RunContext>(
  useCase: UseCase<I, L, R, C>,
  run: C,
  ...given: Record<string, never> extends I ? [input?: I] : [input: I]
): Promise<Ran<R>>;
export async function runUseCase<I, L, R>(
  useCase: UseCase<I, L, R, OfflineRun>,
  run: OfflineRun,
  ...given: Record<string, never> extends I ? [input?: I] : [input: I]
): Promise<Ran<R>>;
export async function runUseCase<I, L, R>(
  useCase: UseCase<I, L, R, OfflineRun>,
  run: OfflineRun,
  ...given: [input?: I]
): Promise<Ran<R>> {
  // An input whose every field is optional may be left out: `runUseCase(retro, run)`.
  const input = (given[0] ?? {}) as I;
  // The overloads pair a use case with its kind of run.
  const planned = useCase.plan(await useCase.load(run, input), input, run);
  return "github" in run ? apply(planned, run as RepoRun) : offline(planned);
}

/** A plan applied through the gate as its run sets it; an empty one applies nothing. */
async function apply<R>(planned: Planned<R>, run: RepoRun): Promise<Ran<R>> {
  const gate = gateOf(run, planned.project ?? null);
  const { commit } = planned;
  const done = (applied: Effect[], committed = noCommit, followUps = planned.followUps) => ({
    ...planned.result,
    plan: commit ? [...planned.effects, commit] : planned.effects,
    applied: commit && committed.commit ? [...applied, commit] : applied,
    followUps: (typeof followUps === "function" ? followUps() : followUps) ?? [],
    committed,
  });
  let applied: Effect[] = [];
  // Nothing to write (a dispatcher whose steps each ran through this runner): no apply.
  if (planned.effects.length > 0)
    try {
      const amend = planned.amend;
      applied = await applyPlan(run.github, planned.effects, amend ? { ...gate, amend } : gate);
    } catch (error) {
      const next = error instanceof ApplyError ? planned.recover?.(error) : undefined;
      if (!next || !(error instanceof ApplyError)) throw error;
      // Only a plan of a run with its config plans a recovery (an invitation round needs it).
      const rest = await next.run(run as RunContext);
      return done([...error.applied, ...rest.applied], noCommit, rest.followUps);
    }
  return done(applied, commit ? await applyCommit(run.github, commit, gate) : noCommit);
}
