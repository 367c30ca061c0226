import type { ConfigError } from "../config/index.js";
import { marker } from "../core/index.js";
import { applyPlan } from "../github/index.js";
import { renderConfigErrorComment, toMarkdown } from "../render/index.js";
import { gateOf, type RepoRun } from "./run-context.js";

/**
 * A config that cannot be used, told once on the issue that asked for something: one comment the
 * bot keeps (a later event with the same broken config changes nothing), then silence.
 */
export async function reportConfigError(
  run: RepoRun,
  issue: number,
  error: ConfigError,
): Promise<void> {
  // The comment is public: it names the file, the line and the setting, never a value, which may
  // have come from a private repository the config extends.
  const body = toMarkdown(renderConfigErrorComment(error.publicMessage(), error.file));
  await applyPlan(
    run.github,
    [{ kind: "upsert-comment", issue, marker: marker("config-error"), body }],
    gateOf({ ...run, dryRun: false }, null),
  );
}
