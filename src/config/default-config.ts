import { type Config, configSchema } from "./schema.js";

/** The configuration of a repository with no `.github/roundtable.yml`. */
export function defaultConfig(): Config {
  return configSchema.parse({});
}
