import type { Config } from "../../config/index.js";
import type { IsEligible } from "./eligibility.js";
import type { Topic } from "./topics.js";

/** Why a 👍 did not count. Over-budget votes are reported separately, per person. */
export type IgnoredReason = "bot" | "ineligible" | "author" | "before-round";

export interface TopicTally {
  /** The logins whose votes count, earliest first. */
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
}

/** Topics still in the queue hold their votes; discussed and parked topics give them back. */
const holdsVotes = (topic: Topic) => topic.status === "toDiscuss" || topic.status === "discussing";

/**
 * Counts the 👍 on the topics still in the queue. One vote per person per topic; bots never
 * count (with `excludeBots`); the author's own vote only with `countAuthor`; votes before the
 * round start do not count; and beyond `perPerson`, only a person's earliest votes count.
 */
export function tallyVotes(topics: Topic[], votes: Config["votes"], isEligible: IsEligible): Tally {
  const roundStart = votes.roundStart ? Date.parse(`${votes.roundStart}T00:00:00Z`) : -Infinity;
  const result = new Map<number, TopicTally>();
  const byPerson = new Map<string, Array<{ topic: number; at: number; login: string }>>();

  for (const topic of topics) {
    if (!holdsVotes(topic)) continue;
    const tally: TopicTally = { voters: [], ignored: [] };
    result.set(topic.number, tally);
    const seen = new Set<string>();
    const earliestFirst = [...topic.reactions].sort(
      (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
    );
    for (const reaction of earliestFirst) {
      const key = reaction.login.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const reason: IgnoredReason | undefined =
        reaction.bot && votes.excludeBots
          ? "bot"
          : !isEligible(reaction.login)
            ? "ineligible"
            : !votes.countAuthor && key === topic.author.login.toLowerCase()
              ? "author"
              : Date.parse(reaction.createdAt) < roundStart
                ? "before-round"
                : undefined;
      if (reason) {
        tally.ignored.push({ login: reaction.login, reason });
        continue;
      }
      const list = byPerson.get(key) ?? [];
      list.push({ topic: topic.number, at: Date.parse(reaction.createdAt), login: reaction.login });
      byPerson.set(key, list);
    }
  }

  const overBudget: OverBudget[] = [];
  const counted: Array<{ topic: number; at: number; login: string }> = [];
  for (const list of byPerson.values()) {
    list.sort((a, b) => a.at - b.at || a.topic - b.topic);
    counted.push(...list.slice(0, votes.perPerson));
    if (list.length > votes.perPerson) {
      overBudget.push({
        login: list[0]?.login ?? "",
        counted: list.slice(0, votes.perPerson).map((v) => v.topic),
        notCounted: list.slice(votes.perPerson).map((v) => v.topic),
      });
    }
  }
  counted.sort((a, b) => a.at - b.at || a.login.localeCompare(b.login));
  for (const vote of counted) result.get(vote.topic)?.voters.push(vote.login);
  overBudget.sort((a, b) => a.login.localeCompare(b.login));
  return { topics: result, overBudget, voters: byPerson.size };
}
