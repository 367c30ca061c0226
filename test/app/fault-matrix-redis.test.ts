import { faultMatrix } from "../helpers/fault-matrix.js";

// The fault matrix on Redis, every column (a file of its own: vitest runs it beside the memory
// adapter's, each with its one app process); the cells are in test/helpers/fault-matrix.ts.
faultMatrix("redis");
