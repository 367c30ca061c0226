import type { Config } from "../config/index.js";
import { boardOf, type QueueEntry, type Snapshot, type Topic } from "../core/index.js";

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
