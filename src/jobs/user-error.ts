// The error an entry point raises for bad input, apart from the jobs' barrel (index.ts): the
// Action checks its inputs and the CLI its command line before any job's code is loaded.
export { RoundtableError, userError } from "../errors/index.js";
