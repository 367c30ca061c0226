export { ConfigError, type ConfigProblem, maxProblemsShown } from "./config-error.js";
export { configPath } from "./config-path.js";
export { defaultConfig } from "./default-config.js";
export { checkConfig, maxConfigBytes, parseConfig } from "./parse-config.js";
export { type Config, type ConfigInput, configSchema, type Eligible, type Lane } from "./schema.js";
