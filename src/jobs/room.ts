import {
  type BoardView,
  boardViewOf,
  type Effect,
  inviteesToCheck,
  type Poster,
  posterOf,
  pressRefusal,
  type RoomCommand,
  type RoomState,
  roomOf,
  withInvitations,
  withVote,
} from "../core/index.js";
import { commentThumbs, type GitHub, isCollaborator, listInvitations } from "../github/index.js";
import { loadBoard } from "./load-board.js";
import { loadRepoConfig } from "./repo-config.js";
import type { RepoRun } from "./run-context.js";
import type { UseCase } from "./use-case.js";

export type { RoomCommand };

/** What a person pressed in a room: a facilitator's command button, or a roman vote. */
export type Press =
  | { kind: "command"; command: RoomCommand; does: string | null; body: string }
  | { kind: "vote"; content: "+1" | "-1" };

export interface PressInput {
  /** The meeting issue's number. */
  issue: number;
  /** Who pressed (signed in): the comment or reaction is theirs, made with their own client. */
  login: string;
  press: Press;
  /**
   * The room as it is now, as the page reads it (the live room's copy when people watch it, else
   * GitHub through the app's client): what the press is checked against. Null: no such meeting.
   */
  room: () => Promise<RoomState | null>;
}

/**
 * A press in a room, run by `runUseCase` with the person's own client (a `RepoRun`: the meeting's
 * rule needs no config):
 *
 * 1. Load the room as it is now.
 * 2. Plan: refused by the meeting's own rule (a command whose button drew what it no longer does;
 *    a vote with no roman vote open), in words for the person; else the comment they could have
 *    typed, or their reaction on the vote's comment.
 * 3. The runner applies it through the write gate, as the person.
 */
export const refusePress: UseCase<PressInput, RoomState | null, { refused?: string }, RepoRun> = {
  load: (_run, input) => input.room(),
  plan(room, { issue, login, press }, { now }) {
    const refused = pressRefused(room, press, now);
    if (refused) return { effects: [], result: { refused } };
    const effect: Effect =
      press.kind === "command"
        ? { kind: "comment-as-person", issue, login, body: press.body, at: now }
        : { kind: "react", commentId: room?.table?.vote.commentId ?? 0, content: press.content };
    return { effects: [effect], result: {} };
  },
};

/** Why a press is refused in `room` now (the button and what the meeting does agree); undefined: made. */
function pressRefused(room: RoomState | null, press: Press, now: string): string | undefined {
  if (press.kind === "command")
    return room ? pressRefusal(room, press.command, press.does, now) : "This meeting is gone.";
  if (!room?.table?.vote.commentId || room.ended)
    return "There is no roman vote right now: it opens when a topic is on the table.";
  return undefined;
}

export interface RoomTarget {
  owner: string;
  repo: string;
}

/** The channel on which every instance hears that a meeting changed (its room re-reads it). */
export function roomChannel(owner: string, repo: string, issue: number): string {
  return `room:${owner}/${repo}#${issue}`.toLowerCase();
}

/** What the web pages read: the repository's config and the board. */
interface Read {
  config: Awaited<ReturnType<typeof loadRepoConfig>>;
  board: Awaited<ReturnType<typeof loadBoard>>;
}

/**
 * What the web pages show, read with the app's installation client (reads only):
 * 1. read the repository's config;
 * 2. load the board (the snapshot, with the meeting issues' comments and their reactions).
 */
async function readBoard(github: GitHub, target: RoomTarget, now: string): Promise<Read> {
  const config = await loadRepoConfig(github, target);
  const board = await loadBoard(github, { ...target, config, now, checkFields: false });
  return { config, board };
}

/** The same read, worked out into a page's state in core. */
async function read<T>(
  github: GitHub,
  target: RoomTarget,
  now: string,
  of: (read: Read["board"], config: Read["config"]) => T,
): Promise<T> {
  const { config, board } = await readBoard(github, target, now);
  return of(board, config);
}

/**
 * The meeting room of issue `issue` (null: no such meeting), run by `runUseCase` with the app's
 * client before the config is read (a `RepoRun`): load the config and the board, then work out the
 * room in core. Reads only.
 */
export const loadRoom: UseCase<{ issue: number }, Read, { room: RoomState | null }, RepoRun> = {
  load: (run) => readBoard(run.github, run, run.now),
  plan: ({ board, config }, { issue }, { now }) => ({
    effects: [],
    result: { room: roomOf(board.snapshot, config, issue, now) },
  }),
};

/** The board page: the queue with counted votes, sponsors, and the open meetings. */
export function loadBoardView(github: GitHub, target: RoomTarget, now: string): Promise<BoardView> {
  return read(github, target, now, ({ snapshot }, config) => boardViewOf(snapshot, config));
}

/** The print view of an unconference's schedule (null: no such meeting, or no schedule yet). */
export function loadPoster(
  github: GitHub,
  target: RoomTarget & { issue: number },
  now: string,
): Promise<Poster | null> {
  return read(github, target, now, ({ snapshot }, config) =>
    posterOf(snapshot, config, target.issue, now),
  );
}

/**
 * The room with its roman vote re-read from the vote comment's reactions: one request, where
 * reloading the board would be several. Unchanged when there is no vote on the table.
 */
export async function refreshVote(
  github: GitHub,
  target: RoomTarget,
  room: RoomState,
): Promise<RoomState> {
  const comment = room.table?.vote.commentId;
  if (!comment) return room;
  const { up, down } = await commentThumbs(github, { ...target, comment });
  return withVote(room, up, down);
}

/**
 * The room with its invitations asked of GitHub now: the repository's open invitations (one
 * request) and, for each seated person whose invitation is gone, whether they are a
 * collaborator (`known`: people found so already, never asked again). The meeting's state
 * learns of an acceptance only at the app's next invitation round; the facilitator sees it now.
 * Unchanged when the app invites nobody, or GitHub will not list the invitations.
 */
export async function refreshInvitees(
  github: GitHub,
  target: RoomTarget,
  room: RoomState,
  known: Set<string> = new Set(),
): Promise<RoomState> {
  if (!room.invitees.inviting) return room;
  const open = await listInvitations(github, target.owner, target.repo);
  if (open === null) return room;
  const members = new Set<string>();
  for (const login of inviteesToCheck(room.invitees, open)) {
    const lower = login.toLowerCase();
    if (known.has(lower) || (await isCollaborator(github, target.owner, target.repo, login)))
      members.add(lower);
  }
  for (const login of members) known.add(login);
  return { ...room, invitees: withInvitations(room.invitees, open, members) };
}
