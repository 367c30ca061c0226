import type { Config } from "../../config/index.js";
import type { Topic } from "../board/topics.js";
import { isKind } from "../kinds.js";
import type { Discussion, Meeting } from "../meetings/meeting.js";
import { marker } from "../plan.js";
import type { IssueRecord, Snapshot } from "../snapshot.js";

/** The hidden marker opening the body of the roadmap item a topic was promoted to: one a topic. */
export const promotedMarker = (topic: number) => marker(`promoted:${topic}`);

/** The marker of Roundtable's note on a promoted topic, which names the item. */
export const promotedNoteMarker = marker("promoted");

/** The hidden record in that note naming the item: trusted only in Roundtable's own comment. */
export const promotedRecord = (item: number) => `<!-- roundtable:promoted-item ${item} -->`;

/** The item a note's record names, if it holds one. */
export function promotedRecordOf(body: string): number | null {
  const match = /<!-- roundtable:promoted-item (\d{1,9}) -->/.exec(body);
  return match ? Number(match[1]) : null;
}

/** Where a topic was decided on: the meeting, and its discussion there (the outcome, if given). */
export interface PromotedFrom {
  meeting: IssueRecord;
  discussion: Discussion;
}

/** The roadmap item a topic was promoted to, as GitHub holds it now. */
export interface PromotedItem {
  number: number;
  url: string;
  title: string;
  /** Its issue type's name, as GitHub kept it. */
  type: string | null;
  /** The issue it is a sub-issue of, if any. */
  parent: number | null;
}

/** What `/promote [#KR]` asks for: the key result's number, or an error to say. */
export function parsePromoteArgs(args: string): { keyResult: number | null } | { error: string } {
  const text = args.trim();
  if (text === "") return { keyResult: null };
  const match = /^#(\d{1,9})$/.exec(text);
  if (match) return { keyResult: Number(match[1]) };
  return {
    error: `/promote: got "${text.slice(0, 40)}", expected nothing or a key result's number such as #12. Give /promote #12 to put the roadmap item under key result #12.`,
  };
}

/**
 * The topic a `/promote` given on issue `number` is about: the issue itself when it is a topic; on
 * a meeting, the topic on the table or else the last one discussed. With it, the meeting that
 * decided on it last (its outcome), if any did.
 */
export function promotedTopic(
  topics: Topic[],
  meetings: Meeting[],
  number: number,
): { topic: Topic; from: PromotedFrom | null } | { error: string } {
  const meeting = meetings.find((m) => m.issue.number === number);
  const own = topics.find((t) => t.number === number);
  const discussion = meeting ? meeting.discussions.at(-1) : undefined;
  if (meeting && !discussion)
    return {
      error:
        "/promote in a meeting promotes the topic on the table, or the last one discussed: this meeting has discussed none yet.",
    };
  const topic = own ?? topics.find((t) => t.number === discussion?.topic);
  if (!topic)
    return {
      error: `/promote is given on a topic a meeting discussed, or in the meeting itself: #${discussion?.topic ?? number} is no topic Roundtable can read.`,
    };
  const decided = meetings
    .flatMap((m) => m.discussions.filter((d) => d.topic === topic.number).map((d) => ({ m, d })))
    .sort((a, b) => a.d.began.localeCompare(b.d.began))
    .at(-1);
  const from = decided ? { meeting: decided.m.issue, discussion: decided.d } : null;
  return { topic, from };
}

/** Why the person may not promote the topic, or null when they may. */
export function promoteRefusal(
  topic: Topic,
  from: PromotedFrom | null,
  who: { login: string; facilitates: boolean },
): string | null {
  if (topic.status !== "discussed" && topic.status !== "discussing" && !from)
    return `#${topic.number} has not been discussed yet: /promote takes a topic a meeting discussed, to put what was decided on the roadmap.`;
  const sponsor = topic.sponsor ?? from?.discussion.sponsor ?? null;
  if (who.facilitates || (sponsor && sponsor.toLowerCase() === who.login.toLowerCase()))
    return null;
  return "Only a facilitator or the topic's sponsor can promote it to the roadmap.";
}

/** Why issue `number` cannot be the parent named, or null when it is a key result. */
export function keyResultRefusal(
  snapshot: Snapshot,
  number: number,
  config: Config,
): string | null {
  const issue = snapshot.issues.find((i) => i.number === number);
  if (issue && isKind(issue, "keyResult", config)) return null;
  const type = config.kinds.keyResult;
  return `/promote: #${number} is not a key result (${type ? `of type ${type}, or ` : ""}labelled ${config.labels.keyResult}): name a key result, or give /promote alone.`;
}

/**
 * What remains once the item exists: under the key result (never taken from another parent),
 * labelled when GitHub did not keep its type, and what to tell the person.
 */
export function planPromotedLinks(
  item: PromotedItem,
  keyResult: number | null,
  wanted: { type: string | null; label: string },
): {
  subIssue: { parent: number; child: number } | null;
  label: string | null;
  notes: string[];
} {
  const notes: string[] = [];
  let subIssue: { parent: number; child: number } | null = null;
  if (keyResult !== null && item.parent !== keyResult) {
    if (item.parent === null) subIssue = { parent: keyResult, child: item.number };
    else
      notes.push(
        `#${item.number} is a sub-issue of #${item.parent} already: Roundtable does not move it. To put it under #${keyResult}, change its parent on GitHub.`,
      );
  }
  const typeKept = wanted.type !== null && item.type?.toLowerCase() === wanted.type.toLowerCase();
  if (wanted.type !== null && !typeKept)
    notes.push(
      `GitHub did not keep the issue type ${wanted.type} on #${item.number} (it drops a type without a word when the token has no push access): it is labelled ${wanted.label} instead.`,
    );
  return { subIssue, label: typeKept ? null : wanted.label, notes };
}
