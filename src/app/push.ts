import type { Coordination } from "../coordination/index.js";
import { configScope } from "./handlers.js";

interface PushPayload {
  installation?: { id: number };
  commits?: Array<{ added?: string[]; modified?: string[]; removed?: string[] }>;
}

/**
 * A push that touches a YAML file may change a config (a repository's own, the owner's `.github`
 * repository's, or one that another config `_extends`): every instance forgets the installation's
 * configs, and the next delivery reads them again.
 */
export async function forgetConfigOnPush(
  coordination: Coordination,
  payload: PushPayload,
): Promise<void> {
  const touched = (payload.commits ?? []).flatMap((c) => [
    ...(c.added ?? []),
    ...(c.modified ?? []),
    ...(c.removed ?? []),
  ]);
  if (!payload.installation || !touched.some((file) => /\.ya?ml$/i.test(file))) return;
  await coordination.cache.invalidate(configScope(payload.installation.id));
}
