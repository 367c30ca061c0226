import type { GitHub } from "./client.js";
import { projectStatusUpdatesQuery } from "./operations/index.js";
import { query } from "./query.js";

/** A project's latest status updates (up to 10, newest first): their bodies, to find this week's. */
export async function readStatusUpdates(
  github: GitHub,
  projectId: string,
): Promise<Array<{ body: string; createdAt: string }>> {
  const data = await query(github, projectStatusUpdatesQuery, { projectId });
  const node = data.node && "statusUpdates" in data.node ? data.node : null;
  return (node?.statusUpdates.nodes ?? []).flatMap((u) =>
    u ? [{ body: u.body ?? "", createdAt: u.createdAt }] : [],
  );
}
