import type { Config } from "../config/index.js";
import {
  type Command,
  type CommentRecord,
  decideMeetingCommand,
  type Effect,
  encodeRecord,
  type IssueRecord,
  type Meeting,
  type MeetingEvent,
  marker,
  meetingCommands,
  meetingOf,
  type ProjectView,
  parseCommands,
  replyMarker,
  romanVoteMarker,
  sameName,
  setStatus,
  siteOf,
  type TopicStatus,
} from "../core/index.js";
import { applyPlan, explainError, type GitHub } from "../github/index.js";
import {
  type MeetingContext,
  renderCheckinStatement,
  renderMeetingRegion,
  renderMeetingReply,
  renderRomanVote,
  renderTopicNotes,
  SpliceError,
  spliceRegion,
  toMarkdown,
} from "../render/index.js";
import { publish } from "./publish.js";
import { sync } from "./sync.js";

export interface MeetingEventOptions {
  owner: string;
  repo: string;
  config: Config;
  /** The meeting issue's number. */
  issue: number;
  /** The comment with the commands; none when the meeting issue itself was opened or edited. */
  comment?: { id: number; body: string; login: string; createdAt: string; url: string };
  now: string;
  log: (line: string) => void;
}

export interface MeetingEventResult {
  /** Answers for the person who commented: refusals, their place on the waitlist. */
  replies: string[];
  refused: boolean;
}

/**
 * A comment with meeting commands on a meeting issue, or the issue opened or edited (then only
 * its region is brought up to date). The board is recounted first (a /join can
 * change who votes; /next wants the queue as it stands), the meeting is worked out from its
 * comments, each command is decided, and the effects are applied: statuses on the board, the
 * bot's reply with its record, the roman vote, the check-in statements, the notes on topics,
 * the issue's region. /end and /schedule then write the meeting's pages.
 */
export async function onMeetingEvent(
  github: GitHub,
  options: MeetingEventOptions,
): Promise<MeetingEventResult> {
  const { owner, repo, config, comment } = options;
  const synced = await sync(github, {
    owner,
    repo,
    config,
    now: options.now,
    dryRun: false,
    log: options.log,
  });
  const { snapshot, board, project } = synced;
  const found = snapshot.issues.find((i) => i.number === options.issue);
  if (!found) throw new Error(`#${options.issue} is not a meeting Roundtable can read`);
  const issue: IssueRecord = { ...found, comments: [...(found.comments ?? [])] };
  if (comment && !issue.comments?.some((c) => c.id === comment.id)) {
    issue.comments?.push({
      id: comment.id,
      url: comment.url,
      author: { login: comment.login, bot: false },
      createdAt: comment.createdAt,
      body: comment.body,
      votes: 0,
    });
  }
  const site = siteOf(snapshot);
  const issues = new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }]));
  const view = (meeting: Meeting): MeetingContext => ({ meeting, issues, site, config });
  let meeting = meetingOf(issue, config);
  const alreadyHandled = comment ? meeting.handled.has(comment.id) : false;
  const replies: string[] = [];
  let refused = false;
  const effects: Effect[] = [];
  const events: MeetingEvent[] = [];
  const status: Array<{ topic: number; to: TopicStatus }> = [];
  let close = false;
  const given: Command[] = [];

  if (comment) {
    for (const command of parseCommands(comment.body)) {
      if (!meetingCommands.has(command.name)) continue;
      if (command.name === "join" || command.name === "leave") {
        if (meeting.endedAt && Date.parse(comment.createdAt) > Date.parse(meeting.endedAt)) {
          replies.push("This meeting has ended: seats are no longer taken or given up.");
          refused = true;
          continue;
        }
        const place = meeting.roster.waitlist.findIndex((l) => sameName(l, comment.login));
        if (command.name === "join" && place >= 0)
          replies.push(
            `The meeting is full (${meeting.form.capacity} seats): you are number ${place + 1} on the waitlist, and move up when someone leaves.`,
          );
        continue;
      }
      if (command.name === "outcome" || command.name === "takeaway") {
        const reason = meeting.refusedNotes.get(comment.id);
        if (reason) {
          replies.push(reason);
          refused = true;
        }
        continue;
      }
      if (alreadyHandled) {
        // Decided before (a redelivery, or a run that stopped part-way): the same decision is
        // applied again, and every effect of it is one that does nothing when already done.
        if (given.length === 0) {
          given.push(command);
          events.push(...(meeting.records.get(comment.id) ?? []));
          close ||= events.some((e) => e.type === "end");
          for (const d of meeting.discussions)
            if (events.some((e) => "topic" in e && e.topic === d.topic))
              status.push({ topic: d.topic, to: d.ended ? "discussed" : "discussing" });
        }
        continue;
      }
      const decision = decideMeetingCommand(meeting, command, {
        commentId: comment.id,
        at: comment.createdAt,
        login: comment.login,
        board,
        config,
      });
      if (decision.kind === "refused") {
        replies.push(decision.reason);
        refused = true;
        continue;
      }
      if (decision.events.length === 0) continue;
      given.push(command);
      events.push(...decision.events);
      status.push(...decision.status);
      close ||= decision.close;
      // Work the meeting out again with this decision written down, as the next read will.
      meeting = meetingOf(withRecord(issue, comment.id, events), config);
    }
  }

  if (comment && given.length > 0) {
    const reply = toMarkdown(renderMeetingReply(view(meeting), given.at(-1)?.name ?? "", events));
    effects.push({
      kind: "upsert-comment",
      issue: issue.number,
      marker: marker(replyMarker(comment.id)),
      body: `${reply}\n${encodeRecord({ command: comment.id, events })}`,
    });
    for (const event of events) {
      if (event.type === "topic" || event.type === "extend") {
        effects.push({
          kind: "upsert-comment",
          issue: issue.number,
          marker: marker(romanVoteMarker(comment.id)),
          body: toMarkdown(renderRomanVote(view(meeting), event.topic, event.until)),
        });
      }
      if (event.type === "checkin" && event.answer === "vote") {
        for (const [i, s] of event.statements.entries()) {
          effects.push({
            kind: "upsert-comment",
            issue: issue.number,
            marker: marker(s.marker),
            body: toMarkdown(renderCheckinStatement(i, event.statements.length, s.text)),
          });
        }
      }
      if (event.type === "schedule") effects.push(...slotFields(event, meeting, config, project));
    }
  }

  // An outcome marks its topic Discussed; a topic's notes are kept on its own issue.
  const from = comment?.id;
  const noted = meeting.discussions.filter(
    (d) =>
      from !== undefined &&
      (d.outcome?.comment === from || d.takeaways.some((t) => t.comment === from)),
  );
  for (const d of noted) {
    if (d.outcome?.comment === from) status.push({ topic: d.topic, to: "discussed" });
    effects.push({
      kind: "upsert-comment",
      issue: d.topic,
      marker: marker(`meeting-notes:${issue.number}`),
      body: toMarkdown(renderTopicNotes(view(meeting), d)),
    });
  }
  const statusEffects = status.flatMap(({ topic, to }) => {
    const t = board.topics.find((x) => x.number === topic);
    return t ? setStatus(t, to, config) : [];
  });

  try {
    const body = spliceRegion(
      issue.body,
      "meeting",
      toMarkdown(renderMeetingRegion(view(meeting), board.queue.toDiscuss)),
      `#${issue.number}`,
    );
    if (body !== issue.body)
      effects.push({ kind: "update-issue-body", issue: issue.number, body, what: "the meeting" });
  } catch (error) {
    if (!(error instanceof SpliceError)) throw error;
    replies.push(error.message);
    refused = true;
  }
  if (close) effects.push({ kind: "close-issue", issue: issue.number });

  await applyPlan(github, [...statusEffects, ...dedupe(effects)], {
    owner,
    repo,
    project,
    dryRun: false,
    log: options.log,
  });
  if (events.some((e) => e.type === "end" || e.type === "schedule")) {
    try {
      const written = await publish(github, {
        owner,
        repo,
        config,
        now: options.now,
        dryRun: false,
        mode: "direct",
        log: options.log,
      });
      options.log(
        written.commit
          ? `pages written in ${written.commit.oid}: ${written.changed.join(", ")}`
          : "pages unchanged",
      );
    } catch (error) {
      // The meeting itself is recorded; only its pages wait for the next publish.
      replies.push(
        `The meeting's pages could not be written: ${explainError(error) ?? (error as Error).message}. The Action's next publish writes them, or run it now from the Actions tab.`,
      );
    }
  }
  return { replies, refused };
}

/** The issue with the bot's record of a comment's decisions appended, as GitHub will hold it. */
function withRecord(issue: IssueRecord, command: number, events: MeetingEvent[]): IssueRecord {
  const record: CommentRecord = {
    id: Number.MAX_SAFE_INTEGER,
    url: issue.url,
    author: { login: "roundtable", bot: true },
    createdAt: events[0]?.at ?? issue.createdAt,
    body: `${marker(replyMarker(command))}\n${encodeRecord({ command, events })}`,
    votes: 0,
  };
  const others = (issue.comments ?? []).filter(
    (c) => !c.body.includes(marker(replyMarker(command))),
  );
  return { ...issue, comments: [...others, record] };
}

/** A later upsert of the same comment replaces an earlier one in the same plan. */
function dedupe(effects: Effect[]): Effect[] {
  const last = new Map<string, number>();
  effects.forEach((e, i) => {
    if (e.kind === "upsert-comment") last.set(`${e.issue} ${e.marker}`, i);
  });
  return effects.filter(
    (e, i) => e.kind !== "upsert-comment" || last.get(`${e.issue} ${e.marker}`) === i,
  );
}

/**
 * The Slot and Room fields of the scheduled topics, where the project has those fields: a text
 * field takes any value, a single-select one only an option it has.
 */
function slotFields(
  event: Extract<MeetingEvent, { type: "schedule" }>,
  meeting: Meeting,
  config: Config,
  project: ProjectView | null,
): Effect[] {
  if (!config.project || !project) return [];
  const names = config.project.fields;
  const effects: Effect[] = [];
  const set = (issue: number, name: string, value: string) => {
    const field = project.fields.find((f) => sameName(f.name, name));
    if (!field) return;
    if (field.dataType === "TEXT") {
      effects.push({ kind: "set-field", issue, field: field.name, value: { text: value } });
    } else if (field.options.some((o) => sameName(o.name, value))) {
      effects.push({ kind: "set-field", issue, field: field.name, value: { option: value } });
    }
  };
  for (const [i, slot] of event.grid.entries()) {
    for (const [r, topic] of slot.entries()) {
      if (topic === null) continue;
      set(topic, names.slot, meeting.form.slotStarts[i] ?? `Slot ${i + 1}`);
      set(topic, names.room, `Room ${r + 1}`);
    }
  }
  return effects;
}
