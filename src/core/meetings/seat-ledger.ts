import { z } from "zod";

/**
 * The part of a meeting's state that no comment of a person holds: seats taken or given up on the
 * RSVP page, and the invitations the app sent. It is a hidden line of the meeting-state comment,
 * which only Roundtable writes (under the repository's lease, through the write gate), so it is
 * read only from that comment: the same line in a person's comment means nothing.
 */
const at = z.string().regex(/^\d{4}-\d{2}-\d{2}T/);

const ledgerSchema = z.object({
  /** Seats asked for and given up on the RSVP page, in the order they came. */
  rsvps: z
    .array(z.object({ login: z.string(), action: z.enum(["join", "leave"]), at }))
    .default([]),
  /** The people the app invited (or added at once), by login. */
  invited: z
    .record(
      z.string(),
      z.object({
        /** When the app last sent the invitation. */
        at,
        /** How many times it sent one: a second only for one that expired before the meeting. */
        times: z.number().int(),
        /**
         * pending: the invitation waits; accepted: the person accepted it; added: an organisation
         * member, added at once; cancelled: the person left and the invitation was withdrawn;
         * refused: GitHub would not invite them (blocked the owner); declined: the invitation is
         * gone (declined, or expired and deleted) and they are no collaborator.
         */
        state: z.enum(["pending", "accepted", "added", "cancelled", "refused", "declined"]),
        /** The open invitation's id, while it is pending. */
        id: z.number().int().nullable(),
      }),
    )
    .default({}),
  /** One line about what GitHub would not do (its limit, an organisation's policy), or null. */
  problem: z.string().nullable().default(null),
  /** People found to be collaborators already (never invited, never re-checked). */
  members: z.array(z.string()).default([]),
  /**
   * The repository is a personal one (GitHub's invitation list says its owner is a User): GitHub
   * gives every outside collaborator write access there, and the meeting's state says so.
   */
  personal: z.boolean().default(false),
});

export type SeatLedger = z.output<typeof ledgerSchema>;
export type SeatRequest = SeatLedger["rsvps"][number];
export type Invited = SeatLedger["invited"][string];

export const emptyLedger = (): SeatLedger => ({
  rsvps: [],
  invited: {},
  problem: null,
  members: [],
  personal: false,
});

const pattern = /\n<!-- roundtable:seats ([^\n]*) -->/;

/** The ledger in the meeting-state comment's body; empty when there is none or it is unreadable. */
export function seatLedgerIn(body: string): SeatLedger {
  const match = pattern.exec(body);
  if (!match) return emptyLedger();
  try {
    const parsed = ledgerSchema.safeParse(JSON.parse(match[1] as string));
    return parsed.success ? parsed.data : emptyLedger();
  } catch {
    return emptyLedger();
  }
}

/** Whether a ledger holds anything worth a line (a board without RSVPs keeps its state as it was). */
export function ledgerIsEmpty(ledger: SeatLedger): boolean {
  return (
    ledger.rsvps.length === 0 &&
    Object.keys(ledger.invited).length === 0 &&
    ledger.problem === null &&
    ledger.members.length === 0
  );
}

/** The hidden line (JSON with `<`, `>` and `--` escaped, so it never ends the comment). */
export function seatLedgerLine(ledger: SeatLedger): string {
  const json = JSON.stringify(ledger)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/--/g, "-\\u002d");
  return `<!-- roundtable:seats ${json} -->`;
}
