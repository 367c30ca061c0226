import type { Snapshot } from "../core/snapshot.js";
import { checkSnapshot, parseSnapshot } from "../core/snapshot-file.js";
import { parseSnapshotLines } from "../core/snapshot-lines.js";
import { parseSnapshotPieces } from "../core/snapshot-pieces.js";

export type { Snapshot };
export { parseSnapshot };

/**
 * The snapshot in a file whose bytes `read()` yields a chunk at a time (each call reads the file
 * again from its start), parsed an issue at a time, so a 100k-issue file is never held whole as
 * text: a line at a time as `roundtable snapshot` lays it out (parseSnapshotLines), else piece by
 * piece (parseSnapshotPieces, for older indented files). Undefined when neither can parse it: the
 * caller then reads it whole, for parseSnapshot to say what is wrong with it.
 */
export function readSnapshotChunks(
  read: () => Iterable<Uint8Array>,
  file: string,
): Snapshot | undefined {
  const json = parseSnapshotLines(read()) ?? parseSnapshotPieces(read());
  return json === undefined ? undefined : checkSnapshot(json, file);
}
