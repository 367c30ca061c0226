import type { LpSolver } from "../core/schedule/index.js";

type Loader = () => Promise<LpSolver>;

let loading: Promise<LpSolver> | null = null;

/**
 * HiGHS, compiled to WebAssembly by the `highs` package: its module is read from the package's own
 * files (no download), once per process. Loading is asynchronous; solving is not, so the core
 * takes the loaded solver as a plain argument.
 */
export function loadLpSolver(): Promise<LpSolver> {
  loading ??= import("highs").then((mod: { default: unknown }) => {
    // The package's types describe its CommonJS build; Node's import gets the ES module, whose
    // default export is the loader itself.
    const load =
      typeof mod.default === "function"
        ? mod.default
        : (mod.default as { default: Loader }).default;
    return (load as Loader)();
  });
  return loading;
}
