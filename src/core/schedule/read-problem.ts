import { z } from "zod";
import { RoundtableError } from "../../errors/index.js";
import type { Assignment, Problem, SessionSpec } from "./problem.js";

/** A problem or keep file that cannot be read: the message says where and what was expected. */
export class ScheduleInputError extends RoundtableError {
  override name = "ScheduleInputError";
}

/** A room with no stated capacity counts as 30, as W3C's own parser does. */
const defaultSeats = 30;

const id = z.union([z.string().min(1), z.int()]).transform(String);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM");
const placement = z.object({ slot: z.string(), room: z.string() });

/** The problem format of docs/schedule-format.md (`neutral-schedule/1`). */
const neutralSchema = z.object({
  format: z.literal("neutral-schedule/1").optional(),
  event: z
    .object({
      plenaryRoom: z.string().nullable().default(null),
      plenaryHolds: z.int().positive().default(5),
    })
    .default({ plenaryRoom: null, plenaryHolds: 5 }),
  rooms: z
    .array(
      z.object({
        name: z.string().min(1),
        capacity: z.int().positive().nullable().optional(),
        plenary: z.boolean().optional(),
      }),
    )
    .min(1, "expected at least one room"),
  slots: z
    .array(z.object({ id: z.string().min(1), day: z.string(), start: clock, end: clock }))
    .min(1, "expected at least one slot"),
  sessions: z.array(
    z.object({
      id,
      title: z.string().default(""),
      chairs: z.array(z.string()).default([]),
      groups: z.array(z.string()).default([]),
      estimate: z
        .object({ min: z.int().nonnegative(), max: z.int().positive().nullable() })
        .nullable()
        .default(null),
      requestedSlots: z.array(z.string()).nullable().default(null),
      meetings: z.int().positive().max(1000).default(1),
      avoidConflictsWith: z.array(id).default([]),
      tracks: z.array(z.string()).default([]),
      type: z.enum(["breakout", "plenary"]).default("breakout"),
      voters: z.array(z.string()).default([]),
      pinned: z.boolean().default(false),
      recorded: z.array(placement).nullable().default(null),
    }),
  ),
});

const keepSchema = z.object({ assignment: z.record(z.string(), z.array(placement)) });

function fail(file: string, error: z.ZodError): never {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  throw new ScheduleInputError(`${file}: ${where}${issue?.message ?? "not a schedule problem"}`, {
    cause: error,
  });
}

function json(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ScheduleInputError(`${file}: not JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}

const login = (name: string) => name.trim().replace(/^@/, "").toLowerCase();

/**
 * A scheduling problem from the neutral JSON format. Chairs lose their "@", names are compared
 * without case, and every slot or session a session names must exist.
 */
export function readProblem(text: string, file = "problem"): Problem {
  const parsed = neutralSchema.safeParse(json(text, file));
  if (!parsed.success) fail(file, parsed.error);
  const data = parsed.data;
  const slotIds = new Set(data.slots.map((s) => s.id));
  const sessionIds = new Set(data.sessions.map((s) => s.id));
  const roomNames = new Set(data.rooms.map((r) => r.name));
  const plenaryRoom = data.event.plenaryRoom;
  const sessions = data.sessions.map((s, i): SessionSpec => {
    const where = `${file}: sessions.${i} (#${s.id})`;
    for (const slot of s.requestedSlots ?? []) {
      if (!slotIds.has(slot))
        throw new ScheduleInputError(
          `${where}.requestedSlots: "${slot}" is not a slot id; expected one of the ids in "slots"`,
        );
    }
    for (const other of s.avoidConflictsWith) {
      if (!sessionIds.has(other))
        throw new ScheduleInputError(
          `${where}.avoidConflictsWith: no session has id ${other}; remove it or add that session`,
        );
    }
    return {
      id: s.id,
      title: s.title,
      chairs: [...new Set(s.chairs.map(login))],
      groups: [...new Set(s.groups.map((g) => g.trim().toLowerCase()))],
      estimate: s.estimate,
      requestedSlots: s.requestedSlots ? [...new Set(s.requestedSlots)] : null,
      meetings: s.meetings,
      avoid: s.avoidConflictsWith.filter((o) => o !== s.id),
      tracks: [...new Set(s.tracks.map((t) => t.trim().toLowerCase()))],
      kind: s.type,
      voters: [...new Set(s.voters.map(login))],
      pinned: s.pinned,
      recorded: (s.recorded ?? []).filter((p) => slotIds.has(p.slot) && roomNames.has(p.room)),
    };
  });
  return {
    rooms: data.rooms.map((r) => {
      const plenary = r.plenary === true || r.name === plenaryRoom;
      return {
        name: r.name,
        seats: r.capacity ?? defaultSeats,
        plenary,
        holds: plenary ? data.event.plenaryHolds : 1,
      };
    }),
    slots: data.slots.map(({ id, day, start, end }) => ({ id, day, start, end })),
    sessions,
  };
}

/** The assignment of an earlier run (the `--json` output of `roundtable schedule`), to keep. */
export function readKeep(text: string, file = "keep"): Assignment {
  const parsed = keepSchema.safeParse(json(text, file));
  if (!parsed.success) fail(file, parsed.error);
  return parsed.data.assignment;
}
