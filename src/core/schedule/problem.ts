/** A room of the event. A plenary room holds several sessions at once (`holds`); others hold one. */
export interface Room {
  name: string;
  seats: number;
  plenary: boolean;
  /** How many sessions meet in it at once: 1, or the plenary's count. */
  holds: number;
}

/** A time slot: the unit of "at once". Two meetings in one slot are in parallel. */
export interface Slot {
  id: string;
  day: string;
  /** HH:MM */
  start: string;
  /** HH:MM */
  end: string;
}

/** A session asks for `meetings` meetings; each is placed in a slot and a room. */
export interface SessionSpec {
  id: string;
  title: string;
  /** Logins, lower-cased, without "@": never two places at once. */
  chairs: string[];
  /** Groups, lower-cased: a group never meets twice at once. */
  groups: string[];
  /** Expected attendance; `max: null` is open-ended ("more than 50"): its top is its `min`. */
  estimate: { min: number; max: number | null } | null;
  /** The slots the session asks for (null: any). It wants min(meetings, count) of them kept. */
  requestedSlots: string[] | null;
  meetings: number;
  /** Sessions it should not meet at the same time as (soft). */
  avoid: string[];
  /** Sessions of one track avoid each other and like one room. */
  tracks: string[];
  kind: "breakout" | "plenary";
  /** Who wants to attend it (the board's votes), lower-cased. */
  voters: string[];
  /** Its kept placements never move (from --keep, else from `recorded`). */
  pinned: boolean;
  /** Placements published before (the neutral format's `recorded`), used when pinned and no --keep. */
  recorded: Placement[];
}

export interface Problem {
  rooms: Room[];
  slots: Slot[];
  sessions: SessionSpec[];
}

export interface Placement {
  slot: string;
  room: string;
}

/** Session id → its meetings' placements. */
export type Assignment = Record<string, Placement[]>;
