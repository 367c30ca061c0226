import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Config, configPath, defaultConfig, parseConfig } from "../config/index.js";
import { parseSnapshot, RoundtableError, type Snapshot } from "../jobs/index.js";

/** A file the job needs could not be read. */
export class InputError extends RoundtableError {
  override name = "InputError";
}

function readText(cwd: string, file: string, what: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : code;
    throw new InputError(`${file}: cannot read the ${what} (${reason}); check the path`, {
      cause: error,
    });
  }
}

export function readSnapshot(cwd: string, file: string): Snapshot {
  return parseSnapshot(readText(cwd, file, "snapshot"), file);
}

/**
 * The config from `--config`, else from `.github/roundtable.yml` when the command runs in a
 * repository that has one, else the defaults.
 */
export function readConfig(cwd: string, file: string | undefined): Config {
  if (file !== undefined) return parseConfig(readText(cwd, file, "config"), file);
  if (existsSync(resolve(cwd, configPath))) {
    return parseConfig(readText(cwd, configPath, "config"), configPath);
  }
  return defaultConfig();
}
