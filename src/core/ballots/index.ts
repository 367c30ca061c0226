export * from "./ballot.js";
export * from "./ballot-file.js";
export * from "./ballot-rules.js";
export * from "./check-round.js";
export * from "./last-good.js";
export * from "./merge-ballots.js";
export * from "./open-ballots.js";
export * from "./votes-hidden.js";
