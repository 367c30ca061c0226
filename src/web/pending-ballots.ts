import { createHash } from "node:crypto";
import type { Coordination, TimerJob } from "../coordination/port.js";
import { type GitHub, type StoredBallot, writeBallotBatch } from "../jobs/index.js";

/** What a batch's timer holds: the repository whose waiting ballots it writes. */
interface BatchJob {
  kind: "ballots";
  owner: string;
  repo: string;
}

/**
 * Ballots wait here, shared by the app's instances (the coordination cache, under a lease of
 * their own), until their batch is written: at most one commit a batch interval (a minute by
 * default), so a commit's time does not tell who just voted.
 */
export interface PendingBallots {
  /** The person's ballot waiting for the next batch, by pseudonym. */
  get(owner: string, repo: string, pseudonym: string): Promise<StoredBallot | undefined>;
  /** Holds the ballot (in place of the pseudonym's earlier one) and sets the batch's timer. */
  put(owner: string, repo: string, ballot: StoredBallot): Promise<void>;
  /** Whether a due timer is a batch of ballots (the app routes it here). */
  isBatch(job: TimerJob): boolean;
  /** Writes the repository's waiting ballots in one commit; a failure keeps them for a retry. */
  flush(job: TimerJob): Promise<void>;
}

const scope = "ballots";
/** Long enough to outlive any retry of a batch; a ballot is written within a minute or two. */
const keepSeconds = 7 * 24 * 3600;

export function pendingBallots(deps: {
  coordination: Coordination;
  installation: (owner: string, repo: string) => Promise<GitHub>;
  batchSeconds: number;
  now: () => string;
  log: (line: string) => void;
}): PendingBallots {
  const { coordination } = deps;
  const key = (owner: string, repo: string) => `${owner}/${repo}`.toLowerCase();
  const read = async (owner: string, repo: string) =>
    (await coordination.cache.get<Record<string, StoredBallot>>(scope, key(owner, repo))) ?? {};
  // Read-modify-write of one repository's waiting ballots, one instance at a time.
  const locked = <T>(owner: string, repo: string, work: () => Promise<T>) =>
    coordination.exclusive(`ballots:${key(owner, repo)}`, work);

  return {
    get: async (owner, repo, pseudonym) => (await read(owner, repo))[pseudonym],
    put: (owner, repo, ballot) =>
      locked(owner, repo, async () => {
        const waiting = await read(owner, repo);
        waiting[ballot.pseudonym] = ballot;
        await coordination.cache.set(scope, key(owner, repo), waiting, keepSeconds);
        // One timer per repository and interval: every instance names it alike, so the ballots
        // of one interval make one commit, at the interval's end.
        const ms = deps.batchSeconds * 1000;
        const slot = Math.floor(Date.parse(deps.now()) / ms) + 1;
        const repoHash = createHash("sha256").update(key(owner, repo)).digest("hex").slice(0, 24);
        const data: BatchJob = { kind: "ballots", owner, repo };
        await coordination.timers.schedule({
          id: `ballots-${repoHash}-${slot}`,
          at: new Date(slot * ms).toISOString(),
          data: { ...data },
        });
      }),
    isBatch: (job) => (job.data as Partial<BatchJob>).kind === "ballots",
    flush: async (job) => {
      const { owner, repo } = job.data as unknown as BatchJob;
      await locked(owner, repo, async () => {
        const waiting = await read(owner, repo);
        const ballots = Object.values(waiting);
        if (ballots.length === 0) return;
        // The lease is held while the commit is made: no ballot can arrive and be forgotten.
        await writeBallotBatch(
          await deps.installation(owner, repo),
          { owner, repo },
          ballots,
          () => {},
        );
        await coordination.cache.set(scope, key(owner, repo), {}, keepSeconds);
        deps.log(`ballots: wrote ${ballots.length} to ${owner}/${repo}`);
      });
    },
  };
}
