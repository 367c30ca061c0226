import type { Config } from "../../config/index.js";
import type { SnapshotBallots } from "../ballots/ballot.js";
import { ballotProblem } from "../ballots/ballot-rules.js";
import type { Reaction } from "../snapshot.js";
import type { IsEligible } from "./eligibility.js";
import type { Topic } from "./topics.js";

/** Why a 👍 did not count. Over-budget votes are reported separately, per person. */
export type IgnoredReason = "bot" | "ineligible" | "author" | "before-round";

export interface TopicTally {
  /**
   * Who the counted votes are from, one entry a vote: logins earliest first (reactions), or
   * pseudonyms once for each dot (ballots).
   */
  voters: string[];
  ignored: Array<{ login: string; reason: IgnoredReason }>;
}

export interface OverBudget {
  login: string;
  /** Topics where this person's vote counts, in the order they voted. */
  counted: number[];
  /** Topics where it does not: the person had spent their budget by then. */
  notCounted: number[];
}

export interface Tally {
  /** By topic number, for every topic still holding votes (To discuss or Discussing). */
  topics: Map<number, TopicTally>;
  overBudget: OverBudget[];
  /** People with at least one counted vote. */
  voters: number;
  /** Where the votes came from: with ballots, voters are pseudonyms and nobody is over budget. */
  source: "reactions" | "ballots";
  /** Ballot entries not taken (a hand edit, a broken rule, no secret to check them with). */
  ignoredBallots: number;
  /** Why they were not taken, in one line. */
  ignoredWhy?: string;
  /** Counts are hidden until the round closes (`votes.reveal: after-close`): every topic holds none. */
  hidden: boolean;
}

/** Topics still in the queue hold their votes; discussed and parked topics give them back. */
const holdsVotes = (topic: Topic) => topic.status === "toDiscuss" || topic.status === "discussing";

/**
 * The one tally every job reads, from either source of votes (`votes.source`): 👍 reactions, or
 * the private ballots the snapshot holds. Both give the same Tally, so the queue, the board sync,
 * the scheduler and the pages never ask where votes came from.
 */
export function tallyVotes(
  topics: Topic[],
  votes: Config["votes"],
  isEligible: IsEligible,
  ballots?: SnapshotBallots,
): Tally {
  return votes.source === "ballots"
    ? tallyBallots(topics, votes, ballots)
    : tallyReactions(topics, votes, isEligible);
}

/**
 * Counts the dots of the ballots on the topics still in the queue. Eligibility was checked when
 * each ballot was cast (a pseudonym cannot be checked later); a ballot that breaks the budget or
 * `maxPerTopic` is not taken at all. Dots on topics that left the queue are given back.
 */
export function tallyBallots(
  topics: Topic[],
  votes: Pick<Config["votes"], "perPerson" | "maxPerTopic">,
  ballots: SnapshotBallots | undefined,
): Tally {
  const result = new Map<number, TopicTally>();
  for (const topic of topics)
    if (holdsVotes(topic)) result.set(topic.number, { voters: [], ignored: [] });
  const all = new Set(topics.map((t) => t.number));
  let ignored = ballots?.ignored ?? 0;
  let broken = 0;
  let voters = 0;
  // Sealed ballots this reader cannot open: the app's signed counts stand for them, if any.
  const counts = ballots?.sealed ? ballots.counts : undefined;
  if (counts) {
    for (const [key, n] of Object.entries(counts.topics))
      result.get(Number(key))?.voters.push(...Array.from({ length: n }, () => "(sealed)"));
    voters = counts.voters;
  }
  const sorted = [...(ballots?.ballots ?? [])].sort((a, b) =>
    a.pseudonym.localeCompare(b.pseudonym),
  );
  for (const ballot of sorted) {
    if (ballotProblem(ballot.dots, votes, all)) {
      broken += 1;
      continue;
    }
    let counted = 0;
    for (const [key, n] of Object.entries(ballot.dots)) {
      const tally = result.get(Number(key));
      if (!tally) continue;
      for (let i = 0; i < n; i++) tally.voters.push(ballot.pseudonym);
      counted += n;
    }
    if (counted > 0) voters += 1;
  }
  ignored += broken;
  const why = [ballots?.ignoredWhy, broken > 0 ? "over the budget or maxPerTopic" : undefined]
    .filter(Boolean)
    .join("; ");
  return {
    topics: result,
    overBudget: [],
    voters,
    source: "ballots",
    ignoredBallots: ignored,
    ...(why && { ignoredWhy: why }),
    hidden: false,
  };
}

/**
 * Counts the 👍 on the topics still in the queue. One vote per person per topic; bots never
 * count (with `excludeBots`); the author's own vote only with `countAuthor`; votes before the
 * round start do not count; and beyond `perPerson`, only a person's earliest votes count.
 */
export function tallyReactions(
  topics: Topic[],
  votes: Config["votes"],
  isEligible: IsEligible,
): Tally {
  const result = new Map<number, TopicTally>();
  const byPerson = new Map<string, Vote[]>();
  const roundStart = votes.roundStart ? Date.parse(`${votes.roundStart}T00:00:00Z`) : -Infinity;
  for (const topic of topics) {
    if (!holdsVotes(topic)) continue;
    // Most topics of a large board have no 👍: they share one empty tally, which nothing adds to
    // (a counted vote is on a topic with 👍), frozen so that nothing can.
    result.set(
      topic.number,
      topic.reactions.length === 0
        ? noVotes
        : readVotes(topic, votes, roundStart, isEligible, byPerson),
    );
  }
  const { counted, overBudget } = withinBudget(byPerson, votes.perPerson);
  for (const [topic, list] of counted) {
    // Not the shared empty tally: two issues of one number (a hand-made file) may leave it there.
    const tally = result.get(topic);
    if (!tally || tally === noVotes) continue;
    // Each topic's counted votes earliest first, ties by login: the order one sort of every
    // counted vote gave (stable, from the same order), for a few sorts of a few votes each.
    list.sort(earliestThenLogin);
    for (const vote of list) tally.voters.push(vote.login);
  }
  return {
    topics: result,
    overBudget,
    voters: byPerson.size,
    source: "reactions",
    ignoredBallots: 0,
    hidden: false,
  };
}

const noVotes: TopicTally = Object.freeze({
  voters: Object.freeze([]) as unknown as string[],
  ignored: Object.freeze([]) as unknown as TopicTally["ignored"],
});

/** A 👍 that may count, if its giver's budget allows. */
interface Vote {
  topic: number;
  at: number;
  login: string;
}

/**
 * A topic's tally with the 👍 that never count (and why), each person's first 👍 only; the
 * rest are added to `byPerson`, for the budget to decide.
 */
function readVotes(
  topic: Topic,
  votes: Config["votes"],
  roundStart: number,
  isEligible: IsEligible,
  byPerson: Map<string, Vote[]>,
): TopicTally {
  // Nothing ignored shares one frozen empty list until something is: most topics' is empty.
  const tally: TopicTally = { voters: [], ignored: noVotes.ignored };
  const { reactions } = topic;
  // Most topics with 👍 have one: no dates to sort, no set of who was seen.
  const only = reactions.length === 1 ? reactions[0] : undefined;
  if (only) {
    readVote(
      topic,
      only,
      Date.parse(only.createdAt),
      tally,
      votes,
      roundStart,
      isEligible,
      byPerson,
    );
    return tally;
  }
  const seen = new Set<string>();
  // Each date read once, not at each comparison of the sort (a 100k-issue board's hot spot).
  const earliestFirst = reactions
    .map((reaction) => ({ reaction, at: Date.parse(reaction.createdAt) }))
    .sort((a, b) => a.at - b.at);
  for (const { reaction, at } of earliestFirst) {
    const key = reaction.login.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    readVote(topic, reaction, at, tally, votes, roundStart, isEligible, byPerson);
  }
  return tally;
}

/** One person's first 👍 on a topic: ignored (and why), or added to `byPerson`. */
function readVote(
  topic: Topic,
  reaction: Reaction,
  at: number,
  tally: TopicTally,
  votes: Config["votes"],
  roundStart: number,
  isEligible: IsEligible,
  byPerson: Map<string, Vote[]>,
): void {
  const key = reaction.login.toLowerCase();
  const reason: IgnoredReason | undefined =
    reaction.bot && votes.excludeBots
      ? "bot"
      : !isEligible(reaction.login)
        ? "ineligible"
        : !votes.countAuthor && key === topic.author.login.toLowerCase()
          ? "author"
          : at < roundStart
            ? "before-round"
            : undefined;
  if (reason) {
    if (tally.ignored === noVotes.ignored) tally.ignored = [];
    tally.ignored.push({ login: reaction.login, reason });
    return;
  }
  const vote = { topic: topic.number, at, login: reaction.login };
  const list = byPerson.get(key);
  if (list) list.push(vote);
  else byPerson.set(key, [vote]);
}

/** Earlier first, then by login: the order a topic's counted votes are listed in. */
const earliestThenLogin = (a: Vote, b: Vote) => a.at - b.at || a.login.localeCompare(b.login);

/**
 * Each person's earliest `perPerson` votes, by topic (each topic's in the order its voters were
 * met), and who gave more (by login): their later votes do not count.
 */
function withinBudget(
  byPerson: Map<string, Vote[]>,
  perPerson: number,
): { counted: Map<number, Vote[]>; overBudget: OverBudget[] } {
  const overBudget: OverBudget[] = [];
  const counted = new Map<number, Vote[]>();
  for (const list of byPerson.values()) {
    if (list.length > 1) list.sort((a, b) => a.at - b.at || a.topic - b.topic);
    const within = Math.min(list.length, perPerson);
    for (let k = 0; k < within; k++) {
      const vote = list[k] as Vote;
      const votes = counted.get(vote.topic);
      if (votes) votes.push(vote);
      else counted.set(vote.topic, [vote]);
    }
    if (list.length > perPerson) {
      overBudget.push({
        login: list[0]?.login ?? "",
        counted: list.slice(0, perPerson).map((v) => v.topic),
        notCounted: list.slice(perPerson).map((v) => v.topic),
      });
    }
  }
  overBudget.sort((a, b) => a.login.localeCompare(b.login));
  return { counted, overBudget };
}
