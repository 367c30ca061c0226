import { isAbsolute, relative } from "node:path";

/** What each file-system failure means, and what to do about it. */
const systemReasons: Record<string, string> = {
  ENOTDIR: "a part of this path is a file, not a folder; choose another path",
  EISDIR: "a folder, not a file; give a file",
  ENOENT: "no such file or folder; check the path",
  EEXIST: "exists already; choose another path",
  EACCES: "permission denied; choose a place you may write to, or change its permissions",
  EPERM: "not permitted; choose a place you may write to, or change its permissions",
  EROFS: "the file system is read-only; choose another place",
  ENOSPC: "no space left on the device; free some space and run again",
  EDQUOT: "the disk quota is spent; free some space and run again",
  EMFILE: "too many open files; close some programs and run again",
};

/**
 * A failure of the machine rather than of Roundtable (a file that cannot be written, a full
 * disk), as one line that names the path: `out/docs: a part of this path is a file, not a
 * folder; choose another path (ENOTDIR)`. Undefined for any other error, which is a bug.
 */
export function explainSystemError(error: unknown, cwd: string): string | undefined {
  const e = error as (NodeJS.ErrnoException & { dest?: string }) | null;
  const code = e?.code;
  if (typeof code !== "string" || !(code in systemReasons)) return undefined;
  const where = e?.path ?? e?.dest;
  const shown = where ? `${shortPath(where, cwd)}: ` : "";
  return `${shown}${systemReasons[code]} (${code})`;
}

/** A system error as the CLI reports failures: one line, exit code 1. */
export function systemFailure(
  error: unknown,
  cwd: string,
): { lines: string[]; exitCode: 1; where: Record<string, never> } | undefined {
  const line = explainSystemError(error, cwd);
  return line === undefined ? undefined : { lines: [line], exitCode: 1, where: {} };
}

/** A reader that went away (`roundtable queue | head -3`): nothing is wrong, and nothing is said. */
export function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "EPIPE";
}

function shortPath(path: string, cwd: string): string {
  if (!isAbsolute(path)) return path;
  const inside = relative(cwd, path);
  return inside && !inside.startsWith("..") && !isAbsolute(inside) ? inside : path;
}
