import { z } from "zod";

/**
 * A session id: a whole number or a non-empty text, compared as text (1 and "1" are one id).
 * A fractional number is refused, not rounded: two ids 1.5 and 1.25 must not both become 1.
 */
const id = z.union([z.string().trim().min(1), z.int().nonnegative()]).transform(String);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const name = z.string().trim().min(1);
const placement = z.object({ slot: name, room: name });

/**
 * The problem format of docs/schedule-format.md (`neutral-schedule/1`). Fields it does not name
 * (a converter's notes such as `estimateLabel`) are ignored; cross-field rules (unique ids,
 * references, min ≤ max, slot times) are checked after this by `checkProblem`.
 */
export const problemSchema = z.object({
  format: z.literal("neutral-schedule/1").optional(),
  event: z
    .object({
      plenaryRoom: name.nullable().default(null),
      plenaryHolds: z.int().positive().max(100).default(5),
    })
    .default({ plenaryRoom: null, plenaryHolds: 5 }),
  rooms: z
    .array(
      z.object({
        name,
        capacity: z.int().positive().nullable().optional(),
        plenary: z.boolean().optional(),
      }),
    )
    .min(1),
  slots: z.array(z.object({ id: name, day: z.string(), start: clock, end: clock })).min(1),
  sessions: z.array(
    z.object({
      id,
      title: z.string().default(""),
      chairs: z.array(name).default([]),
      groups: z.array(name).default([]),
      estimate: z
        .object({ min: z.int().nonnegative(), max: z.int().positive().nullable() })
        .nullable()
        .default(null),
      requestedSlots: z.array(name).nullable().default(null),
      meetings: z.int().positive().max(1000).default(1),
      avoidConflictsWith: z.array(id).default([]),
      tracks: z.array(name).default([]),
      type: z.enum(["breakout", "plenary"]).default("breakout"),
      voters: z.array(name).default([]),
      pinned: z.boolean().default(false),
      recorded: z.array(placement).nullable().default(null),
    }),
  ),
});

/** A problem file as the schema reads it, before its cross-field rules are checked. */
export type ProblemData = z.output<typeof problemSchema>;

/** A schedule published before: the `assignment` of `roundtable schedule --json`. */
export const keepSchema = z.object({ assignment: z.record(z.string(), z.array(placement)) });
