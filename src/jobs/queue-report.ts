import type { Config } from "../config/index.js";
import { boardOf, type QueueEntry, type Snapshot, type Topic } from "../core/index.js";
import { formatAge } from "../render/index.js";
import { type SnapshotSource, snapshotOf } from "./read-snapshot.js";
import type { OfflineRun, UseCase } from "./use-case.js";

export interface QueueInput {
  snapshot: SnapshotSource;
  config: Config;
  /** The queue for scripts (`queueJson`) rather than for a terminal (`queueReport`). */
  json?: boolean;
}

/** The queue as scripts read it, version 1 (`queueJson`). */
export type QueueJson = ReturnType<typeof queueJson>;

/** The queue as the command prints it: one of the two. */
export type QueueResult =
  | { report: QueueReport; json?: undefined }
  | { json: QueueJson; report?: undefined };

/**
 * `roundtable queue`: the topic queue of a snapshot, offline (run by `runUseCase` with the command
 * line's run: no repository).
 * 1. Load the snapshot file.
 * 2. Plan (no effect): the board's queue and tally (core), as rows a terminal reads or as the
 *    versioned JSON scripts read.
 */
export const snapshotQueue: UseCase<QueueInput, Snapshot, QueueResult, OfflineRun> = {
  load: async (_run, { snapshot }) => snapshotOf(snapshot),
  plan: (snapshot, { config, json }) => ({
    effects: [],
    result: json
      ? { json: queueJson(snapshot, config) }
      : { report: queueReport(snapshot, config) },
  }),
};

/** One line of the queue, as a terminal or a script reads it. */
export interface QueueRow {
  /** "now" for a topic being discussed, else its place in the queue from 1. */
  rank: string;
  number: number;
  title: string;
  votes: number;
  sponsor: string | null;
  /** How long ago the topic was proposed, as of the snapshot: "3 days", "2 weeks". */
  age: string;
}

export interface QueueReport {
  repository: string;
  takenAt: string;
  rows: QueueRow[];
  toDiscuss: number;
  unsponsored: number;
  voters: number;
  overBudget: number;
  perPerson: number;
  parked: number;
  discussed: number;
  /** Where votes come from; with ballots, nobody is over budget. */
  source: "reactions" | "ballots";
  /** Counts hidden until the round closes. */
  hidden: boolean;
  /** Ballot entries not taken (edited by hand), and why. */
  ignoredBallots: number;
  ignoredWhy?: string;
}

/** The queue of a snapshot, offline: the topics being discussed, then those to discuss, in order. */
export function queueReport(snapshot: Snapshot, config: Config): QueueReport {
  const { queue, tally } = boardOf(snapshot, config);
  const row = (rank: string, e: (typeof queue.toDiscuss)[number]): QueueRow => ({
    rank,
    number: e.topic.number,
    title: e.topic.title,
    votes: e.votes,
    sponsor: e.topic.sponsor,
    age: formatAge(e.topic.createdAt, snapshot.takenAt),
  });
  return {
    repository: snapshot.repository,
    takenAt: snapshot.takenAt,
    rows: [
      ...queue.discussing.map((e) => row("now", e)),
      ...queue.toDiscuss.map((e, i) => row(String(i + 1), e)),
    ],
    toDiscuss: queue.toDiscuss.length,
    unsponsored: queue.unsponsored.length,
    voters: tally.voters,
    overBudget: tally.overBudget.length,
    perPerson: config.votes.perPerson,
    parked: queue.parked.length,
    discussed: queue.discussed.length,
    source: tally.source,
    hidden: tally.hidden,
    ignoredBallots: tally.ignoredBallots,
    ...(tally.ignoredWhy && { ignoredWhy: tally.ignoredWhy }),
  };
}

/**
 * The queue of a snapshot for scripts (`roundtable queue --json`). Version 1: fields may be
 * added, none is renamed or removed without a new version.
 */
export function queueJson(snapshot: Snapshot, config: Config) {
  const { queue, tally } = boardOf(snapshot, config);
  const entry = (e: QueueEntry, rank: number | null) => ({
    rank,
    number: e.topic.number,
    title: e.topic.title,
    url: e.topic.url,
    votes: e.votes,
    voters: e.voters,
    sponsor: e.topic.sponsor,
    createdAt: e.topic.createdAt,
  });
  const brief = (t: Topic) => ({ number: t.number, title: t.title, url: t.url });
  return {
    version: 1 as const,
    repository: snapshot.repository,
    takenAt: snapshot.takenAt,
    votesPerPerson: config.votes.perPerson,
    voters: tally.voters,
    discussing: queue.discussing.map((e) => entry(e, null)),
    toDiscuss: queue.toDiscuss.map((e, i) => entry(e, i + 1)),
    unsponsored: queue.unsponsored.map((t) => t.number),
    parked: queue.parked.map(brief),
    discussed: queue.discussed.map(brief),
    overBudget: tally.overBudget,
  };
}
