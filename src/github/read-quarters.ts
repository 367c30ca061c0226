import {
  type KeptQuarter,
  type QuarterFieldRead,
  quartersBranch,
  quartersPath,
  readKeptQuarters,
} from "../core/index.js";
import type { GitHub } from "./client.js";
import { projectQuartersQuery } from "./operations/index.js";
import { paginate } from "./paginate.js";
import { readText } from "./read-text.js";

/**
 * The board's Quarter field (its iterations, past ones included) and every item's quarter, by the
 * iteration's title; with them, the quarters a run kept on Roundtable's branch before it replaced
 * the iterations (none unless a run stopped half-way). `requests`: the GraphQL requests it took.
 */
export async function readQuarters(
  github: GitHub,
  target: { owner: string; repo: string; projectId: string; field: string },
): Promise<{ read: QuarterFieldRead; kept: KeptQuarter[]; requests: number }> {
  const { owner, repo, projectId, field } = target;
  let read: QuarterFieldRead = { kind: "missing" };
  const items: Array<{ id: string; title: string | null }> = [];
  const pages = paginate(github, projectQuartersQuery, { projectId, field }, (data) =>
    data.node && "items" in data.node ? data.node.items : null,
  );
  // The kept quarters' file is one more request.
  let requests = 1;
  for await (const { data } of pages) {
    requests++;
    const node = data.node && "items" in data.node ? data.node : null;
    const f = node?.field;
    if (f && "configuration" in f) {
      const { iterations, completedIterations } = f.configuration;
      read = { kind: "iterations", iterations: [...completedIterations, ...iterations], items };
    } else if (f) read = { kind: "other", dataType: "not ITERATION" };
    for (const item of node?.items.nodes ?? []) {
      if (!item) continue;
      const title = item.quarter && "title" in item.quarter ? item.quarter.title : null;
      items.push({ id: item.id, title });
    }
  }
  const text = await readText(github, owner, repo, `${quartersBranch}:${quartersPath}`);
  return { read, kept: readKeptQuarters(text), requests };
}
