export * from "./ballot.js";
export * from "./ballot-rules.js";
export * from "./ballot-seal.js";
export * from "./ballot-view.js";
export * from "./votes-hidden.js";
