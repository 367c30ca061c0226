import { RoundtableError } from "../errors/index.js";

/** A snapshot file that cannot be read. The message says where and what to do. */
export class SnapshotError extends RoundtableError {
  override name = "SnapshotError";
}
