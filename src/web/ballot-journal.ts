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
  /**
   * The ballot file as the app wrote it last to the repository's ballots branch (its text, as
   * public as the branch), kept so that a branch put back while the app was down is noticed
   * after a restart, and the round taken from this last good state.
   */
  lastGood(owner: string, repo: string): Promise<string | undefined>;
  /** Replaces the repository's last good file, whole on disk when it resolves. */
  keepLastGood(owner: string, repo: string, text: string): Promise<void>;
  /** The repositories whose last good file is kept: each is checked against its branch on start. */
  recorded(): Promise<Array<{ owner: string; repo: string }>>;
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
const hashOf = (owner: string, repo: string) =>
  createHash("sha256").update(`${owner}/${repo}`.toLowerCase()).digest("hex").slice(0, 24);
const fileOf = (dir: string, owner: string, repo: string) =>
  join(dir, `ballots-${hashOf(owner, repo)}.json`);
const lastGoodOf = (dir: string, owner: string, repo: string) =>
  join(dir, `last-good-${hashOf(owner, repo)}.json`);

interface LastGoodFile {
  format: 1;
  owner: string;
  repo: string;
  text: string;
}

/** Written to a new file, flushed, renamed over the old one: a crash leaves one or the other whole. */
async function writeWhole(path: string, content: string) {
  const next = `${path}.${process.pid}.next`;
  const handle = await open(next, "w", 0o600);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(next, path);
}

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
        await writeWhole(path, JSON.stringify(file));
      } catch (error) {
        throw journalError(dir, `${owner}/${repo}'s waiting ballots not written`, error);
      }
    },
    ...lastGoodFiles(dir, made),
  };
}

/** The last good ballot files, one a repository, next to the journal's (see BallotJournal). */
function lastGoodFiles(
  dir: string,
  made: Promise<unknown>,
): Pick<BallotJournal, "lastGood" | "keepLastGood" | "recorded"> {
  const ready = () =>
    made.catch((error) => {
      throw journalError(dir, "could not be made", error);
    });
  return {
    async lastGood(owner, repo) {
      const text = await readFile(lastGoodOf(dir, owner, repo), "utf8").catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code === "ENOENT") return undefined;
          throw journalError(dir, `${owner}/${repo}'s last good ballot file not read`, error);
        },
      );
      return text === undefined ? undefined : (JSON.parse(text) as LastGoodFile).text;
    },
    async keepLastGood(owner, repo, text) {
      await ready();
      const file: LastGoodFile = { format: 1, owner, repo, text };
      await writeWhole(lastGoodOf(dir, owner, repo), JSON.stringify(file)).catch((error) => {
        throw journalError(dir, `${owner}/${repo}'s last good ballot file not written`, error);
      });
    },
    async recorded() {
      await ready();
      const names = (await readdir(dir)).filter((n) => /^last-good-[0-9a-f]{24}\.json$/.test(n));
      const found: Array<{ owner: string; repo: string }> = [];
      for (const name of names) {
        const { owner, repo } = JSON.parse(await readFile(join(dir, name), "utf8")) as LastGoodFile;
        found.push({ owner, repo });
      }
      return found;
    },
  };
}
