import type { Config } from "../config/index.js";
import {
  type Authority,
  type Board,
  decideMeetingEvent,
  facilitatorCommands,
  type IssueRecord,
  type MeetingComment,
  type MeetingOutcome,
  meetingOf,
  parseCommands,
} from "../core/index.js";
import { facilitates, type GitHub } from "../github/index.js";

type Where = {
  owner: string;
  repo: string;
  config: Config;
  now: string;
  log?: (line: string) => void;
};

/** A meeting event decided on the board as recounted and on who facilitates as GitHub says now. */
export async function decideMeeting(
  github: GitHub,
  where: Where,
  issue: IssueRecord,
  comment: MeetingComment | undefined,
  board: Board,
): Promise<MeetingOutcome> {
  const authority = await meetingAuthority(github, where, issue, comment);
  return decideMeetingEvent(issue, comment, board, where.config, authority);
}

/**
 * What a meeting event needs checked on GitHub before it is decided, and only that: whether the
 * meeting's host facilitates, while the meeting's state does not say it yet (its first event, or
 * the first since this check came in), and whether the person who commented does, when they give
 * a command that runs the meeting. A /join asks nothing.
 */
export async function meetingAuthority(
  github: GitHub,
  where: Where,
  issue: IssueRecord,
  comment: MeetingComment | undefined,
): Promise<Authority> {
  const said = meetingOf(issue, where.config).trust;
  const found = said
    ? null
    : {
        host: issue.author.login,
        trusted: await facilitates(github, where, issue.author),
        at: where.now,
      };
  const runs =
    comment !== undefined &&
    (comment.commands ?? parseCommands(comment.body)).some((c) => facilitatorCommands.has(c.name));
  return {
    found,
    facilitates: runs && (await facilitates(github, where, { login: comment.login, bot: false })),
  };
}
