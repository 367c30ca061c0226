import type { Effect, ProjectView } from "../core/index.js";
import { type ApplyContext, ApplyError, applyPlan } from "../github/index.js";
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

/**
 * The same of any run's context: what runs before a config is read (a broken config told, a
 * failed command settled) takes `RepoRun`, and its plan has no config either.
 */
export type PlanContextOf<C extends RepoRun> = PlanContext<C>;

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

/** A use case run in place of the rest of a plan the gate stopped (see `Planned.recover`). */
export interface Recovery {
  run(run: RunContext): Promise<Ran<unknown>>;
}

/** The recovery that runs `useCase` with `input` through the runner. */
export function recovery<I, L, R>(useCase: UseCase<I, L, R>, input: I): Recovery {
  return { run: (run) => runUseCase(useCase, run, ...([input] as never)) };
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
  const done = (applied: Effect[], followUps = planned.followUps) => ({
    ...planned.result,
    plan: planned.effects,
    applied,
    followUps: (typeof followUps === "function" ? followUps() : followUps) ?? [],
  });
  // Nothing to write (a dispatcher whose steps each ran through this runner): no apply.
  if (planned.effects.length === 0) return done([]);
  try {
    const amend = planned.amend;
    return done(await applyPlan(run.github, planned.effects, amend ? { ...gate, amend } : gate));
  } catch (error) {
    const next = error instanceof ApplyError ? planned.recover?.(error) : undefined;
    if (!next || !(error instanceof ApplyError)) throw error;
    // Only a plan of a run with its config plans a recovery (an invitation round needs it).
    const rest = await next.run(run as RepoRun as RunContext);
    return done([...error.applied, ...rest.applied], rest.followUps);
  }
}
