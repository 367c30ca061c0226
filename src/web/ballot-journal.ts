import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { StoredBallot } from "../core/kernel/ballot-records.js";
import { RoundtableError } from "../errors/roundtable-error.js";
import type { BallotKeys } from "../jobs/ballot-keys.js";

/**
 * Where ballots waiting for their batch are kept on disk when the app runs without Redis: one
 * file a repository in a data directory of the app's own, so that a ballot the page accepted
 * outlives a restart. It holds what the ballots branch holds while a round is open, no more:
 * pseudonyms and dots sealed with the app's key (AES-256-GCM, padded to one length, bound to the
 * repository, the round and the pseudonym), never a login.
 */
export interface BallotJournal {
  /** The directory, for the start log. */
  where: string;
  /** Every repository's waiting ballots as the journal holds them. */
  read(): Promise<Array<{ owner: string; repo: string; ballots: StoredBallot[] }>>;
  /**
   * Replaces a repository's waiting ballots (none: its file is removed); on disk, whole, when
   * it resolves (written to a new file, flushed, renamed over the old one).
   */
  write(owner: string, repo: string, ballots: StoredBallot[]): Promise<void>;
}

/** The data directory: ROUNDTABLE_DATA_DIR, or `.roundtable-data` in the working directory. */
export function dataDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.ROUNDTABLE_DATA_DIR || ".roundtable-data");
}

/** The journal could not be written or read. */
export class BallotJournalError extends RoundtableError {
  override name = "BallotJournalError";
}

interface JournalFile {
  format: 1;
  owner: string;
  repo: string;
  entries: Array<{ round: string; pseudonym: string; sealed: string }>;
}

// As the ballots branch pads its sealed dots: an entry's length does not tell how many topics.
const block = 256;
const padded = (dots: Record<string, number>) => {
  const json = JSON.stringify(dots);
  return json.padEnd(Math.ceil(Math.max(1, json.length) / block) * block, " ");
};
const context = (repository: string, round: string, pseudonym: string) =>
  `roundtable/ballot-journal\n${repository.toLowerCase()}\n${round}\n${pseudonym}`;
const fileOf = (dir: string, owner: string, repo: string) =>
  join(
    dir,
    `ballots-${createHash("sha256").update(`${owner}/${repo}`.toLowerCase()).digest("hex").slice(0, 24)}.json`,
  );

/** The journal's failure in one line: where, what, and what the operator sets. */
const journalError = (dir: string, what: string, error: unknown) =>
  new BallotJournalError(
    `ballot journal ${dir}: ${what}: ${(error as Error).message}; set ROUNDTABLE_DATA_DIR to a directory the app may write (kept across restarts), or run with REDIS_URL`,
    { cause: error },
  );

export function ballotJournal(dir: string, keys: BallotKeys): BallotJournal {
  const made = mkdir(dir, { recursive: true, mode: 0o700 });
  // Said when the journal is used (the start log, the first ballot), not as an unhandled error.
  made.catch(() => {});
  return {
    where: dir,
    async read() {
      await made.catch((error) => {
        throw journalError(dir, "could not be made", error);
      });
      const names = (await readdir(dir)).filter((n) => /^ballots-[0-9a-f]{24}\.json$/.test(n));
      const found: Array<{ owner: string; repo: string; ballots: StoredBallot[] }> = [];
      for (const name of names) {
        const file = JSON.parse(await readFile(join(dir, name), "utf8")) as JournalFile;
        const repository = `${file.owner}/${file.repo}`;
        const ballots = file.entries.flatMap((e) => {
          const plain = keys.unseal(e.sealed, context(repository, e.round, e.pseudonym));
          // Sealed under another BALLOT_SECRET (changed since): those ballots are void anyway.
          if (plain === undefined) return [];
          const dots = JSON.parse(plain) as Record<string, number>;
          return [{ round: e.round, pseudonym: e.pseudonym, dots }];
        });
        found.push({ owner: file.owner, repo: file.repo, ballots });
      }
      return found;
    },
    async write(owner, repo, ballots) {
      await made.catch((error) => {
        throw journalError(dir, "could not be made", error);
      });
      const path = fileOf(dir, owner, repo);
      try {
        if (ballots.length === 0) return await rm(path, { force: true });
        const repository = `${owner}/${repo}`;
        const file: JournalFile = {
          format: 1,
          owner,
          repo,
          entries: ballots.map((b) => ({
            round: b.round,
            pseudonym: b.pseudonym,
            sealed: keys.seal(padded(b.dots), context(repository, b.round, b.pseudonym)),
          })),
        };
        const next = `${path}.${process.pid}.next`;
        const handle = await open(next, "w", 0o600);
        try {
          await handle.writeFile(JSON.stringify(file));
          // On disk before it takes the old file's place: a crash leaves one or the other whole.
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(next, path);
      } catch (error) {
        throw journalError(dir, `${owner}/${repo}'s waiting ballots not written`, error);
      }
    },
  };
}
