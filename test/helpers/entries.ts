import { fileURLToPath } from "node:url";

/**
 * The CLI's and the Action's entries as `npm run build` compiles them into lib/. The tests' global
 * setup rebuilds lib/ from src/ whenever a source file is newer than its build, so a process
 * started from these runs the source under test; it costs about half the CPU of the same entry
 * through tsx, which compiles each of its few hundred modules as the process loads it.
 */
export const cliEntry = fileURLToPath(new URL("../../lib/cli/main.js", import.meta.url));
export const actionEntry = fileURLToPath(new URL("../../lib/action/run.js", import.meta.url));
