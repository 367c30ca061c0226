import { z } from "zod";
import { RoundtableError } from "../errors/index.js";
import { fillDefaults } from "./fill-defaults.js";
import type { Snapshot } from "./snapshot.js";
import { checkIssueQuickly } from "./snapshot-issue-check.js";
import { snapshotLines } from "./snapshot-lines.js";

const login = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/, "expected a GitHub login");
const dateTime = z.iso.datetime({ offset: true, error: "expected an ISO 8601 date-time" });

const person = z.object({ login, bot: z.boolean().default(false), self: z.boolean().optional() });

const issueUrl = z.url({ protocol: /^https?$/, error: "expected the issue's https URL" });

const issue = z.object({
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
const ballots = z.object({
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

/** The JSON file that `roundtable snapshot` writes and `queue` and `render` read. */
export const snapshotFileSchema = z.object({
  version: z.literal(1, { error: "expected version 1 (take a new snapshot)" }),
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected owner/name"),
  takenAt: dateTime,
  collaborators: z.array(login).optional(),
  teams: z.record(z.string(), z.array(login)).optional(),
  issues: z.array(issue),
  ballots: ballots.optional(),
});

/** The file's fields but its issues, which are checked one at a time (see `parseSnapshot`). */
const fileHead = snapshotFileSchema.extend({ issues: z.array(z.unknown()) });

/** A snapshot file that cannot be read. The message says where and what to do. */
export class SnapshotError extends RoundtableError {
  override name = "SnapshotError";
}

/** Parses and checks the text of a snapshot file. */
export function parseSnapshot(text: string, file: string): Snapshot {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(
      `${file}: not valid JSON (${(error as Error).message}); take a new snapshot with 'roundtable snapshot'`,
      { cause: error },
    );
  }
  return checkSnapshot(json, file);
}

/**
 * Checks a snapshot file's parsed JSON (as `parseSnapshot` or `parseSnapshotPieces` made it), and
 * returns it as a snapshot, its defaults filled in.
 */
export function checkSnapshot(json: unknown, file: string): Snapshot {
  // The parsed JSON is checked and used as it is (the schema's defaults filled in): zod's checked
  // copy of a 100k-issue file doubles what the render holds. Each issue's copy is dropped at once.
  const head = fileHead.safeParse(json);
  if (head.success) {
    const snapshot = json as Snapshot;
    fillDefaults(snapshot, { ...head.data, issues: [] });
    const origins = new Map<string, boolean>();
    const urlOk = (origin: string) => {
      let ok = origins.get(origin);
      if (ok === undefined) {
        ok = issueUrl.safeParse(`${origin}/`).success;
        origins.set(origin, ok);
      }
      return ok;
    };
    if (snapshot.issues.every((raw) => checkIssueQuickly(raw, urlOk) || fillChecked(raw))) {
      for (const issue of snapshot.issues) issue.body ??= "";
      return snapshot;
    }
  }
  // A file that fails is checked whole again, for an error that names the first wrong field.
  const result = snapshotFileSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.reduce<string>(
      (out, key) =>
        typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
      "",
    );
    const more =
      result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : "";
    throw new SnapshotError(
      `${file}: ${where || "the file"}: ${first?.message ?? "invalid"}${more}; this is not a Roundtable snapshot, take one with 'roundtable snapshot'`,
      { cause: result.error },
    );
  }
  // Unreachable while the two checks agree; kept so that a disagreement still yields a snapshot.
  const data = result.data;
  return { ...data, issues: data.issues.map((i) => ({ ...i, body: i.body ?? "" })) };
}

/** Checks one issue of the file and fills in its defaults; false when it is not an issue. */
function fillChecked(raw: unknown): boolean {
  const checked = issue.safeParse(raw);
  if (checked.success) fillDefaults(raw, checked.data);
  return checked.success;
}

/**
 * The text of a snapshot file, as `roundtable snapshot` writes it and `parseSnapshot` reads it:
 * JSON, one issue per line, which `parseSnapshotLines` reads a line at a time.
 */
export function serializeSnapshot(snapshot: Snapshot): string {
  return snapshotLines(snapshot);
}
