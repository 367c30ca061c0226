export { ConfigError, type ConfigProblem } from "./config-error.js";
export { configPath } from "./config-path.js";
export { defaultConfig } from "./default-config.js";
export { checkConfig, parseConfig } from "./parse-config.js";
export { type Config, type ConfigInput, configSchema, type Eligible, type Lane } from "./schema.js";
