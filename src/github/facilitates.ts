import type { Config } from "../config/index.js";
import type { GitHub } from "./client.js";
import { writtenByRoundtable } from "./own-comment.js";
import { rest } from "./rest.js";

/**
 * Whether a person facilitates for the group, asked of GitHub when it matters (a command given, a
 * meeting first read) rather than trusted from a copy: named in `facilitators`, a member of a
 * team named there (`@org/team-slug`), or holding one of `facilitatorRoles` on the repository.
 * Roundtable's own account facilitates (it opens the series' meetings). GitHub's answers are
 * kept a moment in `github.access` when the app gives one; the config is applied afresh each time,
 * so a change to it counts at once. A team GitHub will not show counts no one in, and is logged.
 */
export async function facilitates(
  github: GitHub,
  where: { owner: string; repo: string; config: Config; log?: (line: string) => void },
  person: { login: string; bot: boolean },
): Promise<boolean> {
  const { owner, repo, config } = where;
  const login = person.login.toLowerCase();
  if (writtenByRoundtable(github, { login: person.login, isBot: person.bot })) return true;
  const named = config.facilitators.filter((f) => !f.startsWith("@"));
  if (named.some((f) => f.toLowerCase() === login)) return true;
  if (config.facilitatorRoles.length > 0) {
    const role = await cached(github, `role ${owner}/${repo} ${login}`, () =>
      roleOf(github, owner, repo, person.login),
    );
    if ((config.facilitatorRoles as readonly string[]).includes(role)) return true;
  }
  for (const team of config.facilitators.filter((f) => f.startsWith("@"))) {
    const [org, slug] = team.slice(1).split("/") as [string, string];
    const state = await cached(github, `team ${team.toLowerCase()} ${login}`, () =>
      membershipOf(github, org, slug, person.login),
    );
    if (state === "active") return true;
    if (state === "unreadable")
      where.log?.(
        `facilitators: the members of ${team} cannot be read: grant the app the organisation permission Members: read, or check the team's slug`,
      );
  }
  return false;
}

async function cached(github: GitHub, key: string, ask: () => Promise<string>): Promise<string> {
  const kept = await github.access?.get(key);
  if (kept !== undefined) return kept;
  const answer = await ask();
  await github.access?.set(key, answer);
  return answer;
}

/**
 * The person's role on the repository: GitHub's `role_name` (admin, maintain, write, triage, read),
 * else the older `permission` (admin, write, read, none); "none" for a person who is no collaborator.
 */
async function roleOf(github: GitHub, owner: string, repo: string, login: string): Promise<string> {
  try {
    const { data } = await rest<{ permission?: string; role_name?: string }>(
      github,
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission",
      { owner, repo, username: login },
    );
    // A custom role is named as its owner named it: its base permission says what it may do.
    const standard = ["admin", "maintain", "write", "triage", "read"];
    if (data.role_name && standard.includes(data.role_name)) return data.role_name;
    return data.permission ?? "none";
  } catch (error) {
    if ((error as { status?: number }).status === 404) return "none";
    throw error;
  }
}

/**
 * Whether the person is an active member of the team: "active", "pending" (invited), "none", or
 * "unreadable" when GitHub refuses to show the team (no Members: read permission).
 */
async function membershipOf(
  github: GitHub,
  org: string,
  slug: string,
  login: string,
): Promise<string> {
  try {
    const { data } = await rest<{ state?: string }>(
      github,
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}",
      { org, team_slug: slug, username: login },
    );
    return data.state ?? "none";
  } catch (error) {
    const status = (error as { status?: number }).status;
    // GitHub answers 404 both for a non-member and for a team it will not show.
    if (status === 404) return "none";
    if (status === 403) return "unreadable";
    throw error;
  }
}
