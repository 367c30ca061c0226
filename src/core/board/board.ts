import type { Queue } from "./queue.js";
import type { Tally } from "./tally.js";
import type { Topic } from "./topics.js";

export interface Board {
  topics: Topic[];
  tally: Tally;
  queue: Queue;
  /**
   * Counts are hidden (`votes.reveal: after-close`, round still open): the tally and the queue
   * hold no votes, the queue is in issue order, and pages say "votes hidden until the round closes".
   */
  hidden: boolean;
  /** The round is closed (`/close-votes` or roundEnd): ballots can no longer change. */
  closed: boolean;
}
