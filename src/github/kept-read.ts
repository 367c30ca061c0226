import { createHash } from "node:crypto";
import type { Config } from "../config/index.js";
import type { IssueRecord } from "../core/index.js";

/**
 * Where the last read of a board is kept between runs, so that the next read asks GitHub only
 * what changed: the coordination store when the app has one (shared by its instances), a file in
 * the Action's workspace kept by `actions/cache` for the scheduled run, or this process's memory.
 * The value is Roundtable's own JSON; a value that does not fit is read as nothing kept.
 */
export interface ReadStore {
  get(repository: string): Promise<unknown>;
  set(repository: string, read: KeptRead): Promise<void>;
}

/** One page of GitHub's REST listing of the repository's issues, as last answered. */
export interface KeptPage {
  /** The page's ETag: asked back with If-None-Match, a page that did not change answers 304. */
  etag: string | null;
  /** The board's issues on the page, in order. */
  numbers: number[];
  /** Whether the page was full (100 entries, board or not): then another page may follow. */
  full: boolean;
}

/** The last read of one repository's board. */
export interface KeptRead {
  version: 1;
  /** The repository and the settings that shape the read: a change of either reads afresh. */
  key: string;
  takenAt: string;
  pages: KeptPage[];
  /** Each board issue's fingerprint in the listing (what a change to it changes) and its record. */
  issues: Record<string, { fingerprint: string; record: IssueRecord }>;
  /** The people who may vote, when `votes.eligible` names them, with their list's ETags. */
  voters?: {
    route: string;
    pages: Array<{ etag: string | null; logins: string[]; full: boolean }>;
  };
  /** Issues Roundtable itself changed since (project fields the listing cannot show): re-read. */
  changed: number[];
}

/** A kept read older than this is not used: a full read once a day catches what no listing shows. */
export const keptReadMaxAgeMs = 24 * 3_600_000;

/** The repository and every setting that shapes what a read holds. */
export function keptReadKey(repository: string, config: Config): string {
  const shaping = {
    repository: repository.toLowerCase(),
    labels: config.labels,
    project: config.project && {
      owner: config.project.owner,
      number: config.project.number,
      fields: config.project.fields,
    },
    eligible: config.votes.eligible,
  };
  return createHash("sha256").update(JSON.stringify(shaping)).digest("hex").slice(0, 32);
}

/**
 * The kept read, when there is one for this repository and these settings, young enough, and in
 * this version's shape; anything else is no kept read (and the board is read in full).
 */
export function usableRead(value: unknown, key: string, now: string): KeptRead | undefined {
  if (!value || typeof value !== "object") return undefined;
  const read = value as Partial<KeptRead>;
  if (read.version !== 1 || read.key !== key || typeof read.takenAt !== "string") return undefined;
  if (!Array.isArray(read.pages) || !read.issues || typeof read.issues !== "object")
    return undefined;
  const age = Date.parse(now) - Date.parse(read.takenAt);
  if (!(age >= 0 && age <= keptReadMaxAgeMs)) return undefined;
  return { ...(read as KeptRead), changed: Array.isArray(read.changed) ? read.changed : [] };
}

/**
 * Remembers that Roundtable changed these issues (after a plan was applied), so the next read
 * re-reads them: a project field it set shows in no listing's ETag.
 */
export async function markChanged(
  store: ReadStore,
  repository: string,
  numbers: number[],
): Promise<void> {
  if (numbers.length === 0) return;
  const kept = (await store.get(repository)) as Partial<KeptRead> | undefined;
  if (kept?.version !== 1 || !Array.isArray(kept.pages)) return;
  const changed = new Set([...(Array.isArray(kept.changed) ? kept.changed : []), ...numbers]);
  await store.set(repository, { ...(kept as KeptRead), changed: [...changed] });
}
