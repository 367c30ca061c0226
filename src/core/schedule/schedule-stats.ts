import type { Bounds } from "./bounds.js";
import type { Figures } from "./evaluate.js";
import type { objectiveNames } from "./state.js";

/** A figure next to the best any schedule could do, where that is known. */
export interface Figure {
  value: number;
  bound: number | null;
}

/** One objective level: what the schedule reaches, the best any schedule could, and who found it. */
export interface LevelReport {
  level: (typeof objectiveNames)[number];
  value: number;
  /** Given the levels before at their values, no schedule does better (null: not proved). */
  bound: number | null;
  /** value - bound: 0 is proved optimal. */
  gap: number | null;
  /** "bound": the search met a bound; "HiGHS": HiGHS found it; "local search": not proved. */
  method: "bound" | "HiGHS" | "local search";
  /** HiGHS's status on this level, when it ran on it. */
  status: string | null;
  ms: number;
}

export interface ScheduleStats {
  method: "mip" | "local-search";
  /** Per objective level, in their order: value, bound, gap, method and time. */
  levels: LevelReport[];
  /** Milliseconds for the greedy start and local search, and for HiGHS (0 when it did not run). */
  ms: { search: number; mip: number };
  /** Proved optimal: every level meets its bound, or HiGHS proved it. */
  optimal: boolean;
  /** Moves the local search evaluated. */
  evaluations: number;
  meetings: { asked: number; placed: number; bound: number };
  requestedTimesMissed: Figure;
  roomsTooSmallForTop: Figure;
  roomsTooSmallForBottom: Figure;
  moved: Figure | null;
  conflicts: Figure;
  trackClashes: Figure;
  attendance: Figure;
  tornVoters: number;
  tracksSplit: Figure;
  emptyRoomSlots: number;
  chairClashes: number;
  groupClashes: number;
  roomClashes: number;
  plenaryRulesBroken: number;
  /** The greedy start's objective, before local search (same order as the objective). */
  greedy: {
    placed: number;
    requestedTimesMissed: number;
    roomsTooSmallForTop: number;
    attendance: number;
  };
}

/** The figures of a schedule next to their bounds, with each level's report. */
export function statsOf(
  f: Figures,
  b: Bounds,
  run: {
    method: ScheduleStats["method"];
    evaluations: number;
    keep: boolean;
    moved: number;
    greedyObjective: number[];
    levels: LevelReport[];
    ms: ScheduleStats["ms"];
  },
): ScheduleStats {
  const asked = f.asked;
  const bound = (j: number) => run.levels[j]?.bound ?? null;
  // Conflicts and track clashes are one level; each has its own count where the level has a
  // bound, and the counts hold for schedules that keep every requested time.
  const clashBounds = bound(5) !== null;
  const keepsAll = f.requestedTimesMissed === 0;
  return {
    method: run.method,
    levels: run.levels,
    ms: run.ms,
    optimal: run.levels.every((l) => l.gap === 0),
    evaluations: run.evaluations,
    meetings: { asked, placed: f.placed, bound: asked - (bound(0) ?? 0) },
    requestedTimesMissed: { value: f.requestedTimesMissed, bound: bound(1) },
    roomsTooSmallForTop: { value: f.roomsTooSmallForTop, bound: bound(2) },
    roomsTooSmallForBottom: { value: f.roomsTooSmallForBottom, bound: bound(4) },
    moved: run.keep ? { value: run.moved, bound: bound(3) } : null,
    conflicts: { value: f.conflicts, bound: clashBounds ? (keepsAll ? b.conflicts : 0) : null },
    trackClashes: {
      value: f.trackClashes,
      bound: !clashBounds
        ? null
        : !keepsAll
          ? 0
          : f.placed === asked
            ? b.trackClashesAllPlaced
            : b.trackClashes,
    },
    attendance: { value: f.attendance, bound: bound(6) === null ? null : -(bound(6) as number) },
    tornVoters: f.tornVoters,
    tracksSplit: { value: f.tracksSplit, bound: bound(7) },
    emptyRoomSlots: f.emptyRoomSlots,
    chairClashes: f.chairClashes,
    groupClashes: f.groupClashes,
    roomClashes: f.roomClashes + f.sessionTwiceInSlot + f.tooManyMeetings + f.unknownPlaces,
    plenaryRulesBroken: f.plenaryRulesBroken,
    greedy: {
      placed: asked - (run.greedyObjective[0] as number),
      requestedTimesMissed: run.greedyObjective[1] as number,
      roomsTooSmallForTop: run.greedyObjective[2] as number,
      attendance: -(run.greedyObjective[6] as number),
    },
  };
}
