import {
  type BoardView,
  boardViewOf,
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

export type { RoomCommand };

/**
 * Why a facilitator's press of `command` (its button drawn as `does`) is refused in `room` now:
 * the meeting's own rule, so the button and what the meeting does agree. Undefined: post it.
 */
export function refusePress(
  room: RoomState,
  command: RoomCommand,
  does: string | null,
  now: string,
): string | undefined {
  return pressRefusal(room, command, does, now);
}

export interface RoomTarget {
  owner: string;
  repo: string;
}

/** The channel on which every instance hears that a meeting changed (its room re-reads it). */
export function roomChannel(owner: string, repo: string, issue: number): string {
  return `room:${owner}/${repo}#${issue}`.toLowerCase();
}

/**
 * What the web pages show, read with the app's installation client (reads only):
 * 1. read the repository's config;
 * 2. load the board (the snapshot, with the meeting issues' comments and their reactions);
 * 3. work out the page's state in core.
 */
async function read<T>(
  github: GitHub,
  target: RoomTarget,
  now: string,
  of: (
    read: Awaited<ReturnType<typeof loadBoard>>,
    config: Awaited<ReturnType<typeof loadRepoConfig>>,
  ) => T,
): Promise<T> {
  const config = await loadRepoConfig(github, target);
  const board = await loadBoard(github, { ...target, config, now, checkFields: false });
  return of(board, config);
}

/** The meeting room of issue `issue` (null: no such meeting). */
export function loadRoom(
  github: GitHub,
  target: RoomTarget & { issue: number },
  now: string,
): Promise<RoomState | null> {
  return read(github, target, now, ({ snapshot }, config) =>
    roomOf(snapshot, config, target.issue, now),
  );
}

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
