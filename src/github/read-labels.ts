import type { GitHub } from "./client.js";
import { rest } from "./rest.js";

/** The names of a repository's labels, 100 a page (one request for most repositories). */
export async function readLabels(
  github: GitHub,
  owner: string,
  repo: string,
): Promise<{ names: string[]; requests: number }> {
  const names: string[] = [];
  for (let page = 1; ; page++) {
    const { data } = await rest<Array<{ name: string }>>(
      github,
      "GET /repos/{owner}/{repo}/labels",
      { owner, repo, per_page: 100, page },
    );
    names.push(...data.map((label) => label.name));
    if (data.length < 100) return { names, requests: page };
  }
}
