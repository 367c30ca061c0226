export { type BallotJournal, ballotJournal, dataDirFromEnv } from "./ballot-journal.js";
export { BoundedCache } from "./bounded-cache.js";
export { type WebSettings, webSettingsFromEnv } from "./settings.js";
export { contentSecurityPolicy, type Web, type WebDeps, webHandler } from "./web-handler.js";
