import { createHash } from "node:crypto";
import type { Coordination, TimerJob } from "../coordination/port.js";
import type { StoredBallot } from "../core/kernel/ballot-records.js";
import type { GitHub } from "../github/client.js";
import { flushBallots } from "../jobs/ballot-batch.js";
import type { BallotKeys } from "../jobs/ballot-keys.js";
import type { BallotJournal } from "./ballot-journal.js";

/** What a batch's timer holds: the repository whose waiting ballots it writes. */
interface BatchJob {
  kind: "ballots";
  owner: string;
  repo: string;
}

/**
 * Ballots wait here, shared by the app's instances (the coordination cache, under a lease of
 * their own), until their batch is written: at most one commit a batch interval (a minute by
 * default), and only once `votes.batchSize` voters' changes wait (or the round has closed), so
 * neither a commit's time nor its content tells who just voted. Without Redis (the process's
 * memory), `journal` keeps them on disk too, written before `put` resolves and read back when the
 * app starts: a ballot the page accepted is counted after a restart.
 */
export interface PendingBallots {
  /** The person's ballot waiting for the next batch, by pseudonym. */
  get(owner: string, repo: string, pseudonym: string): Promise<StoredBallot | undefined>;
  /**
   * Holds the ballot (in place of the pseudonym's earlier one) and sets the batch's timer, and
   * one at `closesAt` (votes.roundEnd), when the round's last batch is written and opened.
   */
  put(owner: string, repo: string, ballot: StoredBallot, closesAt?: string | null): Promise<void>;
  /** The round may have closed (a /close-votes): its last batch is written soon, and opened. */
  settle(owner: string, repo: string): Promise<void>;
  /**
   * Writes the repository's waiting ballots if their batch is due; a failure keeps them. The app
   * runs it for a due timer of kind `ballots` (its trigger table's row).
   */
  flush(job: TimerJob): Promise<void>;
}

const scope = "ballots";
/** The ballot file as the app wrote it last, by repository (Redis: shared; memory: the journal). */
const lastGoodScope = "ballots-last-good";
/** Long enough to outlive any round: a ballot waits until its batch is full or the round ends. */
const keepSeconds = 90 * 24 * 3600;

/** What the waiting ballots need: the store, GitHub, the keys and the batch interval. */
export interface PendingBallotsDeps {
  coordination: Coordination;
  installation: (owner: string, repo: string) => Promise<GitHub>;
  /** The app's installation id on the repository: pseudonyms are keyed by it. */
  installationId: (owner: string, repo: string) => Promise<number>;
  keys: BallotKeys | undefined;
  batchSeconds: number;
  now: () => string;
  log: (line: string) => void;
  /** Where the waiting ballots outlive a restart (memory coordination only). */
  journal?: BallotJournal;
}

/** One repository's waiting ballots in the shared cache (and journal), and their batch timers. */
function waitingStore(deps: PendingBallotsDeps) {
  const { coordination, journal } = deps;
  const key = (owner: string, repo: string) => `${owner}/${repo}`.toLowerCase();
  const timer = async (owner: string, repo: string, name: string, at: string) => {
    const repoHash = createHash("sha256").update(key(owner, repo)).digest("hex").slice(0, 24);
    const data: BatchJob = { kind: "ballots", owner, repo };
    await coordination.timers.schedule({
      id: `ballots-${repoHash}-${name}`,
      at,
      data: { ...data },
    });
  };
  return {
    key,
    timer,
    read: async (owner: string, repo: string) =>
      (await coordination.cache.get<Record<string, StoredBallot>>(scope, key(owner, repo))) ?? {},
    // Read-modify-write of one repository's waiting ballots, one instance at a time.
    locked: <T>(owner: string, repo: string, work: () => Promise<T>) =>
      coordination.exclusive(`ballots:${key(owner, repo)}`, work),
    // One timer per repository and interval: every instance names it alike, so the ballots of
    // one interval make at most one commit, at the interval's end.
    nextSlot: async (owner: string, repo: string) => {
      const ms = deps.batchSeconds * 1000;
      const slot = Math.floor(Date.parse(deps.now()) / ms) + 1;
      await timer(owner, repo, String(slot), new Date(slot * ms).toISOString());
    },
    /** The ballot file as the app wrote it last: on disk without Redis, to outlive a restart. */
    lastGood: (owner: string, repo: string) =>
      journal
        ? journal.lastGood(owner, repo)
        : coordination.cache.get<string>(lastGoodScope, key(owner, repo)),
    keepLastGood: (owner: string, repo: string, text: string) =>
      journal
        ? journal.keepLastGood(owner, repo, text)
        : coordination.cache.set(lastGoodScope, key(owner, repo), text, keepSeconds),
    /** The waiting ballots, in the cache and (first, so that it is on disk) in the journal. */
    keepWaiting: async (owner: string, repo: string, waiting: Record<string, StoredBallot>) => {
      if (journal) await journal.write(owner, repo, Object.values(waiting));
      await coordination.cache.set(scope, key(owner, repo), waiting, keepSeconds);
    },
  };
}

type Store = ReturnType<typeof waitingStore>;

/**
 * What the journal held when the app stopped waits again, with its batch's timer; every
 * repository the app wrote ballots to is checked against its branch soon (a batch's timer), so
 * a branch put back while the app was down is noticed and written back without waiting for a vote.
 */
async function replay(deps: PendingBallotsDeps, store: Store, from: BallotJournal) {
  for (const { owner, repo } of await from.recorded()) await store.nextSlot(owner, repo);
  for (const { owner, repo, ballots } of await from.read())
    await store.locked(owner, repo, async () => {
      const waiting = await store.read(owner, repo);
      for (const b of ballots) waiting[b.pseudonym] ??= b;
      await deps.coordination.cache.set(scope, store.key(owner, repo), waiting, keepSeconds);
      await store.nextSlot(owner, repo);
      deps.log(`ballots of ${owner}/${repo}: ${ballots.length} waiting, back from ${from.where}`);
    });
}

export function pendingBallots(deps: PendingBallotsDeps): PendingBallots {
  const store = waitingStore(deps);
  const replayed = deps.journal ? replay(deps, store, deps.journal) : undefined;
  replayed?.catch((error: Error) => deps.log(`ballots: ${error.message}`));
  return {
    get: async (owner, repo, pseudonym) => {
      if (replayed) await replayed;
      return (await store.read(owner, repo))[pseudonym];
    },
    put: async (owner, repo, ballot, closesAt) => {
      // Before the lease: the replay takes the same lease.
      if (replayed) await replayed;
      return store.locked(owner, repo, async () => {
        const waiting = await store.read(owner, repo);
        waiting[ballot.pseudonym] = ballot;
        await store.keepWaiting(owner, repo, waiting);
        await store.nextSlot(owner, repo);
        if (closesAt) await store.timer(owner, repo, `end-${Date.parse(closesAt)}`, closesAt);
      });
    },
    settle: (owner, repo) => store.nextSlot(owner, repo),
    flush: async (job) => {
      const { owner, repo } = job.data as unknown as BatchJob;
      const keys = deps.keys;
      if (!keys) return;
      if (replayed) await replayed;
      const republish = await store.locked(owner, repo, () =>
        writeBatch(deps, store, { owner, repo }, keys),
      );
      // The batch is written: the pages follow, outside the lease; if they fail, the next event
      // publishes them.
      await republish?.().catch((error: Error) =>
        deps.log(`ballots of ${owner}/${repo}: pages not published again: ${error.message}`),
      );
    },
  };
}

/** The repository's waiting ballots written as a batch, under its lease; what is kept waits on. */
async function writeBatch(
  deps: PendingBallotsDeps,
  store: Store,
  { owner, repo }: { owner: string; repo: string },
  keys: BallotKeys,
) {
  const waiting = await store.read(owner, repo);
  // The lease is held while the commit is made: no ballot can arrive and be forgotten.
  const outcome = await flushBallots(
    await deps.installation(owner, repo),
    { owner, repo, installation: await deps.installationId(owner, repo) },
    Object.values(waiting),
    keys,
    deps.now(),
    () => {},
    await store.lastGood(owner, repo),
  );
  const { keep, said, republish, lost, text } = outcome;
  // A reader holding only the public key cannot tell an earlier state of the whole branch from
  // the current one; the app weighs it against the file it wrote last, and says it once: the
  // batch just written put the round back as it was.
  if (lost)
    deps.log(
      `ballots of ${owner}/${repo}: ${lost}: round ${outcome.round} is taken from the last good state the app kept, and written back`,
    );
  if (text !== undefined) await store.keepLastGood(owner, repo, text);
  if (keep.length !== Object.keys(waiting).length)
    await store.keepWaiting(owner, repo, Object.fromEntries(keep.map((b) => [b.pseudonym, b])));
  deps.log(`ballots of ${owner}/${repo}: ${said}`);
  return republish;
}
