import { facilitates, type GitHub, readIssueFacts } from "../github/index.js";
import { loadRepoConfig } from "./repo-config.js";

/**
 * Whether `login` may do on the pages what only meeting `issue`'s facilitator may (hand out the
 * RSVP link, upload a transcript): the rule the meeting commands apply, asked of GitHub now: named
 * in the repository's `facilitators`, a member of a team named there, or holding one of its
 * `facilitatorRoles`. A meeting's author who is none of these runs no meeting, so gets no more here.
 */
export async function facilitatesMeeting(
  github: GitHub,
  target: { owner: string; repo: string; issue: number },
  login: string,
): Promise<boolean> {
  const facts = await readIssueFacts(github, target);
  if (!facts) return false;
  const config = await loadRepoConfig(github, target);
  return facilitates(github, { ...target, config }, { login, bot: false });
}
