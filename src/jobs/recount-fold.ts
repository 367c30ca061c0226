import { randomUUID } from "node:crypto";
import type { Config } from "../config/index.js";
import type { CommentCommands } from "./comment-input.js";
import type { RepoRun } from "./run-context.js";

/**
 * How far apart two instances' clocks may be: a recount another instance stamped less than this
 * after an event arrived is not trusted to have seen it. This instance's own stamps need no margin.
 */
const clockSkewMs = 1_000;
const thisInstance = randomUUID();

/** When the event reached this instance, and the instant its work starts (ms since the epoch). */
export interface Arrival {
  /** Before it waited for the repository's lease; unknown for work that no event brought. */
  arrived?: number | undefined;
  /**
   * The instant (ms since the epoch) the recount starts, read under the lease once the config is
   * read: the stamp this recount leaves for the events queued behind it. The entry point's clock.
   */
  starts: () => number;
}

/**
 * Work that only recounts the board (a topic assigned or closed, a comment without a command, a
 * card moved by hand) is folded into a recount that started after the event arrived: in a burst
 * of such events for one repository, the events that queued behind a running recount make one
 * further recount between them, not one each. The start of each recount is stamped in the
 * coordination store under the repository's lease, so the instances fold each other's events.
 * The plan is the same as if each event had recounted: each recount reads the board as it is.
 * Without a coordination store (one run alone), the work is simply done.
 */
export async function foldedRecount(
  run: Pick<RepoRun, "owner" | "repo" | "coordination" | "log">,
  arrival: Arrival,
  work: () => Promise<unknown>,
): Promise<void> {
  const key = `${run.owner}/${run.repo}`;
  const cache = run.coordination?.cache;
  if (!cache) {
    await work();
    return;
  }
  const started = await cache.get<{ at: number; by: string }>("recount-started", key);
  const margin = started?.by === thisInstance ? 0 : clockSkewMs;
  const { arrived } = arrival;
  if (arrived !== undefined && started !== undefined && started.at > arrived + margin) {
    run.log(`${key}: recount folded into the one that started after this event arrived`);
    return;
  }
  await cache.set("recount-started", key, { at: arrival.starts(), by: thisInstance }, 3_600);
  await work();
}

const isTopic = (labels: string[], config: Config) =>
  labels.some((l) => l.toLowerCase() === config.labels.topic.toLowerCase());

/**
 * Whether an issue's event only recounts the board, and may be folded: a topic's event that
 * neither opens, edits, labels nor reopens it. Any other is not stamped as a recount it is not.
 */
export const issueEventRecountsOnly = (action: string, labels: string[], config: Config) =>
  !["opened", "edited", "labeled", "reopened"].includes(action) && isTopic(labels, config);

/** Whether a comment only recounts the board: one without a command, on a topic (a 👍 may have come with it). */
export const commentRecountsOnly = (parsed: CommentCommands, labels: string[], config: Config) =>
  parsed.all.length === 0 && isTopic(labels, config);
