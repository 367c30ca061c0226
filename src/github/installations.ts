import type { GitHub } from "./client.js";
import { rest, restPages } from "./rest.js";

/** The ids of the app's installations; `github` authenticates as the app itself (its JWT). */
export async function listInstallations(github: GitHub): Promise<number[]> {
  const ids: number[] = [];
  for await (const page of restPages<{ id: number }>(github, "GET /app/installations", {}))
    ids.push(...page.data.map((i) => i.id));
  return ids;
}

/** The repositories an installation may act on; `github` authenticates as the installation. */
export async function installationRepositories(
  github: GitHub,
): Promise<Array<{ owner: string; repo: string }>> {
  const found: Array<{ owner: string; repo: string }> = [];
  for await (const page of restPages<{
    name: string;
    owner: { login: string };
    archived?: boolean;
  }>(github, "GET /installation/repositories", {}))
    for (const r of page.data) if (!r.archived) found.push({ owner: r.owner.login, repo: r.name });
  return found;
}

/** The id of the installation on a repository; `github` authenticates as the app itself. */
export async function repositoryInstallation(
  github: GitHub,
  owner: string,
  repo: string,
): Promise<number> {
  const { data } = await rest<{ id: number }>(github, "GET /repos/{owner}/{repo}/installation", {
    owner,
    repo,
  });
  return data.id;
}
