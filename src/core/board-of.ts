import type { Config } from "../config/index.js";
import { roundClosed, votesHidden } from "./ballots/votes-hidden.js";
import type { Board } from "./board/board.js";
import { eligibleVoters } from "./board/eligibility.js";
import { buildQueue } from "./board/queue.js";
import { type Tally, tallyVotes } from "./board/tally.js";
import { topicsOf } from "./board/topics.js";
import { electorateMeeting, type Meeting, meetingsOf } from "./meetings/meeting.js";
import type { Snapshot } from "./snapshot.js";

/**
 * The topic board a snapshot describes: its topics, their counted votes and the queue. A caller
 * that has the snapshot's meetings already passes them (reading them goes over every issue).
 */
export function boardOf(
  snapshot: Snapshot,
  config: Config,
  meetings: Meeting[] = meetingsOf(snapshot, config),
): Board {
  const topics = topicsOf(snapshot, config);
  // Only meetings that act for the group say who votes and close rounds (meeting-trust.ts).
  const participants = () => electorateMeeting(meetings)?.roster.seated ?? [];
  const closedRounds = meetings.filter((m) => m.trusted).flatMap((m) => m.votesClosed);
  // Sealed ballots without the app's signed counts cannot be counted by this reader (the Action).
  const sealed = snapshot.ballots?.sealed === true && !snapshot.ballots.counts;
  const hidden = votesHidden(config.votes, closedRounds, snapshot.takenAt) || sealed;
  const closed = roundClosed(config.votes, closedRounds, snapshot.takenAt);
  const counted = tallyVotes(
    topics,
    config.votes,
    eligibleVoters(config.votes.eligible, snapshot, participants),
    snapshot.ballots,
  );
  const tally = hidden ? withoutCounts(counted) : counted;
  return { topics, tally, queue: buildQueue(topics, tally), hidden, closed };
}

/** The tally with every topic's votes taken out: what a page may show while counts are hidden. */
function withoutCounts(tally: Tally): Tally {
  return {
    ...tally,
    topics: new Map([...tally.topics.keys()].map((n) => [n, { voters: [], ignored: [] }])),
    overBudget: [],
    hidden: true,
  };
}
