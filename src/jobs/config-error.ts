import type { ConfigError } from "../config/index.js";
import { marker } from "../core/index.js";
import { renderConfigErrorComment, toMarkdown } from "../render/index.js";
import type { RepoRun } from "./run-context.js";
import { runUseCase, type UseCase } from "./use-case.js";

/**
 * A config that cannot be used, told once on the issue that asked for something: one comment the
 * bot keeps (a later event with the same broken config changes nothing), then silence.
 */
export async function reportConfigError(
  run: RepoRun,
  issue: number,
  error: ConfigError,
): Promise<void> {
  // Written for real: only the app tells a broken config on an issue, and it never runs dry.
  await runUseCase(configErrorTold, { ...run, dryRun: false }, { issue, error });
}

/** The broken config's one comment, run by `runUseCase` (no read: the error says it all). */
export const configErrorTold: UseCase<
  { issue: number; error: ConfigError },
  null,
  Record<string, never>,
  RepoRun
> = {
  load: async () => null,
  plan(_, { issue, error }) {
    // The comment is public: it names the file, the line and the setting, never a value, which
    // may have come from a private repository the config extends.
    const body = toMarkdown(renderConfigErrorComment(error.publicMessage(), error.file));
    return {
      effects: [{ kind: "upsert-comment", issue, marker: marker("config-error"), body }],
      result: {},
    };
  },
};
