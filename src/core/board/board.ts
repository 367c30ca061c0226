import type { Config } from "../../config/index.js";
import { meetingsOf, nextMeeting } from "../meetings/meeting.js";
import type { Snapshot } from "../snapshot.js";
import { eligibleVoters } from "./eligibility.js";
import { buildQueue, type Queue } from "./queue.js";
import { type Tally, tallyVotes } from "./tally.js";
import { type Topic, topicsOf } from "./topics.js";

export interface Board {
  topics: Topic[];
  tally: Tally;
  queue: Queue;
}

/** The topic board a snapshot describes: its topics, their counted votes and the queue. */
export function boardOf(snapshot: Snapshot, config: Config): Board {
  const topics = topicsOf(snapshot, config);
  const participants = () => nextMeeting(meetingsOf(snapshot, config))?.roster.seated ?? [];
  const tally = tallyVotes(
    topics,
    config.votes,
    eligibleVoters(config.votes.eligible, snapshot, participants),
  );
  return { topics, tally, queue: buildQueue(topics, tally) };
}
