import { composeConfigGet } from "@probot/octokit-plugin-config";
import { ConfigError, maxConfigBytes, parseConfig } from "../config/index.js";
import type { GitHub } from "./client.js";

/** One config file of a chain, as read: the repository's own, the owner's `.github`, a base. */
export interface ConfigFile {
  owner: string;
  repo: string;
  path: string;
  /** The settings it holds (without `_extends`), or null when there is no such file. */
  config: Record<string, unknown> | null;
  /** Its text, as GitHub gave it. */
  text?: string;
}

/**
 * The config files of a repository as Probot reads them, with @probot/octokit-plugin-config's own
 * logic (the app reads its config through the same plugin): the repository's file, else the
 * owner's `.github` repository's, then every `_extends` (`repo`, `repo:path`, `owner/repo:path`)
 * in turn, each from its repository's default branch. A file past `maxConfigBytes` is refused as
 * soon as it arrives, before any YAML parse. The first file is the repository's own.
 */
export async function readConfigFiles(
  github: GitHub,
  options: { owner: string; repo: string; path: string },
): Promise<ConfigFile[]> {
  const texts = new Map<string, string>();
  const request = Object.assign(
    async (route: Record<string, unknown>) => {
      const response = await (
        github.request as unknown as (
          r: Record<string, unknown>,
        ) => Promise<{ data: unknown; headers: Record<string, unknown> }>
      )(route);
      if (typeof response.data === "string") {
        const file = `${String(route.owner)}/${String(route.repo)}:${String(route.path)}`;
        if (Buffer.byteLength(response.data, "utf8") > maxConfigBytes)
          throw new ConfigError(file, [
            {
              path: "",
              message: `the file is larger than ${maxConfigBytes / 1024} KB, the most Roundtable reads: keep only the settings that differ from the defaults`,
            },
          ]);
        texts.set(file, response.data);
      }
      return response;
    },
    { endpoint: github.request.endpoint },
  );
  let files: Awaited<ReturnType<typeof composeConfigGet>>["files"];
  try {
    ({ files } = await composeConfigGet(
      { request } as unknown as Parameters<typeof composeConfigGet>[0],
      { owner: options.owner, repo: options.repo, path: options.path, defaults: {} },
    ));
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const message = String((error as Error)?.message ?? error);
    if (!message.startsWith("[@probot/octokit-plugin-config]")) throw error;
    // A file that is not YAML: the last one read. Parsed again here to say the line and column.
    const [file, text] = [...texts].at(-1) ?? [
      `${options.owner}/${options.repo}:${options.path}`,
      "",
    ];
    if (/could not be parsed/i.test(message)) parseConfig(text, file);
    throw new ConfigError(file, [
      { path: "_extends", message: message.replace(/^\[@probot\/octokit-plugin-config\] /, "") },
    ]);
  }
  return files.map((f) => ({
    owner: f.owner,
    repo: f.repo,
    path: f.path,
    config: (f.config as Record<string, unknown> | null) ?? null,
    text: texts.get(`${f.owner}/${f.repo}:${f.path}`),
  }));
}
