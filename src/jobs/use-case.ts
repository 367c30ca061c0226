import type { Effect, ProjectView } from "../core/index.js";
import { type ApplyContext, applyPlan } from "../github/index.js";
import type { FollowUp } from "./follow-up.js";
import { gateOf, type RepoRun, type RunContext } from "./run-context.js";

/**
 * What a use case's plan may read of its run: data only. No GitHub client, no coordination, no
 * log: the plan decides from what `load` read and the trigger's instant, and nothing else. (A
 * use case run before the config is read, `RepoRun`, plans without it: its `load` reads it.)
 */
export type PlanContext<C extends RepoRun = RunContext> = Pick<
  C,
  Extract<keyof C, "owner" | "repo" | "installation" | "config" | "now" | "dryRun">
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
  /** What the adapter reports besides the plan and what was applied (counts, costs, the queue). */
  result: R;
}

/**
 * A use case: `load` reads what it needs once (GitHub, a file, the coordination), `plan` decides
 * from that alone, pure. The one runner, `runUseCase`, calls them in turn and applies the plan
 * through the write gate; no use case applies anything itself.
 */
export interface UseCase<I, L, R, C extends RepoRun = RunContext> {
  load(run: C, input: I): Promise<L>;
  plan(loaded: L, input: I, run: PlanContext<C>): Planned<R>;
}

/** What a use case's run gives its adapter: its result, its plan, what was applied, what follows. */
export type Ran<R> = R & { plan: Effect[]; applied: Effect[]; followUps: FollowUp[] };

/**
 * The one runner: load once, plan once, apply once through the gate as the run sets it (its dry
 * run, its log, the channels' secrets). The follow-ups are returned, not run: the adapter arms
 * them (the App through its trigger table; the Action and the CLI have no timers).
 */
export async function runUseCase<I, L, R, C extends RepoRun = RunContext>(
  useCase: UseCase<I, L, R, C>,
  run: C,
  ...given: Record<string, never> extends I ? [input?: I] : [input: I]
): Promise<Ran<R>> {
  // An input whose every field is optional may be left out: `runUseCase(retro, run)`.
  const input = (given[0] ?? {}) as I;
  const loaded = await useCase.load(run, input);
  const planned = useCase.plan(loaded, input, run);
  const gate = gateOf(run, planned.project ?? null);
  const applied = await applyPlan(
    run.github,
    planned.effects,
    planned.amend ? { ...gate, amend: planned.amend } : gate,
  );
  return {
    ...planned.result,
    plan: planned.effects,
    applied,
    followUps: planned.followUps ?? [],
  };
}
