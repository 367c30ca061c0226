import { sameName } from "../core/index.js";
import { type GitHub, hasWriteAccess, readIssueFacts } from "../github/index.js";

/**
 * Whether `login` runs meeting `issue`, for what only its facilitator may do on the pages (hand
 * out the RSVP link): its author, or a person with write, maintain or admin permission on the
 * repository. One function, so that the configured facilitators can take its place.
 */
export async function facilitates(
  github: GitHub,
  target: { owner: string; repo: string; issue: number },
  login: string,
): Promise<boolean> {
  const facts = await readIssueFacts(github, target);
  if (!facts) return false;
  if (facts.author && sameName(facts.author, login)) return true;
  return hasWriteAccess(github, target.owner, target.repo, login);
}
