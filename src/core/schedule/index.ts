export { type Bounds, boundsOf } from "./bounds.js";
export { evaluate, type Figures } from "./evaluate.js";
export type { Move, Unscheduled } from "./explain.js";
export { type LpSolver, mipVariableLimit } from "./mip.js";
export type { Assignment, Placement, Problem, Room, SessionSpec, Slot } from "./problem.js";
export { readKeep, readProblem, ScheduleInputError } from "./read-problem.js";
export { scheduleGrid } from "./schedule-grid.js";
export {
  type Figure,
  fitsExactModel,
  type LevelReport,
  type ScheduleResult,
  type ScheduleStats,
  type SolveOptions,
  solveSchedule,
} from "./solve.js";
