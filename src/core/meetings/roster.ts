import { parseCommands } from "../commands.js";
import type { CommentRecord } from "../snapshot.js";

export interface Roster {
  /** Seated participants, first come first served. */
  seated: string[];
  /** Everyone past capacity, in the order they joined; the first moves up when a seat frees. */
  waitlist: string[];
}

/**
 * Who is in a meeting: the `/join` and `/leave` commands of its comments, in the order they were
 * written. Seats go first come, first served up to `capacity`; past it, people wait in line, and
 * the first in line takes the seat of whoever leaves. Bots are not participants.
 */
export function rosterOf(comments: CommentRecord[], capacity: number): Roster {
  const seated: string[] = [];
  const waitlist: string[] = [];
  const ordered = [...comments].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id,
  );
  const has = (list: string[], login: string) =>
    list.findIndex((l) => l.toLowerCase() === login.toLowerCase());
  for (const comment of ordered) {
    if (comment.author.bot) continue;
    const login = comment.author.login;
    for (const command of parseCommands(comment.body)) {
      if (command.name === "join" && has(seated, login) < 0 && has(waitlist, login) < 0) {
        (seated.length < capacity ? seated : waitlist).push(login);
      } else if (command.name === "leave") {
        const seat = has(seated, login);
        if (seat >= 0) {
          seated.splice(seat, 1);
          const next = waitlist.shift();
          if (next) seated.push(next);
        } else if (has(waitlist, login) >= 0) {
          waitlist.splice(has(waitlist, login), 1);
        }
      }
    }
  }
  return { seated, waitlist };
}
