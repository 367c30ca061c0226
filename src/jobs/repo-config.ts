import deepmerge from "deepmerge";
import { type Config, checkConfig, configPath, parseConfig } from "../config/index.js";
import { type ConfigFile, type GitHub, readConfigFiles } from "../github/index.js";
import type { RepoRun } from "./run-context.js";
import type { UseCase } from "./use-case.js";

interface RepoConfigInput {
  /** The config file's path in the repository (default: .github/roundtable.yml). */
  path?: string;
  /** How a broken file is named in its error (default: its path). */
  label?: string;
}

/**
 * The repository's config as the app reads it, run by `runUseCase` before any config is known
 * (a `RepoRun`). Reads only: its plan writes nothing.
 *
 * 1. Load the repository's file, else its owner's `.github` repository's, with every `_extends`
 *    followed, through the API (no checkout needed).
 * 2. Plan: merge them into the config (`configOf`); a broken one is a ConfigError.
 */
export const repoConfig: UseCase<RepoConfigInput, ConfigFile[], { config: Config }, RepoRun> = {
  load: (run, input) =>
    readConfigFiles(run.github, {
      owner: run.owner,
      repo: run.repo,
      path: input.path ?? configPath,
    }),
  plan: (files, input) => ({
    effects: [],
    result: { config: configOf(files, input.label ?? input.path ?? configPath) },
  }),
};

/**
 * The config for a run that has no context yet (the Action, the CLI, a page, a job reading
 * another's): the same read and the same merge as `repoConfig`.
 */
export async function loadRepoConfig(
  github: GitHub,
  options: { owner: string; repo: string; path?: string; label?: string },
): Promise<Config> {
  const path = options.path ?? configPath;
  const files = await readConfigFiles(github, { owner: options.owner, repo: options.repo, path });
  return configOf(files, options.label ?? path);
}

/**
 * The config of the files read (Probot's inheritance, through the same plugin), a list in a file
 * replacing the list it extends. No file at all is the defaults. A broken config is a ConfigError
 * naming the file and the line (one file) or the file and the setting (a chain of files).
 */
function configOf(files: ConfigFile[], label: string): Config {
  const found = files.filter((f) => f.config !== null);
  const only = found.length === 1 ? found[0] : undefined;
  if (found.length === 0) return parseConfig("", label);
  if (only && files.at(-1) === only && only.text !== undefined) {
    const own = only === files[0];
    return parseConfig(only.text, own ? label : `${only.owner}/${only.repo}:${only.path}`);
  }
  // Later files are the bases: the repository's own settings are merged over them.
  const merged = deepmerge.all([{}, ...found.map((f) => f.config ?? {}).reverse()], {
    arrayMerge: (_target, source) => source,
  });
  return checkConfig(merged, found.map((f) => `${f.owner}/${f.repo}:${f.path}`).join(" extends "));
}
