import type { Config } from "../config/index.js";
import { dotsPlaced, roundIdOf, type StoredBallot } from "./ballots/ballot.js";
import { type BallotRules, changeDots } from "./ballots/ballot-rules.js";
import { eligibleVoters } from "./board/eligibility.js";
import { boardOf } from "./board-of.js";
import { electorateMeeting, meetingsOf } from "./meetings/meeting.js";
import type { Snapshot } from "./snapshot.js";

export interface BallotTopic {
  number: number;
  title: string;
  url: string;
  sponsor: string | null;
  /** The viewer's own dots on it. */
  mine: number;
  /** Everyone's dots, when counts are shown (`reveal: live`, or the round closed). */
  votes: number | null;
}

/** What the ballot page shows one person: the To-discuss topics, their dots and what is left. */
export interface BallotView {
  repository: string;
  round: string;
  /** The viewer's pseudonym in this round: they can find their entry in the ballot file. */
  pseudonym: string;
  /** Whether the viewer may vote (`votes.eligible`, as of now). */
  eligible: boolean;
  /** The round is closed: the ballot can no longer change. */
  closed: boolean;
  /** When the round closes by itself (`votes.roundEnd`), if it does. */
  roundEnd: string | null;
  /** `votes.reveal`: with live, the ballot file's head carries the counts by topic. */
  reveal: "live" | "after-close";
  /** A batch waits for this many voters' changes (`votes.batchSize`), or the round's close. */
  batchSize: number;
  /** The app's public ballot key, which checks the ballot file (set by the edge). */
  publicKey?: string;
  hidden: boolean;
  rules: BallotRules;
  dotsLeft: number;
  topics: BallotTopic[];
  /** The viewer's ballot is waiting for the next batch, not in the ballot file yet. */
  pending: boolean;
  /** Ballot entries not taken (edited by hand), and why. */
  ignored: number;
  ignoredWhy?: string;
  /** The ballot page is only for `votes.source: ballots`. */
  enabled: boolean;
}

/**
 * The ballot page of one person, whose pseudonym the edge computed. `pending` is their ballot
 * still waiting for the next batch, newer than the file's.
 */
export function ballotViewOf(
  snapshot: Snapshot,
  config: Config,
  viewer: { login: string; pseudonym: string; pending?: StoredBallot },
): BallotView {
  const board = boardOf(snapshot, config);
  const round = roundIdOf(config.votes);
  const participants = () => electorateMeeting(meetingsOf(snapshot, config))?.roster.seated ?? [];
  const eligible = eligibleVoters(config.votes.eligible, snapshot, participants)(viewer.login);
  const stored =
    viewer.pending?.round === round
      ? viewer.pending
      : snapshot.ballots?.ballots.find((b) => b.pseudonym === viewer.pseudonym);
  const rules = { perPerson: config.votes.perPerson, maxPerTopic: config.votes.maxPerTopic };
  const open = new Set(board.queue.toDiscuss.map((e) => e.topic.number));
  const mine = Object.fromEntries(
    Object.entries(stored?.dots ?? {}).filter(([n]) => open.has(Number(n))),
  );
  return {
    repository: snapshot.repository,
    round,
    pseudonym: viewer.pseudonym,
    eligible,
    closed: board.closed,
    roundEnd: config.votes.roundEnd,
    reveal: config.votes.reveal,
    batchSize: config.votes.batchSize,
    hidden: board.hidden,
    rules,
    dotsLeft: Math.max(0, rules.perPerson - dotsPlaced(mine)),
    // In issue order, so the page does not reorder under a person's finger as votes come in.
    topics: board.queue.toDiscuss
      .map((e) => ({
        number: e.topic.number,
        title: e.topic.title,
        url: e.topic.url,
        sponsor: e.topic.sponsor,
        mine: mine[String(e.topic.number)] ?? 0,
        votes: board.hidden ? null : e.votes,
      }))
      .sort((a, b) => a.number - b.number),
    pending: viewer.pending !== undefined && viewer.pending.round === round,
    ignored: board.tally.ignoredBallots,
    ...(board.tally.ignoredWhy && { ignoredWhy: board.tally.ignoredWhy }),
    enabled: config.votes.source === "ballots",
  };
}

/** One change a person asks for on the ballot page. */
export type BallotChange =
  | { kind: "add"; topic: number }
  | { kind: "remove"; topic: number }
  | { kind: "move"; from: number; to: number };

/**
 * The person's ballot after `change`, or why it cannot be made: not eligible (checked now, at
 * cast time), the round closed, or a rule broken. It is sealed when its batch is written.
 */
export function castBallot(
  view: BallotView,
  change: BallotChange,
): { ballot: StoredBallot } | { refused: string } {
  if (!view.enabled) return { refused: "This board counts 👍 reactions, not ballots." };
  if (!view.eligible) return { refused: "You are not eligible to vote in this round." };
  if (view.closed) return { refused: "The voting round is closed: ballots are final." };
  const open = new Set(view.topics.map((t) => t.number));
  const dots = Object.fromEntries(
    view.topics.filter((t) => t.mine > 0).map((t) => [String(t.number), t.mine]),
  );
  const next = changeDots(
    dots,
    change.kind === "move"
      ? { topic: change.to, delta: 1, from: change.from }
      : { topic: change.topic, delta: change.kind === "add" ? 1 : -1 },
    view.rules,
    open,
  );
  if ("problem" in next) return { refused: `Not changed: ${next.problem}.` };
  return {
    ballot: { round: view.round, pseudonym: view.pseudonym, dots: next.dots },
  };
}
