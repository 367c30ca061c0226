import { roundIdOf } from "./ballot.js";

interface RoundSettings {
  roundStart: string | null;
  roundEnd: string | null;
  reveal: "live" | "after-close";
}

/**
 * Whether the current round is closed: a facilitator closed it (`/close-votes`, recorded by the
 * bot on a meeting issue, for this round's id) or `votes.roundEnd` has passed.
 */
export function roundClosed(votes: RoundSettings, closedRounds: string[], now: string): boolean {
  if (closedRounds.includes(roundIdOf(votes))) return true;
  return votes.roundEnd !== null && Date.parse(now) >= Date.parse(votes.roundEnd);
}

/** With `reveal: after-close`, counts stay hidden until the round closes. */
export function votesHidden(votes: RoundSettings, closedRounds: string[], now: string): boolean {
  return votes.reveal === "after-close" && !roundClosed(votes, closedRounds, now);
}
