import type { Snapshot } from "./snapshot.js";
import { checkSnapshot, parseSnapshot, serializeSnapshot } from "./snapshot-file.js";
import { parseSnapshotLines } from "./snapshot-lines.js";
import { parseSnapshotPieces } from "./snapshot-pieces.js";
import { SnapshotV2Reader } from "./snapshot-v2.js";

/**
 * The snapshot in a file whose bytes `read()` yields a chunk at a time (each call reads the file
 * again from its start), parsed an issue at a time, so a 100k-issue file is never held whole as
 * text: a line at a time as `roundtable snapshot` lays it out (parseSnapshotLines), else piece by
 * piece (parseSnapshotPieces, for older indented files). When neither can parse it, the file is
 * read whole (`text()`), for parseSnapshot to say what is wrong with it. A version-2 file's issues
 * are read as their lines are (SnapshotV2Reader), never held as parsed JSON.
 */
export function readSnapshotFile(
  read: () => Iterable<Uint8Array>,
  text: () => string,
  file: string,
): Snapshot {
  let v2: SnapshotV2Reader | undefined;
  const lines = parseSnapshotLines(read(), (head) => {
    v2 = head.version === 2 ? new SnapshotV2Reader(head, file, true) : undefined;
    return v2 && ((row, index, line) => v2?.issue(row, index, line));
  });
  if (lines !== undefined && v2) return v2.snapshot((lines as Snapshot).issues);
  const json = lines ?? parseSnapshotPieces(read());
  return json === undefined ? parseSnapshot(text(), file) : checkSnapshot(json, file);
}

/**
 * The text of the snapshot file `roundtable snapshot` prints, without its last line break: what
 * `readSnapshotFile` reads back.
 */
export function snapshotFileText(snapshot: Snapshot): string {
  return serializeSnapshot(snapshot).trimEnd();
}
