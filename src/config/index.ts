export { ConfigError, type ConfigProblem, maxProblemsShown } from "./config-error.js";
export { configPath } from "./config-path.js";
export { defaultConfig } from "./default-config.js";
export { checkConfig, maxConfigBytes, parseConfig } from "./parse-config.js";
export {
  type Channel,
  type ChannelKind,
  type Config,
  type ConfigInput,
  channelKinds,
  configSchema,
  type Eligible,
  type Lane,
  type NotifyEvent,
  notifyEvents,
  type RepositoryRole,
  repositoryRoles,
} from "./schema.js";
