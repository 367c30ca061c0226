import type { List, PhrasingContent, Root, RootContent } from "mdast";
import type { Config } from "../../config/index.js";
import type { QueueEntry } from "../../core/board/queue.js";
import {
  type Checkin,
  type Discussion,
  type Meeting,
  type MeetingEvent,
  minutesBetween,
} from "../../core/meetings/meeting.js";
import { clockPlus } from "../../core/meetings/meeting-form.js";
import { clockIn } from "../../core/zoned-time.js";
import { formatDay } from "../dates.js";
import { code, heading, inlineCode, link, list, paragraph, strong, table, text } from "../mdast.js";
import { gantt } from "../mermaid/index.js";
import { plural } from "../plural.js";
import { profileLink } from "../text/people.js";
import { personBlocks, personInline, quotedItem } from "../text/person-words.js";
import { safeText } from "../text/safe-text.js";
import { roomName, scheduleDetails } from "./schedule-details.js";

/** What a meeting's views need beside the meeting: its topics' titles, and where people live. */
export interface MeetingContext {
  meeting: Meeting;
  /** Titles and URLs of the repository's issues, by number. */
  issues: Map<number, { title: string; url: string }>;
  site: string;
  config: Config;
}

const zoneOf = (m: Meeting) => m.form.timeZone ?? "UTC";
const clock = (m: Meeting, iso: string) => clockIn(iso, zoneOf(m));

function topicLink(ctx: MeetingContext, n: number): PhrasingContent {
  const issue = ctx.issues.get(n);
  return issue ? link(issue.url, `#${n} ${safeText(issue.title)}`) : text(`#${n}`);
}

function voteText(vote: { up: number; down: number }): string {
  return `${vote.up} 👍 ${vote.down} 👎`;
}

/** "15 min", or "on the table since 17:03" for the topic still being discussed. */
function spent(ctx: MeetingContext, d: Discussion): string {
  return d.ended
    ? `${minutesBetween(d.began, d.ended)} min`
    : `on the table since ${clock(ctx.meeting, d.began)}, until ${clock(ctx.meeting, d.until)}`;
}

/** The facts of one discussion, in one line after its topic. */
function discussionFacts(ctx: MeetingContext, d: Discussion): PhrasingContent[] {
  const m = ctx.meeting;
  const parts: PhrasingContent[] = [
    text(` · ${clock(m, d.began)}${d.ended ? `–${clock(m, d.ended)}` : ""} · sponsor `),
    d.sponsor ? profileLink(d.sponsor, ctx.site) : text("none"),
    text(` · ${spent(ctx, d)}`),
  ];
  for (const e of d.extensions) parts.push(text(` · extended +${e.minutes} min (${voteText(e)})`));
  if (d.closingVote) parts.push(text(` · moved on (${voteText(d.closingVote)})`));
  return parts;
}

/** A seat's invitation, as the participants list says it. */
const invitationWords: Record<string, string | undefined> = {
  pending: "invitation pending",
  accepted: "invitation accepted",
  added: "added to the repository",
  refused: "GitHub would not invite them: invite by hand",
  declined: "invitation declined or expired",
};

/**
 * The meeting's state as Roundtable keeps it, in a comment of its own on the meeting issue: who
 * has a seat, who waits, what is up next, and the log of the meeting so far. People are linked,
 * never @-mentioned.
 */
export function renderMeetingRegion(
  ctx: MeetingContext,
  upNext: QueueEntry[],
  /** Counts are hidden until the voting round closes: the agenda shows none. */
  hidden = false,
): Root {
  const m = ctx.meeting;
  const log = logLines(ctx);
  const children: RootContent[] = [
    ...formProblems(m),
    ...participants(ctx),
    ...seatNotes(m),
    ...waitlistSection(ctx),
    // An ended meeting has nothing ahead of it: no schedule or agenda.
    ...(m.endedAt
      ? []
      : m.schedule
        ? [heading(3, "Schedule"), scheduleTable(ctx, m.schedule)]
        : agenda(ctx, upNext, hidden)),
    ...(log.length > 0 ? [heading(3, "Log"), list(log)] : []),
    howToTakePart(),
  ];
  return { type: "root", children };
}

/** A word to fix the meeting's form, when some answers could not be read. */
function formProblems(m: Meeting): RootContent[] {
  if (m.form.problems.length === 0) return [];
  return [
    paragraph(
      strong("Fix the meeting's form:"),
      text(
        ` ${m.form.problems.join("; ")}. Edit the answers in the issue; until then times are shown in UTC and the defaults stand.`,
      ),
    ),
  ];
}

/** Who has a seat, with where their invitation stands. */
function participants(ctx: MeetingContext): RootContent[] {
  const m = ctx.meeting;
  const { seated } = m.roster;
  return [
    heading(3, `Participants (${seated.length} of ${m.form.capacity})`),
    seated.length === 0
      ? paragraph("Nobody yet. Comment ", inlineCode("/join"), " to take a seat.")
      : list(
          seated.map((login) => {
            const invited = m.seats.invited[login.toLowerCase()];
            const said = invited ? invitationWords[invited.state] : undefined;
            return said
              ? [profileLink(login, ctx.site), text(` · ${said}`)]
              : [profileLink(login, ctx.site)];
          }),
          true,
        ),
  ];
}

/** What the invitations to seats ran into: a personal repository, or a problem GitHub gave. */
function seatNotes(m: Meeting): RootContent[] {
  const out: RootContent[] = [];
  if (m.seats.personal)
    out.push(
      paragraph(
        strong("A personal repository:"),
        text(
          " GitHub gives everybody invited to it write access, whatever meetings.invite.permission asks for (it honours read and triage only on an organisation's repository).",
        ),
      ),
    );
  if (m.seats.problem) out.push(paragraph(strong("Invitations:"), text(` ${m.seats.problem}`)));
  return out;
}

/** Who waits for a seat, in order. */
function waitlistSection(ctx: MeetingContext): RootContent[] {
  const { waitlist } = ctx.meeting.roster;
  if (waitlist.length === 0) return [];
  return [
    heading(3, `Waitlist (${waitlist.length})`),
    list(
      waitlist.map((login) => [profileLink(login, ctx.site)]),
      true,
    ),
  ];
}

/** The next five topics of the queue not yet discussed at this meeting. */
function agenda(ctx: MeetingContext, upNext: QueueEntry[], hidden: boolean): RootContent[] {
  const taken = new Set(ctx.meeting.discussions.map((d) => d.topic));
  const next = upNext.filter((e) => !taken.has(e.topic.number)).slice(0, 5);
  return [
    heading(3, "Agenda"),
    next.length === 0
      ? paragraph("No topics are waiting. Propose one with the topic form.")
      : list(
          next.map((e) => [
            topicLink(ctx, e.topic.number),
            text(
              hidden ? " · votes hidden · sponsor " : ` · ${plural(e.votes, "vote")} · sponsor `,
            ),
            e.topic.sponsor ? profileLink(e.topic.sponsor, ctx.site) : text("wanted"),
          ]),
          true,
        ),
  ];
}

/** The commands of a meeting, and who gives which. */
function howToTakePart(): RootContent {
  return paragraph(
    "Comment ",
    inlineCode("/join"),
    " to take a seat, first come first served; past capacity you join the waitlist and move up when someone comments ",
    inlineCode("/leave"),
    ". The facilitator runs the meeting with ",
    inlineCode("/start"),
    ", ",
    inlineCode("/next"),
    ", ",
    inlineCode("/extend"),
    ", ",
    inlineCode("/checkin"),
    " and ",
    inlineCode("/end"),
    "; anyone at the table adds ",
    inlineCode("/takeaway <text>"),
    ", and the facilitator or sponsor records ",
    inlineCode("/outcome <text>"),
    ".",
  );
}

/** The meeting so far, in time order: start, each topic, each check-in, the end. */
function logLines(ctx: MeetingContext): PhrasingContent[][] {
  const m = ctx.meeting;
  const lines: Array<{ at: string; line: PhrasingContent[] }> = [];
  if (m.startedAt)
    lines.push({ at: m.startedAt, line: [text(`${clock(m, m.startedAt)} started`)] });
  for (const d of m.discussions) {
    const line: PhrasingContent[] = [topicLink(ctx, d.topic), ...discussionFacts(ctx, d)];
    if (d.outcome) line.push(text(" · outcome: "), ...personInline(d.outcome.text, 200));
    if (d.takeaways.length > 0) line.push(text(` · ${plural(d.takeaways.length, "takeaway")}`));
    lines.push({ at: d.began, line });
  }
  for (const c of m.checkins) lines.push({ at: c.at, line: checkinLine(m, c) });
  if (m.endedAt) lines.push({ at: m.endedAt, line: [text(`${clock(m, m.endedAt)} ended`)] });
  return lines.sort((a, b) => a.at.localeCompare(b.at)).map((l) => l.line);
}

function checkinLine(m: Meeting, c: Checkin): PhrasingContent[] {
  const results =
    c.answer === "vote"
      ? c.statements.map((s, i) => `${i + 1}. ${voteText(s)}`).join(" · ")
      : plural(c.replies, "answer");
  return [text(`${clock(m, c.at)} check-in (${c.set}): ${results}`)];
}

/** The bot's reply to a facilitator's command: what happened, in the words of the events. */
export function renderMeetingReply(
  ctx: MeetingContext,
  command: string,
  events: MeetingEvent[],
): Root {
  const children: RootContent[] = events.flatMap((event) => eventReply(ctx, event));
  if (command === "next" && !events.some((e) => e.type === "topic" || e.type === "extend")) {
    children.push(
      paragraph("No topic is waiting in the queue. ", inlineCode("/end"), " closes the meeting."),
    );
  }
  return { type: "root", children };
}

/** What one event of a command says in the reply. */
function eventReply(ctx: MeetingContext, event: MeetingEvent): RootContent[] {
  const m = ctx.meeting;
  switch (event.type) {
    case "start":
      return [paragraph(`The meeting has started at ${clock(m, event.at)} (${zoneOf(m)}).`)];
    case "close-topic":
      return [closedTopicLine(ctx, event)];
    case "topic":
      return nowOnTheTable(ctx, event);
    case "extend":
      return [
        paragraph(
          topicLink(ctx, event.topic),
          text(`: the roman vote says go on (${event.up} 👍 ${event.down} 👎). `),
          text(`${event.minutes} more minutes, until `),
          strong(clock(m, event.until)),
          text(". A new roman vote is below; "),
          inlineCode("/next"),
          text(" before then moves on anyway."),
        ),
      ];
    case "checkin":
      return checkinCall(event);
    case "end":
      return endSummary(ctx, event.at);
    case "close-votes":
      return [
        heading(3, "Voting closed"),
        paragraph(
          `The round ${event.round} is closed: ballots are final, and the counts are shown on the pages, the board and the queue.`,
        ),
      ];
    case "accept":
      return [acceptedLine(ctx, event)];
    case "schedule":
      return [
        heading(3, "Schedule"),
        paragraph(
          `Attendance ${event.attendance} of ${event.upperBound}: the dots whose voters can be in the room for the topic they voted for. Run `,
          inlineCode("/schedule"),
          " again to plan it anew from the votes as they stand then.",
        ),
        scheduleTable(ctx, event),
      ];
  }
  return [];
}

/** A topic closed: how long it was discussed, and whether the facilitator or the vote moved on. */
function closedTopicLine(
  ctx: MeetingContext,
  event: Extract<MeetingEvent, { type: "close-topic" }>,
): RootContent {
  // The latest discussion of the topic: a topic can come back to the table.
  const d = [...ctx.meeting.discussions].reverse().find((x) => x.topic === event.topic);
  return paragraph(
    topicLink(ctx, event.topic),
    text(d ? `: discussed for ${plural(minutesBetween(d.began, event.at), "minute")}` : ""),
    text(
      event.up === null || event.down === null
        ? "; the facilitator moves on."
        : `; the roman vote says move on (${event.up} 👍 ${event.down} 👎).`,
    ),
  );
}

/** A topic put on the table: who opens it, and the timebox until the roman vote. */
function nowOnTheTable(
  ctx: MeetingContext,
  event: Extract<MeetingEvent, { type: "topic" }>,
): RootContent[] {
  const m = ctx.meeting;
  const { sponsorMinutes, discussionMinutes, extensionMinutes } = ctx.config.meetings;
  return [
    heading(3, "Now on the table"),
    paragraph(topicLink(ctx, event.topic)),
    paragraph(
      event.sponsor ? profileLink(event.sponsor, ctx.site) : text("Nobody sponsors it: someone"),
      text(
        ` opens it (${sponsorMinutes} min), then ${discussionMinutes} min of discussion, until `,
      ),
      strong(clock(m, event.until)),
      text(
        ` (${zoneOf(m)}). Then the roman vote below: 👍 to go on ${extensionMinutes[0]} more minutes, 👎 to move on.`,
      ),
    ),
  ];
}

/** A check-in called: how to answer, and the questions when answers are comments. */
function checkinCall(event: Extract<MeetingEvent, { type: "checkin" }>): RootContent[] {
  return [
    heading(3, `Check-in: ${event.set}`),
    paragraph(
      event.answer === "vote"
        ? "Answer each statement below with 👍 or 👎."
        : "Answer in a comment, as briefly as you like:",
    ),
    ...(event.answer === "comment"
      ? [
          list(
            event.statements.map((s) => [s.text]),
            true,
          ),
        ]
      : []),
  ];
}

/** What an /accept recorded, in one line: the notes it took and the issues it opens. */
function acceptedLine(
  ctx: MeetingContext,
  event: Extract<MeetingEvent, { type: "accept" }>,
): RootContent {
  const recorded = [
    ...(event.outcome === null ? [] : ["the outcome"]),
    ...(event.takeaways.length > 0 ? [plural(event.takeaways.length, "takeaway")] : []),
  ];
  const items = event.actionItems.length;
  return paragraph(
    topicLink(ctx, event.topic),
    text(
      `: minutes accepted. ${recorded.length > 0 ? `${upperFirst(recorded.join(" and "))} recorded, as ` : "Nothing recorded by "}`,
    ),
    inlineCode("/outcome"),
    text(" and "),
    inlineCode("/takeaway"),
    text(
      ` record them${items === 0 ? "" : event.issues ? `; ${plural(items, "action item")} ${items === 1 ? "opens an issue" : "open issues"}` : `; ${plural(items, "action item")} not opened as issues (an /accept with --issues opens them)`}.`,
    ),
  );
}

const upperFirst = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

function endSummary(ctx: MeetingContext, at: string): RootContent[] {
  const m = ctx.meeting;
  const started = m.startedAt ?? at;
  const out: RootContent[] = [
    heading(3, "The meeting has ended"),
    paragraph(
      `${clock(m, started)}–${clock(m, at)}, ${plural(minutesBetween(started, at), "minute")}, ${plural(m.discussions.length, "topic")}. Topics not reached stay in the queue for the next meeting.`,
    ),
  ];
  if (m.discussions.length > 0) {
    out.push(
      list(
        m.discussions.map((d) => [
          topicLink(ctx, d.topic),
          text(
            ` · ${minutesBetween(d.began, d.ended ?? at)} min${d.extensions.length ? ` (extended ${plural(d.extensions.length, "time")})` : ""}`,
          ),
        ]),
      ),
    );
  }
  if (m.checkins.length > 0)
    out.push(paragraph("Check-in:"), list(m.checkins.map((c) => checkinLine(m, c))));
  return out;
}

/** The roman-vote comment: its 👍 and 👎 from participants decide at the end of the timebox. */
export function renderRomanVote(ctx: MeetingContext, topic: number, until: string): Root {
  return {
    type: "root",
    children: [
      paragraph(
        strong("Roman vote"),
        text(" on "),
        topicLink(ctx, topic),
        text(
          `, at ${clock(ctx.meeting, until)}: 👍 to go on, 👎 to move on. Participants' votes count.`,
        ),
      ),
    ],
  };
}

/** The bot's call when a timebox ends: time's up on the topic, and where to roman-vote. */
export function renderTimesUp(ctx: MeetingContext, topic: number, voteUrl: string | null): Root {
  return {
    type: "root",
    children: [
      paragraph(
        strong("⏰ Time's up"),
        text(" on "),
        topicLink(ctx, topic),
        text(". Roman vote now: 👍 to go on, 👎 to move on, on "),
        voteUrl ? link(voteUrl, "the roman-vote comment") : text("the roman-vote comment"),
        text(". The facilitator then gives /extend or /next."),
      ),
    ],
  };
}

/** One check-in statement, a comment of its own so its 👍 and 👎 are its own. */
export function renderCheckinStatement(index: number, total: number, statement: string): Root {
  return {
    type: "root",
    children: [
      paragraph(
        strong(`Check-in ${index + 1} of ${total}:`),
        text(` ${safeText(statement, 300)} 👍 or 👎`),
      ),
    ],
  };
}

/** The comment on a topic's issue with what the meeting made of it: kept current. */
export function renderTopicNotes(ctx: MeetingContext, d: Discussion): Root {
  const m = ctx.meeting;
  const children: RootContent[] = [
    paragraph(
      text("Discussed at "),
      link(m.issue.url, safeText(m.issue.title)),
      text(` on ${m.form.date ? formatDay(`${m.form.date}T12:00:00Z`) : formatDay(d.began)}`),
      ...discussionFacts(ctx, d),
      text("."),
    ),
  ];
  children.push(...outcomeAndTakeaways(ctx, d));
  return { type: "root", children };
}

/** A discussion's outcome and takeaways, in the words of the people who wrote them. */
function outcomeAndTakeaways(ctx: MeetingContext, d: Discussion): RootContent[] {
  const out: RootContent[] = [];
  if (d.outcome) {
    const [first, ...rest] = personBlocks(d.outcome.text, 1000);
    out.push(
      first?.type === "paragraph"
        ? paragraph(strong("Outcome:"), text(" "), ...first.children)
        : paragraph(strong("Outcome:")),
      ...(first?.type === "paragraph" ? rest : first ? [first, ...rest] : []),
    );
  }
  if (d.takeaways.length > 0) out.push(paragraph(strong("Takeaways:")), notes(ctx, d.takeaways));
  return out;
}

/** Takeaways as a list, each with who wrote it and a link to their comment. */
function notes(ctx: MeetingContext, all: Array<{ text: string; by: string; url: string }>): List {
  return {
    type: "list",
    ordered: false,
    spread: false,
    children: all.map((note) =>
      quotedItem([], personBlocks(note.text, 1000), [
        profileLink(note.by, ctx.site),
        text(" · "),
        link(note.url, "comment"),
      ]),
    ),
  };
}

/**
 * A meeting's page: when and what, who took part, the topics in the order discussed with their
 * sponsor, time, extensions, outcome and takeaways, the check-ins, and for an unconference its
 * schedule as a grid, a Mermaid gantt and a calendar file.
 */
export function renderMeetingPage(
  ctx: MeetingContext,
  calendar: string | null,
  draft: Extract<MeetingEvent, { type: "schedule" }> | null,
): Root {
  const m = ctx.meeting;
  const schedule = m.schedule ?? draft;
  const children: RootContent[] = [
    ...pageHeader(ctx),
    ...(schedule ? scheduleSection(ctx, schedule, calendar) : []),
    ...topicsDiscussed(ctx),
    ...(m.takeaways.length > 0 ? [heading(2, "Takeaways"), notes(ctx, m.takeaways)] : []),
    ...checkinSection(m),
  ];
  return { type: "root", children };
}

/** The line of when and what, and who took part. */
function pageHeader(ctx: MeetingContext): RootContent[] {
  const m = ctx.meeting;
  const format = {
    "lean-coffee": "Lean coffee",
    unconference: "Unconference",
    talk: "Talk and discussion",
  }[m.form.format];
  const when = m.form.date
    ? `${formatDay(`${m.form.date}T12:00:00Z`)}${m.form.start ? `, ${m.form.start}` : ""} ${zoneOf(m)}`
    : "date to be set";
  return [
    paragraph(
      link(m.issue.url, `Meeting #${m.issue.number}`),
      text(
        ` · ${when} · ${format}${m.form.theme ? ` · ${safeText(m.form.theme)}` : ""} · ${m.endedAt ? "ended" : m.startedAt ? "in progress" : "not started"}`,
      ),
    ),
    heading(2, `Participants (${m.roster.seated.length})`),
    m.roster.seated.length === 0
      ? paragraph("Nobody has joined yet.")
      : paragraph(
          ...m.roster.seated.flatMap((login, i) => [
            ...(i > 0 ? [text(", ")] : []),
            profileLink(login, ctx.site),
          ]),
        ),
  ];
}

/** The schedule, planned or a draft: as a grid, in words, as a gantt, and as a calendar file. */
function scheduleSection(
  ctx: MeetingContext,
  schedule: ScheduleEvent,
  calendar: string | null,
): RootContent[] {
  const m = ctx.meeting;
  return [
    heading(2, "Schedule"),
    paragraph(
      m.schedule
        ? `Planned at ${clock(m, schedule.at)} from the dot votes: attendance ${schedule.attendance} of ${schedule.upperBound}.`
        : `A draft from the dot votes as they stand (attendance ${schedule.attendance} of ${schedule.upperBound}); the facilitator fixes it with /schedule.`,
    ),
    scheduleTable(ctx, schedule),
    ...scheduleDetails(schedule, ctx.issues),
    code("mermaid", scheduleGantt(ctx, schedule)),
    ...(calendar ? [paragraph(link(calendar, "Add the sessions to your calendar (.ics)"))] : []),
  ];
}

/** The topics in the order discussed, each with its facts, outcome and takeaways. */
function topicsDiscussed(ctx: MeetingContext): RootContent[] {
  const m = ctx.meeting;
  const children: RootContent[] = [heading(2, "Topics discussed")];
  if (m.discussions.length === 0) children.push(paragraph("None yet."));
  for (const [i, d] of m.discussions.entries()) {
    children.push(
      heading(3, `${i + 1}. #${d.topic} ${safeText(ctx.issues.get(d.topic)?.title ?? "")}`.trim()),
      paragraph(
        link(ctx.issues.get(d.topic)?.url ?? m.issue.url, "Topic"),
        ...discussionFacts(ctx, d),
      ),
      ...outcomeAndTakeaways(ctx, d),
    );
  }
  return children;
}

/** The check-ins: a table of 👍 and 👎 for a vote, a line for answers given in comments. */
function checkinSection(m: Meeting): RootContent[] {
  if (m.checkins.length === 0) return [];
  return [
    heading(2, "Check-in"),
    ...m.checkins.flatMap((c) => (c.answer === "vote" ? checkinVotes(m, c) : checkinAnswers(m, c))),
  ];
}

function checkinVotes(m: Meeting, c: Checkin): RootContent[] {
  return [
    paragraph(strong(c.set), text(` at ${clock(m, c.at)}`)),
    table(
      ["left", "right", "right"],
      ["Statement", "👍", "👎"],
      c.statements.map((s) => [
        s.url ? [link(s.url, safeText(s.text, 200))] : safeText(s.text, 200),
        String(s.up),
        String(s.down),
      ]),
    ),
  ];
}

function checkinAnswers(m: Meeting, c: Checkin): RootContent[] {
  return [
    paragraph(
      strong(c.set),
      text(
        ` at ${clock(m, c.at)}: ${c.statements.map((s) => safeText(s.text, 200)).join(" ")} ${plural(c.replies, "answer")}, in the meeting's comments.`,
      ),
    ),
  ];
}

type ScheduleEvent = Extract<MeetingEvent, { type: "schedule" }>;

/** Slots down, rooms across. */
function scheduleTable(ctx: MeetingContext, s: ScheduleEvent) {
  const { slotStarts, slotMinutes } = ctx.meeting.form;
  const rooms = Math.max(1, ...s.grid.map((slot) => slot.length));
  return table(
    ["left", ...Array.from({ length: rooms }, () => "left" as const)],
    ["Time", ...Array.from({ length: rooms }, (_, r) => roomName(s, r))],
    s.grid.map((slot, i) => [
      slotStarts[i] ? `${slotStarts[i]}–${clockPlus(slotStarts[i], slotMinutes)}` : `Slot ${i + 1}`,
      ...Array.from({ length: rooms }, (_, r) => {
        const topic = slot[r];
        return topic === null || topic === undefined ? "—" : [topicLink(ctx, topic)];
      }),
    ]),
  );
}

/** A Mermaid gantt of the schedule: a section per room, a bar per session. */
function scheduleGantt(ctx: MeetingContext, s: ScheduleEvent): string {
  const { slotStarts, slotMinutes } = ctx.meeting.form;
  const rooms = Math.max(1, ...s.grid.map((slot) => slot.length));
  return gantt({
    dateFormat: "HH:mm",
    axisFormat: "%H:%M",
    sections: Array.from({ length: rooms }, (_, r) => ({
      name: roomName(s, r),
      tasks: s.grid.flatMap((slot, i) => {
        const topic = slot[r];
        if (topic === null || topic === undefined) return [];
        return [
          {
            number: topic,
            title: ctx.issues.get(topic)?.title ?? "",
            start: slotStarts[i] ?? "00:00",
            duration: `${slotMinutes}m`,
          },
        ];
      }),
    })),
  });
}
