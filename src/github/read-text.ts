import type { GitHub } from "./client.js";
import { fileAtCommitQuery } from "./operations/index.js";
import { query } from "./query.js";

/**
 * The text of one file, by a Git expression such as "HEAD:.github/roundtable.yml" or
 * "<oid>:docs/topics.md"; undefined when there is no such file (or it is binary).
 */
export async function readText(
  github: GitHub,
  owner: string,
  repo: string,
  expression: string,
): Promise<string | undefined> {
  const data = await query(github, fileAtCommitQuery, { owner, name: repo, expression });
  const object = data.repository?.object;
  return (object && "text" in object ? object.text : null) ?? undefined;
}
