import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { branchHeadQuery } from "./operations/index.js";
import { query } from "./query.js";

/** Where a run writes its pages, and what the default branch holds. */
export interface Head {
  branch: string;
  oid: string;
  defaultBranch: string;
  defaultOid: string;
  /** Whether the branch is there yet (pull-request mode creates it from the default branch). */
  exists: boolean;
}

/**
 * The head a run commits on: the default branch in `direct` mode; in `pull-request` mode,
 * `branch`, or the default branch's head while `branch` does not exist yet.
 */
export async function readHead(
  github: GitHub,
  owner: string,
  repo: string,
  mode: "direct" | "pull-request",
  branch: string,
): Promise<Head> {
  const data = await query(github, branchHeadQuery, {
    owner,
    name: repo,
    qualifiedName: `refs/heads/${branch}`,
  });
  const main = data.repository?.defaultBranchRef;
  if (!main?.target)
    throw new RoundtableError(
      `${owner}/${repo} has no default branch to write pages to: push a first commit`,
    );
  const { target } = main;
  if (mode === "direct") {
    return {
      branch: main.name,
      oid: target.oid,
      defaultBranch: main.name,
      defaultOid: target.oid,
      exists: true,
    };
  }
  const ref = data.repository?.ref;
  return {
    branch,
    oid: ref?.target?.oid ?? target.oid,
    defaultBranch: main.name,
    defaultOid: target.oid,
    exists: ref !== null && ref !== undefined,
  };
}
