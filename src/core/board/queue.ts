import type { Tally } from "./tally.js";
import type { Topic } from "./topics.js";

export interface QueueEntry {
  topic: Topic;
  votes: number;
  voters: string[];
  /** False when nobody sponsors the topic yet: it needs one before it can be discussed. */
  sponsored: boolean;
}

export interface Queue {
  /** Topics being discussed now. */
  discussing: QueueEntry[];
  /** Topics to discuss, in order: rank 1 first. */
  toDiscuss: QueueEntry[];
  /** Topics in the queue that nobody sponsors yet, in queue order. */
  unsponsored: Topic[];
  parked: Topic[];
  /** Discussed topics, most recently closed or created first. */
  discussed: Topic[];
  /** Where votes come from: the pages say how to vote. */
  source: "reactions" | "ballots";
  /** Counts hidden until the round closes: the order is the issues' order, not the votes'. */
  hidden: boolean;
}

/**
 * Orders the topics: To-discuss topics by counted votes, ties broken by the earlier-created issue,
 * then the lower number. Parked and discussed topics are left out of the order.
 */
export function buildQueue(topics: Topic[], tally: Tally): Queue {
  const entry = (topic: Topic): QueueEntry => {
    const voters = tally.topics.get(topic.number)?.voters ?? [];
    return { topic, votes: voters.length, voters, sponsored: topic.sponsor !== null };
  };
  const toDiscuss = inQueueOrder(topics.filter((t) => t.status === "toDiscuss").map(entry));
  const discussing = inQueueOrder(topics.filter((t) => t.status === "discussing").map(entry));
  const recent = (t: Topic) => Date.parse(t.closedAt ?? t.createdAt);
  return {
    discussing,
    toDiscuss,
    unsponsored: [...discussing, ...toDiscuss].filter((e) => !e.sponsored).map((e) => e.topic),
    parked: topics.filter((t) => t.status === "parked"),
    discussed: topics
      .filter((t) => t.status === "discussed")
      .sort((a, b) => recent(b) - recent(a) || b.number - a.number),
    source: tally.source,
    hidden: tally.hidden,
  };
}

/**
 * Sorts entries as `compareEntries` does, each creation time parsed once rather than at every
 * comparison (a queue of 100k topics makes millions).
 */
function inQueueOrder(entries: QueueEntry[]): QueueEntry[] {
  const keyed = entries.map((entry) => ({ entry, at: Date.parse(entry.topic.createdAt) }));
  keyed.sort(
    (a, b) =>
      b.entry.votes - a.entry.votes || a.at - b.at || a.entry.topic.number - b.entry.topic.number,
  );
  return keyed.map((k) => k.entry);
}

/** The queue order: more votes first, then the earlier-created issue, then the lower number. */
export function compareEntries(a: QueueEntry, b: QueueEntry): number {
  return (
    b.votes - a.votes ||
    Date.parse(a.topic.createdAt) - Date.parse(b.topic.createdAt) ||
    a.topic.number - b.topic.number
  );
}
