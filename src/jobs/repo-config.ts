import deepmerge from "deepmerge";
import { type Config, checkConfig, configPath, parseConfig } from "../config/index.js";
import { type GitHub, readConfigFiles } from "../github/index.js";

/**
 * The repository's config as the app reads it, read through the API (no checkout needed): the
 * repository's file, else its owner's `.github` repository's, with every `_extends` followed
 * (Probot's inheritance, through the same plugin), a list in a file replacing the list it extends.
 * No file at all is the defaults. A broken config is a ConfigError naming the file and the line
 * (one file) or the file and the setting (a chain of files).
 */
export async function loadRepoConfig(
  github: GitHub,
  options: { owner: string; repo: string; path?: string; label?: string },
): Promise<Config> {
  const path = options.path ?? configPath;
  const label = options.label ?? path;
  const files = await readConfigFiles(github, { owner: options.owner, repo: options.repo, path });
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
