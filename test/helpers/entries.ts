import { fileURLToPath } from "node:url";

/**
 * The CLI's and the Action's entries as the build makes them from src/. The tests' global setup
 * rebuilds lib/ from src/ whenever a source file is newer than its build, and then the bundles of
 * lib/ that these run (lib/cli/main.js runs lib/cli-bundle/ while it is fresh, as the installed
 * command does; the Action runs from lib/action-bundle/, made the same way), so a process started
 * from these runs the source under test. A bundle costs about half the CPU of lib/'s modules
 * loaded one by one, and those a quarter of the same entry through tsx.
 */
export const cliEntry = fileURLToPath(new URL("../../lib/cli/main.js", import.meta.url));
export const actionEntry = fileURLToPath(
  new URL("../../lib/action-bundle/index.js", import.meta.url),
);
