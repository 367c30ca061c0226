import {
  type PromotedItem,
  promotedMarker,
  promotedNoteMarker,
  promotedRecordOf,
} from "../core/index.js";
import type { GitHub } from "./client.js";
import { writtenByRoundtable } from "./own-comment.js";
import { readParent } from "./read-parent.js";
import { rest, restPages } from "./rest.js";

type Listed = {
  number: number;
  html_url: string;
  title: string;
  body?: string | null;
  user?: { login: string; type?: string } | null;
  type?: { name: string } | null;
};

/**
 * The roadmap item topic `topic` was promoted to, or null: the one Roundtable's note on the topic
 * names, else one among the newest issues whose body opens with the topic's marker (an item opened
 * by a run that stopped before its note). Only an issue Roundtable opened counts: a marker pasted
 * into someone's issue means nothing. Read afresh each time, never from a cache.
 */
export async function readPromoted(
  github: GitHub,
  { owner, repo, topic }: { owner: string; repo: string; topic: number },
): Promise<PromotedItem | null> {
  const mark = `${promotedMarker(topic)}\n`;
  const ours = (i: Listed) =>
    writtenByRoundtable(
      github,
      i.user ? { login: i.user.login, isBot: i.user.type === "Bot" } : null,
    ) && (i.body ?? "").startsWith(mark);
  const named = await notedItem(github, owner, repo, topic);
  let found: Listed | undefined;
  if (named !== null) {
    const { data } = await rest<Listed>(github, "GET /repos/{owner}/{repo}/issues/{issue_number}", {
      owner,
      repo,
      issue_number: named,
    });
    if (ours(data)) found = data;
  }
  if (!found) {
    const { data } = await rest<Listed[]>(github, "GET /repos/{owner}/{repo}/issues", {
      owner,
      repo,
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 100,
    });
    found = data.find(ours);
  }
  if (!found) return null;
  return {
    number: found.number,
    url: found.html_url,
    title: found.title,
    type: found.type?.name ?? null,
    parent: await readParent(github, { owner, repo, issue: found.number }),
  };
}

/** The item number Roundtable's note on the topic names (its hidden record), if it wrote one. */
async function notedItem(
  github: GitHub,
  owner: string,
  repo: string,
  topic: number,
): Promise<number | null> {
  type Comment = { body?: string; user?: { login?: string; type?: string } | null };
  const pages = restPages<Comment>(
    github,
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    { owner, repo, issue_number: topic },
  );
  for await (const { data } of pages)
    for (const c of data) {
      const mine = writtenByRoundtable(
        github,
        c.user?.login ? { login: c.user.login, isBot: c.user.type === "Bot" } : null,
      );
      const item =
        mine && c.body?.startsWith(`${promotedNoteMarker}\n`) ? promotedRecordOf(c.body) : null;
      if (item !== null) return item;
    }
  return null;
}
