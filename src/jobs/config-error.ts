import type { ConfigError } from "../config/index.js";
import { marker } from "../core/index.js";
import { applyPlan, type GitHub } from "../github/index.js";
import { renderConfigErrorComment, toMarkdown } from "../render/index.js";

/**
 * A config that cannot be used, told once on the issue that asked for something: one comment the
 * bot keeps (a later event with the same broken config changes nothing), then silence.
 */
export async function reportConfigError(
  github: GitHub,
  options: {
    owner: string;
    repo: string;
    issue: number;
    error: ConfigError;
    log: (line: string) => void;
  },
): Promise<void> {
  const { owner, repo, issue, error } = options;
  // The comment is public: it names the file, the line and the setting, never a value, which may
  // have come from a private repository the config extends.
  const body = toMarkdown(renderConfigErrorComment(error.publicMessage(), error.file));
  await applyPlan(
    github,
    [{ kind: "upsert-comment", issue, marker: marker("config-error"), body }],
    {
      owner,
      repo,
      project: null,
      dryRun: false,
      log: options.log,
    },
  );
}
