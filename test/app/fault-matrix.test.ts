import { faultMatrix } from "../helpers/fault-matrix.js";

// The fault matrix on the memory adapter (one process, no Redis): the cells and what they check
// are in test/helpers/fault-matrix.ts; fault-matrix-redis.test.ts runs the same on Redis, beside it.
faultMatrix("memory");
