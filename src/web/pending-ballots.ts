import type { Coordination } from "../coordination/port.js";
import type { StoredBallot } from "../core/kernel/ballot-records.js";
import type { GitHub } from "../github/client.js";
import { ballotBatch, ballotFile } from "../jobs/ballot-batch.js";
import type { BallotKeys } from "../jobs/ballot-keys.js";
import { ballotBatchDue, type FollowUp } from "../jobs/follow-up.js";
import { runContext } from "../jobs/run-context.js";
import { runUseCase } from "../jobs/use-case.js";
import type { BallotJournal } from "./ballot-journal.js";

/**
 * Ballots wait here, shared by the app's instances (the coordination cache, under a lease of
 * their own), until their batch is written: at most one commit a batch interval (a minute by
 * default), and only once `votes.batchSize` voters' changes wait (or the round has closed), so
 * neither a commit's time nor its content tells who just voted. The batches' timers are the app's:
 * a ballot's use case (`decideBallot`) asks for its batch's as a follow-up, which the page hands to
 * the app's runner, and the app runs `flush` when it is due. Without Redis (the process's memory),
 * `journal` keeps the ballots on disk too, written before `put` resolves and read back when the
 * app starts: a ballot the page accepted is counted after a restart.
 */
export interface PendingBallots {
  /** The person's ballot waiting for the next batch, by pseudonym. */
  get(owner: string, repo: string, pseudonym: string): Promise<StoredBallot | undefined>;
  /**
   * Holds the ballot (in place of the pseudonym's earlier one) until its batch, and answers with
   * the batch's timer for the app's runner to set: named after the interval it is held in, read
   * once it is held, so a ballot held just after its interval's batch was written asks for the
   * next interval's timer, not the one already run (whose name a second set would not revive).
   */
  put(owner: string, repo: string, ballot: StoredBallot): Promise<FollowUp[]>;
  /**
   * The round may have closed (a /close-votes, a round's end seen on the page): the timer that
   * writes its last batch soon, and opens it, as a follow-up for the app's runner to arm.
   */
  settle(now: string): FollowUp[];
  /**
   * Writes the repository's waiting ballots if their batch is due (`ballotBatch`, through the
   * runner); a failure keeps them. What follows a batch written (its pages published again) is
   * returned, for the app's runner. The app runs it for a due timer of kind `ballots`.
   */
  flush(owner: string, repo: string): Promise<FollowUp[]>;
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
  /**
   * The app's runner of follow-ups: the batches' timers of what the journal gave back on start
   * are armed through it (none: nothing is armed, as in a page without the app).
   */
  followUps?: (owner: string, repo: string, list: FollowUp[]) => Promise<void>;
}

/** One repository's waiting ballots in the shared cache (and journal). */
function waitingStore(deps: Pick<PendingBallotsDeps, "coordination" | "journal">) {
  const { coordination, journal } = deps;
  const key = (owner: string, repo: string) => `${owner}/${repo}`.toLowerCase();
  return {
    key,
    read: async (owner: string, repo: string) =>
      (await coordination.cache.get<Record<string, StoredBallot>>(scope, key(owner, repo))) ?? {},
    // Read-modify-write of one repository's waiting ballots, one instance at a time.
    locked: <T>(owner: string, repo: string, work: () => Promise<T>) =>
      coordination.exclusive(`ballots:${key(owner, repo)}`, work),
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
 * What the journal held when the app stopped waits again; the repositories it names, and every
 * repository the app wrote ballots to, are handed back (each is checked against its branch soon,
 * by a batch's timer, so a branch put back while the app was down is noticed and written back
 * without waiting for a vote).
 */
async function replay(deps: PendingBallotsDeps, store: Store, from: BallotJournal) {
  const repositories = new Map<string, { owner: string; repo: string }>();
  for (const where of await from.recorded())
    repositories.set(store.key(where.owner, where.repo), where);
  for (const { owner, repo, ballots } of await from.read())
    await store.locked(owner, repo, async () => {
      const waiting = await store.read(owner, repo);
      for (const b of ballots) waiting[b.pseudonym] ??= b;
      await deps.coordination.cache.set(scope, store.key(owner, repo), waiting, keepSeconds);
      repositories.set(store.key(owner, repo), { owner, repo });
      deps.log(`ballots of ${owner}/${repo}: ${ballots.length} waiting, back from ${from.where}`);
    });
  return [...repositories.values()];
}

/**
 * Each repository the journal gave back gets its next batch's timer, through the app's runner; a
 * repository whose timer cannot be set now (GitHub unreachable, the app uninstalled) is said, and
 * its next ballot sets it.
 */
async function armReplayed(
  deps: PendingBallotsDeps,
  repositories: Array<{ owner: string; repo: string }>,
) {
  for (const { owner, repo } of repositories)
    await deps
      .followUps?.(owner, repo, [ballotBatchDue(deps.now(), deps.batchSeconds)])
      .catch((error: Error) =>
        deps.log(`ballots of ${owner}/${repo}: batch timer not set: ${error.message}`),
      );
}

export function pendingBallots(deps: PendingBallotsDeps): PendingBallots {
  const store = waitingStore(deps);
  const replayed = deps.journal ? replay(deps, store, deps.journal) : undefined;
  replayed
    ?.then((repositories) => armReplayed(deps, repositories))
    .catch((error: Error) => deps.log(`ballots: ${error.message}`));
  return {
    get: async (owner, repo, pseudonym) => {
      if (replayed) await replayed;
      return (await store.read(owner, repo))[pseudonym];
    },
    put: async (owner, repo, ballot) => {
      // Before the lease: the replay takes the same lease.
      if (replayed) await replayed;
      return store.locked(owner, repo, async () => {
        const waiting = await store.read(owner, repo);
        waiting[ballot.pseudonym] = ballot;
        await store.keepWaiting(owner, repo, waiting);
        return [ballotBatchDue(deps.now(), deps.batchSeconds)];
      });
    },
    settle: (now) => [ballotBatchDue(now, deps.batchSeconds)],
    flush: async (owner, repo) => {
      const keys = deps.keys;
      if (!keys) return handOnBatch(deps, owner, repo, "no BALLOT_SECRET here");
      if (replayed) await replayed;
      return store.locked(owner, repo, () => writeBatch(deps, store, { owner, repo }, keys));
    },
  };
}

/**
 * A batch's timer came to an instance that cannot write ballots (no BALLOT_SECRET, or no web
 * pages: `why`), where the instances share their timers and one that can set it. Rather than use
 * it up, ballots waiting in the store the instances share get the next interval's timer, for an
 * instance that can write them. With none waiting nothing is set, so that a fleet where no
 * instance takes ballots does not set timer after timer (and one process's own memory never holds
 * ballots it cannot write).
 */
export async function handOnBatch(
  deps: Pick<PendingBallotsDeps, "coordination" | "now" | "batchSeconds" | "log">,
  owner: string,
  repo: string,
  why: string,
): Promise<FollowUp[]> {
  const waiting = Object.keys(await waitingStore(deps).read(owner, repo)).length;
  if (waiting === 0) return [];
  const next = ballotBatchDue(deps.now(), deps.batchSeconds);
  deps.log(
    `ballots of ${owner}/${repo}: ${waiting} waiting, not written by this instance (${why}); their batch's timer is set again for ${next.at}, for an instance that can`,
  );
  return [next];
}

/**
 * The repository's waiting ballots written as a batch, under its lease (the batch's use case,
 * then the file read back as the app's last good one); what is kept waits on.
 */
async function writeBatch(
  deps: PendingBallotsDeps,
  store: Store,
  { owner, repo }: { owner: string; repo: string },
  keys: BallotKeys,
): Promise<FollowUp[]> {
  const waiting = await store.read(owner, repo);
  // The lease is held while the commit is made: no ballot can arrive and be forgotten. The run's
  // log is silent: the gate's line would say the batch's size twice.
  const run = runContext({
    github: await deps.installation(owner, repo),
    owner,
    repo,
    installation: await deps.installationId(owner, repo),
    clock: deps.now,
    log: () => {},
    ballotSigner: keys,
  });
  const lastGood = await store.lastGood(owner, repo);
  const outcome = await runUseCase(ballotBatch, run, {
    waiting: Object.values(waiting),
    keys,
    ...(lastGood !== undefined && { lastGood }),
  });
  const { keep, said, lost } = outcome;
  // A reader holding only the public key cannot tell an earlier state of the whole branch from
  // the current one; the app weighs it against the file it wrote last, and says it once: the
  // batch just written put the round back as it was.
  if (lost)
    deps.log(
      `ballots of ${owner}/${repo}: ${lost}: round ${outcome.round} is taken from the last good state the app kept, and written back`,
    );
  if (outcome.written) {
    const { text } = await runUseCase(ballotFile, run);
    if (text !== undefined) await store.keepLastGood(owner, repo, text);
  }
  if (keep.length !== Object.keys(waiting).length)
    await store.keepWaiting(owner, repo, Object.fromEntries(keep.map((b) => [b.pseudonym, b])));
  deps.log(`ballots of ${owner}/${repo}: ${said}`);
  return outcome.followUps;
}
