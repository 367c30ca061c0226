import { z } from "zod";
import { fillDefaults } from "./fill-defaults.js";
import type { Snapshot } from "./snapshot.js";
import { SnapshotError } from "./snapshot-error.js";
import { checkIssueQuickly } from "./snapshot-issue-check.js";
import { issueSchema, issueUrl, snapshotFileSchema } from "./snapshot-schema.js";
import { readSnapshotV2, snapshotV2Text } from "./snapshot-v2.js";

/** The file's fields but its issues, which are checked one at a time (see `parseSnapshot`). */
export { SnapshotError } from "./snapshot-error.js";
export { snapshotFileSchema } from "./snapshot-schema.js";

const fileHead = snapshotFileSchema.extend({ issues: z.array(z.unknown()) });

/** Parses and checks the text of a snapshot file (version 1 or 2). */
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
  if (isRecord(json) && json.version === 2) return readSnapshotV2(json, file);
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
  const checked = issueSchema.safeParse(raw);
  if (checked.success) fillDefaults(raw, checked.data);
  return checked.success;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The text of a snapshot file, as `roundtable snapshot` writes it and `parseSnapshot` reads it:
 * JSON, version 2, one issue per line, which `parseSnapshotLines` reads a line at a time.
 */
export function serializeSnapshot(snapshot: Snapshot): string {
  return snapshotV2Text(snapshot);
}
