import { notifiedIn, notifiedLine } from "../kernel/notified.js";
import type { CommentRecord } from "../snapshot.js";
import { emptyLedger, type SeatLedger, seatLedgerIn, seatLedgerLine } from "./seat-ledger.js";

/** The meeting's state comments merged into the one kept, and the others, to be deleted. */
export interface MergedState {
  /** The oldest state comment, its hidden lines holding what every state comment held. */
  kept: CommentRecord;
  /** The later ones a fault left (their ids), whose seats and keys `kept` now holds. */
  extra: CommentRecord[];
}

/**
 * One state comment out of several. A meeting has one (found by its marker among Roundtable's own
 * comments), but a write whose answer never came whole could once make a second, and readers that
 * each picked "the first" or "the last" then disagreed. Merged: the oldest is kept; its seat
 * ledger is the union of all of theirs (seats in time order, each once; an invitation as last
 * sent) and its notified keys the union too (a notice sent by any is never sent again). Pure: the
 * comments in, in any order; none for an empty list.
 */
export function mergeStateComments(comments: readonly CommentRecord[]): MergedState | undefined {
  const ordered = [...comments].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id,
  );
  const [oldest, ...extra] = ordered;
  if (!oldest) return undefined;
  if (extra.length === 0) return { kept: oldest, extra };
  const ledger = mergeLedgers(ordered.map((c) => seatLedgerIn(c.body)));
  const notified = new Set(ordered.flatMap((c) => [...notifiedIn(c.body)]));
  const region = oldest.body
    .replace(/\n<!-- roundtable:seats [^\n]* -->/, "")
    .replace(/\n?<!-- roundtable:notified \[.*?\] -->/, "")
    .replace(/\n*$/, "");
  const hidden = [...(notified.size > 0 ? [notifiedLine(notified)] : []), seatLedgerLine(ledger)];
  return { kept: { ...oldest, body: `${region}\n${hidden.join("\n")}\n` }, extra };
}

/** Seat ledgers merged: what any of them recorded, each seat request once, in time order. */
export function mergeLedgers(ledgers: readonly SeatLedger[]): SeatLedger {
  const merged = emptyLedger();
  const seen = new Set<string>();
  for (const ledger of ledgers) {
    for (const rsvp of ledger.rsvps) {
      const key = `${rsvp.login.toLowerCase()} ${rsvp.action} ${rsvp.at}`;
      if (seen.has(key)) continue;
      seen.add(key);
      merged.rsvps.push(rsvp);
    }
    for (const [login, invited] of Object.entries(ledger.invited)) {
      const before = merged.invited[login];
      if (
        !before ||
        invited.at > before.at ||
        (invited.at === before.at && invited.times > before.times)
      )
        merged.invited[login] = invited;
    }
    merged.problem = ledger.problem ?? merged.problem;
    for (const member of ledger.members)
      if (!merged.members.some((m) => m.toLowerCase() === member.toLowerCase()))
        merged.members.push(member);
    merged.personal ||= ledger.personal;
  }
  // Stable: requests at the same moment keep the order they were recorded in.
  merged.rsvps.sort((a, b) => a.at.localeCompare(b.at));
  return merged;
}
