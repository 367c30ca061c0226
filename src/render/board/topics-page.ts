import type { PhrasingContent, Root, RootContent } from "mdast";
import type { Config } from "../../config/index.js";
import type { Queue, QueueEntry } from "../../core/board/queue.js";
import type { Tally } from "../../core/board/tally.js";
import type { Topic } from "../../core/board/topics.js";
import { formatAge, formatDay } from "../dates.js";
import { heading, link, list, paragraph, strong, table, text } from "../mdast.js";
import { plural } from "../plural.js";
import { profileLink } from "../text/people.js";
import { maxRows, safeText } from "../text/safe-text.js";

export interface TopicsPageInput {
  queue: Queue;
  tally: Tally;
  config: Config;
  /** The moment the page describes: ages are counted to it. */
  now: string;
  /** The GitHub host, such as https://github.com, for profile links. */
  site: string;
  /** `owner/name`, for the link to every topic when a list is cut. */
  repository: string;
}

/** How many discussed topics the page lists; the rest are in the issue history. */
const recentDiscussed = 10;
/**
 * The managed region of the topics page: a line to read at a glance (how many, the top three, who
 * needs a sponsor), the queue, and what needs a hand. No chart: the ranked table already is one.
 */
export function renderTopicsPage(input: TopicsPageInput): Root {
  const children: RootContent[] = [
    ...summary(input),
    ...queueSection(input),
    ...unsponsoredSection(input),
    ...overBudgetSection(input),
    ...parkedSection(input),
    ...discussedSection(input),
  ];
  return { type: "root", children };
}

/** The lines above the queue: the glance, the count of votes and how to vote, ignored ballots. */
function summary(input: TopicsPageInput): RootContent[] {
  const { queue, tally, config, now } = input;
  const { votes } = config;
  const waiting = [...queue.discussing, ...queue.toDiscuss];
  const counted = waiting.reduce((sum, e) => sum + e.votes, 0);
  const howToVote =
    tally.source === "ballots"
      ? `Vote on the ballot page (${ballotPagePath(input.repository)} in the Roundtable app): each person has ${plural(votes.perPerson, "dot")}, at most ${votes.maxPerTopic} on one topic, and nobody sees who placed them. A topic that is discussed or parked gives its dots back.`
      : `Vote with a 👍 on a topic's issue: each person has ${plural(votes.perPerson, "vote")}, and a topic that is discussed or parked gives its votes back.`;
  return [
    paragraph(...glance(input)),
    paragraph(
      tally.hidden
        ? `Votes hidden until the round closes · as of ${formatDay(now)}. `
        : `${plural(counted, "vote")} from ${plural(tally.voters, "person", "people")} · as of ${formatDay(now)}. `,
      `${howToVote} Sponsor a topic by assigning yourself to its issue.`,
    ),
    ...(tally.ignoredBallots > 0
      ? [
          paragraph(
            `${plural(tally.ignoredBallots, "ballot entry", "ballot entries")} ignored${tally.ignoredWhy ? ` (${tally.ignoredWhy})` : ""}.`,
          ),
        ]
      : []),
  ];
}

/** The ranked queue of topics to discuss, those on the table now first. */
function queueSection(input: TopicsPageInput): RootContent[] {
  const { queue, tally, config, now, site } = input;
  const { statuses } = config;
  const waiting = [...queue.discussing, ...queue.toDiscuss];
  const children: RootContent[] = [heading(2, "Queue")];
  if (waiting.length === 0) {
    children.push(paragraph("No topics to discuss yet. Propose one with the Topic issue form."));
    return children;
  }
  // The section is the queue of topics to discuss: a Status column only says something when a
  // topic in it is being discussed.
  const withStatus = queue.discussing.length > 0;
  const row = (entry: QueueEntry, rank: string) => [
    rank,
    topicCell(entry.topic),
    tally.hidden ? "hidden" : String(entry.votes),
    entry.topic.sponsor ? [profileLink(entry.topic.sponsor, site)] : [strong("needs a sponsor")],
    ...(withStatus
      ? [safeText(entry.topic.status === "discussing" ? statuses.discussing : statuses.toDiscuss)]
      : []),
    // "4 weeks" on one line: a narrow column must not break a short value in two.
    formatAge(entry.topic.createdAt, now).replace(/ /g, "\u00a0"),
  ];
  children.push(
    table(
      ["right", "left", "right", "left", ...(withStatus ? ["left" as const] : []), "right"],
      ["Rank", "Topic", "Votes", "Sponsor", ...(withStatus ? ["Status"] : []), "Age"],
      // Only the rows shown are built: a queue of 100k topics shows maxRows of them.
      [
        ...queue.discussing.slice(0, maxRows).map((e) => row(e, "now")),
        ...queue.toDiscuss
          .slice(0, Math.max(0, maxRows - queue.discussing.length))
          .map((e, i) => row(e, String(i + 1))),
      ].slice(0, maxRows),
    ),
  );
  children.push(...more(waiting.length, "topic", "to discuss", input));
  return children;
}

/** The topics nobody sponsors yet, with a word on what a sponsor does. */
function unsponsoredSection(input: TopicsPageInput): RootContent[] {
  const { queue, tally } = input;
  if (queue.unsponsored.length === 0) return [];
  return [
    heading(2, "Needs a sponsor"),
    paragraph(
      "Nobody sponsors these topics yet. The sponsor opens the discussion in two minutes and writes down the outcome: assign yourself to the issue to take one.",
    ),
    list(
      queue.unsponsored
        .slice(0, maxRows)
        .map((t) => [...topicCell(t), text(tally.hidden ? "" : ` · ${votesOf(tally, t)}`)]),
    ),
    ...more(queue.unsponsored.length, "topic", "without a sponsor", input),
  ];
}

/** The people who voted beyond their budget, and which of their votes count. */
function overBudgetSection({ tally, config, site }: TopicsPageInput): RootContent[] {
  const { votes } = config;
  if (tally.overBudget.length === 0) return [];
  const children: RootContent[] = [
    heading(2, "Over budget"),
    paragraph(
      `These people voted for more than ${plural(votes.perPerson, "topic")}. Only their earliest ${plural(votes.perPerson, "vote")} count; the others count once a topic they voted for is discussed or parked, or when they take a 👍 back.`,
    ),
    table(
      ["left", "left", "left"],
      ["Person", "Counted", "Not counted"],
      tally.overBudget
        .slice(0, maxRows)
        .map((p) => [
          [profileLink(p.login, site)],
          p.counted.map((n) => `#${n}`).join(", "),
          p.notCounted.map((n) => `#${n}`).join(", "),
        ]),
    ),
  ];
  if (tally.overBudget.length > maxRows) {
    children.push(
      paragraph(`…and ${plural(tally.overBudget.length - maxRows, "more person", "more people")}.`),
    );
  }
  return children;
}

/** The parked topics, with the day each was opened. */
function parkedSection(input: TopicsPageInput): RootContent[] {
  const { queue, config } = input;
  const { statuses } = config;
  if (queue.parked.length === 0) return [];
  return [
    heading(2, safeText(statuses.parked)),
    list(
      queue.parked
        .slice(0, maxRows)
        .map((t) => [...topicCell(t), text(` · opened ${formatDay(t.createdAt)}`)]),
    ),
    ...more(queue.parked.length, "topic", safeText(statuses.parked).toLowerCase(), input),
  ];
}

/** The last topics discussed, with the day each closed. */
function discussedSection({ queue, config }: TopicsPageInput): RootContent[] {
  if (queue.discussed.length === 0) return [];
  const shown = queue.discussed.slice(0, recentDiscussed);
  return [
    heading(2, `Recently ${safeText(config.statuses.discussed).toLowerCase()}`),
    list(
      shown.map((t) => [
        ...topicCell(t),
        text(t.closedAt ? ` · closed ${formatDay(t.closedAt)}` : ""),
      ]),
    ),
  ];
}

/**
 * The line a reader takes in at a glance: how many topics wait, the top three with their votes,
 * and how many need a sponsor.
 */
function glance({ queue }: TopicsPageInput): PhrasingContent[] {
  const waiting = queue.toDiscuss.length;
  const out: PhrasingContent[] = [strong(`${plural(waiting, "topic")} to discuss`)];
  const top = queue.toDiscuss.slice(0, 3).filter((e) => e.votes > 0);
  if (top.length > 0) {
    out.push(text(top.length === 1 ? " · top: " : ` · top ${top.length}: `));
    top.forEach((e, i) => {
      if (i > 0) out.push(text(i === top.length - 1 ? " and " : ", "));
      out.push(
        link(e.topic.url, safeText(e.topic.title, 60) || `Topic #${e.topic.number}`),
        text(` (${plural(e.votes, "vote")})`),
      );
    });
  }
  const unsponsored = queue.unsponsored.length;
  out.push(
    text(
      unsponsored === 0
        ? " · every topic has a sponsor"
        : ` · ${unsponsored} ${unsponsored === 1 ? "needs" : "need"} a sponsor`,
    ),
  );
  if (queue.discussing.length > 0) out.push(text(` · ${queue.discussing.length} on the table now`));
  return out;
}

/** A line saying how many rows a list left out, with a link to all the open topics by votes. */
function more(total: number, noun: string, what: string, input: TopicsPageInput): RootContent[] {
  if (total <= maxRows) return [];
  const query = `is:issue is:open label:"${input.config.labels.topic}" sort:reactions-+1-desc`;
  const url = `${input.site}/${input.repository}/issues?q=${encodeURIComponent(query)}`;
  return [
    paragraph(
      `…and ${plural(total - maxRows, `more ${noun}`)} ${what}: see `,
      link(url, "every open topic, most 👍 first"),
      ".",
    ),
  ];
}

/** Where the app serves a repository's ballot page. */
const ballotPagePath = (repository: string) => `/roundtable/${repository}/ballot`;

function topicCell(topic: Topic): PhrasingContent[] {
  return [
    link(topic.url, safeText(topic.title) || `Topic #${topic.number}`),
    text(` #${topic.number}`),
  ];
}

function votesOf(tally: Tally, topic: Topic): string {
  return plural(tally.topics.get(topic.number)?.voters.length ?? 0, "vote");
}
