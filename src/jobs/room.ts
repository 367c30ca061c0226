import {
  type BoardView,
  boardViewOf,
  type Poster,
  posterOf,
  pressRefusal,
  type RoomCommand,
  type RoomState,
  roomOf,
  withVote,
} from "../core/index.js";
import { commentThumbs, type GitHub } from "../github/index.js";
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
