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
  const toDiscuss: QueueEntry[] = [];
  const discussing: QueueEntry[] = [];
  const parked: Topic[] = [];
  const discussed: Topic[] = [];
  // One pass sorting topics by status: a board of 100k topics went over them four times.
  for (const topic of topics) {
    const { status } = topic;
    if (status === "toDiscuss" || status === "discussing") {
      const voters = tally.topics.get(topic.number)?.voters ?? [];
      const entry = { topic, votes: voters.length, voters, sponsored: topic.sponsor !== null };
      (status === "toDiscuss" ? toDiscuss : discussing).push(entry);
    } else if (status === "parked") parked.push(topic);
    else if (status === "discussed") discussed.push(topic);
  }
  inQueueOrder(toDiscuss);
  inQueueOrder(discussing);
  const recent = (t: Topic) => Date.parse(t.closedAt ?? t.createdAt);
  return {
    discussing,
    toDiscuss,
    unsponsored: [...discussing, ...toDiscuss].filter((e) => !e.sponsored).map((e) => e.topic),
    parked,
    discussed: discussed.sort((a, b) => recent(b) - recent(a) || b.number - a.number),
    source: tally.source,
    hidden: tally.hidden,
  };
}

/**
 * Sorts entries in place as `compareEntries` does, each creation time parsed once rather than at
 * every comparison (a queue of 100k topics makes millions). Entries without votes (most of a
 * large board's) are sorted apart and put last: in issue order their creation times mostly run
 * in order already, which the sort passes over in one comparison each.
 */
function inQueueOrder(entries: QueueEntry[]): void {
  const voted: Array<{ entry: QueueEntry; at: number }> = [];
  const unvoted: Array<{ entry: QueueEntry; at: number }> = [];
  for (const entry of entries)
    (entry.votes > 0 ? voted : unvoted).push({ entry, at: Date.parse(entry.topic.createdAt) });
  const byRank = (a: { entry: QueueEntry; at: number }, b: { entry: QueueEntry; at: number }) =>
    b.entry.votes - a.entry.votes || a.at - b.at || a.entry.topic.number - b.entry.topic.number;
  voted.sort(byRank);
  unvoted.sort(byRank);
  let k = 0;
  for (const { entry } of voted) entries[k++] = entry;
  for (const { entry } of unvoted) entries[k++] = entry;
}

/** The queue order: more votes first, then the earlier-created issue, then the lower number. */
export function compareEntries(a: QueueEntry, b: QueueEntry): number {
  return (
    b.votes - a.votes ||
    Date.parse(a.topic.createdAt) - Date.parse(b.topic.createdAt) ||
    a.topic.number - b.topic.number
  );
}
