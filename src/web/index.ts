export { type BallotJournal, ballotJournal, dataDirFromEnv } from "./ballot-journal.js";
export { BoundedCache } from "./bounded-cache.js";
export { handOnBatch } from "./pending-ballots.js";
export { batchSecondsFromEnv, type WebSettings, webSettingsFromEnv } from "./settings.js";
export { contentSecurityPolicy, type Web, type WebDeps, webHandler } from "./web-handler.js";
