import type { Config } from "../config/index.js";
import { boardOf, type Snapshot } from "../core/index.js";
import { formatAge } from "../render/index.js";

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
