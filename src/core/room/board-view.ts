import type { Config } from "../../config/index.js";
import type { QueueEntry } from "../board/queue.js";
import { boardOf } from "../board-of.js";
import { parseMeetingForm } from "../meetings/meeting-form.js";
import type { Snapshot } from "../snapshot.js";

export interface BoardViewRow {
  number: number;
  title: string;
  url: string;
  votes: number;
  sponsor: string | null;
}

/** The board page's data: the topics on the table, the queue by counted votes, who needs a sponsor. */
export interface BoardView {
  repository: string;
  takenAt: string;
  discussing: BoardViewRow[];
  toDiscuss: BoardViewRow[];
  /** Topics in the queue that nobody sponsors yet. */
  unsponsored: BoardViewRow[];
  perPerson: number;
  voters: number;
  /** Counts hidden until the round closes: rows hold no votes and are in issue order. */
  hidden: boolean;
  source: "reactions" | "ballots";
  /** Ballot entries not taken (edited by hand), and why. */
  ignoredBallots: number;
  ignoredWhy?: string;
  /** Open meetings, soonest first: each has a room. */
  meetings: Array<{ number: number; title: string; when: string | null }>;
}

export function boardViewOf(snapshot: Snapshot, config: Config): BoardView {
  const { queue, tally } = boardOf(snapshot, config);
  const row = (e: QueueEntry): BoardViewRow => ({
    number: e.topic.number,
    title: e.topic.title,
    url: e.topic.url,
    votes: e.votes,
    sponsor: e.topic.sponsor,
  });
  const all = [...queue.discussing, ...queue.toDiscuss];
  const meeting = config.labels.meeting.toLowerCase();
  return {
    repository: snapshot.repository,
    takenAt: snapshot.takenAt,
    discussing: queue.discussing.map(row),
    toDiscuss: queue.toDiscuss.map(row),
    unsponsored: all.filter((e) => !e.sponsored).map(row),
    perPerson: config.votes.perPerson,
    voters: tally.voters,
    hidden: tally.hidden,
    source: tally.source,
    ignoredBallots: tally.ignoredBallots,
    ...(tally.ignoredWhy && { ignoredWhy: tally.ignoredWhy }),
    meetings: snapshot.issues
      .filter((i) => i.state === "open" && i.labels.some((l) => l.toLowerCase() === meeting))
      .map((i) => {
        const form = parseMeetingForm(i.body);
        const when = [form.date, form.start, form.timeZone].filter(Boolean).join(" ");
        return { number: i.number, title: i.title, when: when || null };
      })
      .sort((a, b) => a.number - b.number),
  };
}
