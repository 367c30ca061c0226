import type { CommentRecord } from "../core/index.js";
import type { GitHub } from "./client.js";
import { nodesOf } from "./nodes-of.js";
import { issueCommentsQuery } from "./operations/index.js";
import { writtenByRoundtable } from "./own-comment.js";
import { paginate } from "./paginate.js";

type Reactors = { nodes: Array<{ user: { login: string } | null } | null> | null };

type Own = NonNullable<CommentRecord["mine"]>[number];
/** GitHub's names of the reactions Roundtable gives a command, as its plans name them. */
const ownReactions: Record<string, Own> = { EYES: "eyes", THUMBS_UP: "+1", CONFUSED: "confused" };

const logins = (reactions: Reactors) =>
  nodesOf(reactions).flatMap((n) => (n.user ? [n.user.login] : []));

/** Every comment of an issue (by node id), oldest first, with its 👍 and 👎, 100 a request. */
export async function readComments(
  github: GitHub,
  issueId: string,
): Promise<{ comments: CommentRecord[]; requests: number; points: number }> {
  const comments: CommentRecord[] = [];
  let requests = 0;
  let points = 0;
  const pages = paginate(github, issueCommentsQuery, { id: issueId }, (data) =>
    data.node && "comments" in data.node ? data.node.comments : null,
  );
  for await (const { data, connection } of pages) {
    requests += 1;
    points += data.rateLimit?.cost ?? 0;
    for (const c of nodesOf(connection)) {
      // GitHub types databaseId nullable, but an issue comment always has one.
      if (c.databaseId === null) continue;
      const author = c.author && { login: c.author.login, isBot: c.author.__typename === "Bot" };
      comments.push({
        id: c.databaseId,
        url: c.url,
        author: {
          login: c.author?.login ?? "ghost",
          bot: c.author?.__typename === "Bot",
          self: writtenByRoundtable(github, author),
        },
        createdAt: c.createdAt,
        body: c.body,
        votes: c.up.totalCount,
        up: logins(c.up),
        down: logins(c.down),
        mine: (c.reactionGroups ?? []).flatMap((g) =>
          g.viewerHasReacted && g.content in ownReactions ? [ownReactions[g.content] as Own] : [],
        ),
      });
    }
  }
  return { comments, requests, points };
}
