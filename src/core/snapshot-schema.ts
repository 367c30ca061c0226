// The snapshot file's zod schemas, shared by its two versions' readers (snapshot-file.ts,
// snapshot-v2.ts).
import { z } from "zod";

export const login = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/, "expected a GitHub login");
export const dateTime = z.iso.datetime({ offset: true, error: "expected an ISO 8601 date-time" });

export const person = z.object({
  login,
  bot: z.boolean().default(false),
  self: z.boolean().optional(),
});

export const issueUrl = z.url({ protocol: /^https?$/, error: "expected the issue's https URL" });

export const issueSchema = z.object({
  id: z.string().optional(),
  number: z.int().positive(),
  title: z.string(),
  url: issueUrl,
  state: z.enum(["open", "closed"]),
  author: person,
  createdAt: dateTime,
  closedAt: dateTime.nullable().default(null),
  body: z.string().nullable().default(""),
  labels: z.array(z.string()).default([]),
  assignees: z.array(login).default([]),
  milestone: z.string().nullable().default(null),
  parent: z.int().positive().nullable().default(null),
  subIssues: z.array(z.int().positive()).default([]),
  type: z.string().nullable().optional(),
  subIssuesSummary: z
    .object({
      total: z.int().nonnegative(),
      completed: z.int().nonnegative(),
      percentCompleted: z.number().min(0).max(100),
    })
    .optional(),
  blockedBy: z.array(z.int().positive()).optional(),
  reactions: z
    .array(z.object({ login, bot: z.boolean().default(false), createdAt: dateTime }))
    .default([]),
  comments: z
    .array(
      z.object({
        id: z.int().positive(),
        url: z.url({ protocol: /^https?$/ }),
        author: person,
        createdAt: dateTime,
        body: z.string(),
        votes: z.int().nonnegative().default(0),
        up: z.array(login).optional(),
        down: z.array(login).optional(),
        mine: z.array(z.enum(["eyes", "+1", "confused"])).optional(),
      }),
    )
    .optional(),
  board: z
    .object({ itemId: z.string(), fields: z.record(z.string(), z.string()).default({}) })
    .nullable()
    .default(null),
});

/** Pseudonymous ballots, already checked when the snapshot was taken: no login, no secret. */
export const ballotsSchema = z.object({
  round: z.string(),
  ballots: z.array(
    z.object({
      round: z.string(),
      pseudonym: z.string().regex(/^[0-9a-f]{16,64}$/, "expected a pseudonym (hex)"),
      dots: z.record(z.string().regex(/^\d+$/), z.int().positive()),
      /** Snapshots taken before ballots were sealed carry the entry's MAC: not needed. */
      mac: z.string().optional(),
    }),
  ),
  ignored: z.int().nonnegative().default(0),
  ignoredWhy: z.string().optional(),
  /** Sealed ballots the snapshot's taker could not open, and the app's signed counts if any. */
  sealed: z.boolean().optional(),
  state: z.enum(["sealed", "opened"]).optional(),
  version: z.int().positive().optional(),
  counts: z
    .object({
      topics: z.record(z.string().regex(/^\d+$/), z.int().nonnegative()),
      voters: z.int().nonnegative(),
    })
    .optional(),
});

/**
 * A version-1 snapshot file: `roundtable snapshot` wrote these before 0.7.0, and `queue` and
 * `render` still read them (version 2, what it writes now, is in snapshot-v2.ts).
 */
export const snapshotFileSchema = z.object({
  version: z.literal(1, { error: "expected version 1 or 2 (take a new snapshot)" }),
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected owner/name"),
  takenAt: dateTime,
  collaborators: z.array(login).optional(),
  teams: z.record(z.string(), z.array(login)).optional(),
  issues: z.array(issueSchema),
  ballots: ballotsSchema.optional(),
});
