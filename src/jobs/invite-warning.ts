import type { GitHub } from "../github/index.js";
import { repositoryIsPublic } from "../github/index.js";
import { loadRepoConfig } from "./repo-config.js";

/**
 * What a facilitator should know before sharing a public repository's RSVP link when
 * `meetings.invite.permission` is write: everyone who takes a seat gets push access to a
 * repository the whole world reads. Null when that is not so.
 */
export async function inviteWarning(
  github: GitHub,
  target: { owner: string; repo: string },
): Promise<string | null> {
  const config = await loadRepoConfig(github, target);
  if (config.meetings.invite?.permission !== "write") return null;
  if (!(await repositoryIsPublic(github, target))) return null;
  return `${target.owner}/${target.repo} is public and meetings.invite.permission is write: everyone who takes a seat through this link can push to it. Set meetings.invite.permission to read or triage in .github/roundtable.yml unless that is meant.`;
}
