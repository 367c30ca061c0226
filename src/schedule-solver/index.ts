export { loadLpSolver } from "./load-lp-solver.js";
