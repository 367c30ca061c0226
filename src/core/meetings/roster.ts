import { parseCommands } from "../commands.js";
import type { CommentRecord } from "../snapshot.js";
import type { SeatRequest } from "./seat-ledger.js";

export interface Roster {
  /** Seated participants, first come first served. */
  seated: string[];
  /** Everyone past capacity, in the order they joined; the first moves up when a seat frees. */
  waitlist: string[];
}

/**
 * Who is in a meeting: one seat list, fed by the `/join` and `/leave` commands of its comments and
 * by the seats taken and given up on the RSVP page, all in the order they were made. Seats go
 * first come, first served up to `capacity`; past it, people wait in line, and the first in line
 * takes the seat of whoever leaves. Bots are not participants.
 */
export function rosterOf(
  comments: CommentRecord[],
  capacity: number,
  rsvps: SeatRequest[] = [],
): Roster {
  const seated: string[] = [];
  const waitlist: string[] = [];
  const requests: Array<SeatRequest & { order: number }> = [];
  const ordered = [...comments].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id,
  );
  for (const [i, comment] of ordered.entries()) {
    if (comment.author.bot) continue;
    for (const command of parseCommands(comment.body))
      if (command.name === "join" || command.name === "leave")
        requests.push({
          login: comment.author.login,
          action: command.name,
          at: comment.createdAt,
          order: i,
        });
  }
  for (const [i, rsvp] of rsvps.entries()) requests.push({ ...rsvp, order: ordered.length + i });
  // By time; at the same instant, comments in their order, then the page's in theirs.
  requests.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.order - b.order);
  const has = (list: string[], login: string) =>
    list.findIndex((l) => l.toLowerCase() === login.toLowerCase());
  for (const { login, action } of requests) {
    if (action === "join" && has(seated, login) < 0 && has(waitlist, login) < 0) {
      (seated.length < capacity ? seated : waitlist).push(login);
    } else if (action === "leave") {
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
  return { seated, waitlist };
}
