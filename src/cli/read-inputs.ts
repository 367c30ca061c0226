import { closeSync, existsSync, openSync, readFileSync, readSync } from "node:fs";
import { resolve } from "node:path";
import { type Config, configPath, defaultConfig, parseConfig } from "../config/index.js";
import type { Snapshot } from "../core/snapshot.js";
import { RoundtableError } from "../errors/roundtable-error.js";
import { type SnapshotSource, snapshotOf } from "../jobs/read-snapshot.js";

/** A file the job needs could not be read. */
export class InputError extends RoundtableError {
  override name = "InputError";
}

function readText(cwd: string, file: string, what: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    throw unreadable(error, file, what);
  }
}

function unreadable(error: unknown, file: string, what: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder, not a file" : code;
  return new InputError(`${file}: cannot read the ${what} (${reason}); check the path`, {
    cause: error,
  });
}

/** A file's bytes, a mebibyte at a time, in one buffer reused for each read. */
function* chunksOf(cwd: string, file: string, what: string): Generator<Uint8Array> {
  const buffer = new Uint8Array(1 << 20);
  let fd: number;
  try {
    fd = openSync(resolve(cwd, file), "r");
  } catch (error) {
    throw unreadable(error, file, what);
  }
  try {
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer);
      } catch (error) {
        throw unreadable(error, file, what);
      }
      if (read === 0) return;
      yield buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

/** A snapshot file as an offline use case's `load` reads it: a chunk at a time, else whole. */
export function snapshotSource(cwd: string, file: string): SnapshotSource {
  return {
    file,
    chunks: () => chunksOf(cwd, file, "snapshot"),
    text: () => readText(cwd, file, "snapshot"),
  };
}

/** The snapshot in a file, read an issue at a time (see `snapshotOf`), else whole. */
export function readSnapshot(cwd: string, file: string): Snapshot {
  return snapshotOf(snapshotSource(cwd, file));
}

/**
 * The config from `--config`, else from `.github/roundtable.yml` when the command runs in a
 * repository that has one, else the defaults.
 */
export function readConfig(cwd: string, file: string | undefined): Config {
  if (file !== undefined) return parseConfig(readText(cwd, file, "config"), file);
  if (existsSync(resolve(cwd, configPath))) {
    return parseConfig(readText(cwd, configPath, "config"), configPath);
  }
  return defaultConfig();
}
