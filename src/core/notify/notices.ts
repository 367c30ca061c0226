import type { Config, NotifyEvent } from "../../config/index.js";
import type { QueueEntry } from "../board/queue.js";
import type { Topic } from "../board/topics.js";
import { cutText } from "../cut-text.js";
import type { Line, Notice, NoticeSection, Span } from "../kernel/notice.js";
import { type Discussion, type Meeting, meetingSlug, minutesBetween } from "../meetings/meeting.js";
import { retroPrompts } from "../retro/retro.js";
import { clockIn } from "../zoned-time.js";

/** What happened, with what its notice needs to say it; `notificationsFor` takes one of these. */
export type NotifyInput =
  | { event: "meeting.announced"; meeting: Meeting; agenda: QueueEntry[] }
  | { event: "meeting.reminder"; meeting: Meeting; agenda: QueueEntry[] }
  | { event: "topic.now"; meeting: Meeting; topic: number; sponsor: string | null; until: string }
  | { event: "timebox.ended"; meeting: Meeting; topic: number; until: string }
  | { event: "topic.outcome"; meeting: Meeting; discussion: Discussion }
  | { event: "meeting.ended"; meeting: Meeting; at: string }
  | { event: "retro.opened"; title: string; meeting?: number }
  | { event: "action-items"; retro: string; items: Array<{ title: string; owner: string }> }
  | {
      event: "digest";
      since: string;
      added: Topic[];
      top: QueueEntry[];
      unsponsored: Topic[];
    };

/** Where the notice's links go: the repository on its GitHub host, and the issues' titles. */
export interface NotifyContext {
  /** owner/name. */
  repository: string;
  /** https://github.com, or the Enterprise host. */
  site: string;
  titles: Map<number, { title: string; url: string }>;
  config: Config;
}

/** How many topics a notice lists: a glance, not the board. */
const shown = 5;

type Builder<E extends NotifyEvent> = (
  input: Extract<NotifyInput, { event: E }>,
  ctx: NotifyContext,
) => Omit<Notice, "event">;

const issueUrl = (ctx: NotifyContext, n: number) =>
  ctx.titles.get(n)?.url ?? `${ctx.site}/${ctx.repository}/issues/${n}`;
const topicSpan = (ctx: NotifyContext, n: number): Span => ({
  text: `#${n} ${ctx.titles.get(n)?.title ?? ""}`.trim(),
  url: issueUrl(ctx, n),
});
const topicTitle = (ctx: NotifyContext, n: number) => topicSpan(ctx, n).text;
const person = (ctx: NotifyContext, login: string): Span => ({
  text: login,
  url: `${ctx.site}/${encodeURIComponent(login)}`,
});
const zone = (m: Meeting) => m.form.timeZone ?? "UTC";
const clock = (m: Meeting, iso: string) => clockIn(iso, zone(m));
const themeOf = (m: Meeting) => m.form.theme || m.issue.title;
const when = (m: Meeting) =>
  m.form.date
    ? `${m.form.date}${m.form.start ? ` ${m.form.start}` : ""} (${zone(m)})`
    : "date to be set";
const formatName = { "lean-coffee": "Lean coffee", unconference: "Unconference", talk: "Talk" };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
/** People's words on one line, cut to a length every platform shows whole. */
const words = (text: string, max = 500) => cutText(text.replace(/\s+/g, " ").trim(), max, "…");

function agenda(ctx: NotifyContext, entries: QueueEntry[]): NoticeSection[] {
  if (entries.length === 0) return [];
  return [
    {
      heading: "Top topics",
      list: true,
      lines: entries
        .slice(0, shown)
        .map((e) => [topicSpan(ctx, e.topic.number), { text: ` · ${plural(e.votes, "vote")}` }]),
    },
  ];
}

function seats(m: Meeting): string {
  const left = Math.max(0, m.form.capacity - m.roster.seated.length);
  return left > 0
    ? `${plural(left, "seat")} left of ${m.form.capacity}`
    : `full (${m.form.capacity} seats); a /join goes on the waitlist`;
}

/** The seated people whose GitHub invitation (meetings.invite) is still pending. */
const pendingOf = (m: Meeting) =>
  m.roster.seated.filter((login) => m.seats?.invited[login.toLowerCase()]?.state === "pending");

const announced: Builder<"meeting.announced" | "meeting.reminder"> = (input, ctx) => {
  const m = input.meeting;
  const reminder = input.event === "meeting.reminder";
  return {
    title: `${reminder ? "Reminder" : "New meeting"}: ${words(themeOf(m), 120)}, ${when(m)}`,
    url: m.issue.url,
    sections: [
      {
        lines: [
          [{ text: `${formatName[m.form.format]} · ${when(m)} · ${seats(m)}` }],
          [
            { text: "To take a seat, comment /join on " },
            { text: `#${m.issue.number}`, url: m.issue.url },
          ],
          // A day before, who has a seat but has not accepted the GitHub invitation yet.
          ...(reminder && pendingOf(m).length > 0
            ? [
                [
                  { text: "Not accepted the GitHub invitation yet: " },
                  ...pendingOf(m).flatMap((login, i) => [
                    ...(i > 0 ? [{ text: ", " }] : []),
                    person(ctx, login),
                  ]),
                ],
              ]
            : []),
        ],
      },
      ...agenda(ctx, input.agenda),
    ],
  };
};

const topicNow: Builder<"topic.now"> = (input, ctx) => {
  const m = input.meeting;
  const { sponsorMinutes, discussionMinutes } = ctx.config.meetings;
  return {
    title: `Now on the table: ${topicTitle(ctx, input.topic)}`,
    url: m.issue.url,
    sections: [
      {
        lines: [
          [topicSpan(ctx, input.topic)],
          [
            ...(input.sponsor
              ? [person(ctx, input.sponsor), { text: ` opens it (${sponsorMinutes} min), then ` }]
              : [{ text: `Nobody sponsors it; ${sponsorMinutes} min to open, then ` }]),
            {
              text: `${discussionMinutes} min of discussion, until ${clock(m, input.until)} (${zone(m)}).`,
            },
          ],
        ],
      },
    ],
  };
};

const timeboxEnded: Builder<"timebox.ended"> = (input, ctx) => {
  const m = input.meeting;
  const more = ctx.config.meetings.extensionMinutes[0];
  return {
    title: `Time's up: ${topicTitle(ctx, input.topic)}`,
    url: m.issue.url,
    sections: [
      {
        lines: [
          [
            topicSpan(ctx, input.topic),
            { text: ` · the timebox ended at ${clock(m, input.until)}.` },
          ],
          [
            { text: `Vote now on ` },
            { text: `#${m.issue.number}`, url: m.issue.url },
            { text: `: 👍 to go on ${more} more minutes, 👎 to move on.` },
          ],
        ],
      },
    ],
  };
};

const topicOutcome: Builder<"topic.outcome"> = (input, ctx) => {
  const d = input.discussion;
  const outcome = d.outcome;
  return {
    title: `Outcome: ${topicTitle(ctx, d.topic)}`,
    url: outcome?.url ?? issueUrl(ctx, d.topic),
    sections: [
      {
        lines: [
          [topicSpan(ctx, d.topic)],
          ...(outcome
            ? [[{ text: words(outcome.text) }], [{ text: "by " }, person(ctx, outcome.by)]]
            : []),
        ],
      },
    ],
  };
};

const meetingEnded: Builder<"meeting.ended"> = (input, ctx) => {
  const m = input.meeting;
  const started = m.startedAt ?? input.at;
  const page = `${ctx.site}/${ctx.repository}/blob/HEAD/${ctx.config.pages.meetings}/${meetingSlug(m)}.md`;
  const sections: NoticeSection[] = [
    {
      lines: [
        [
          {
            text: `${clock(m, started)}–${clock(m, input.at)} (${zone(m)}), ${plural(minutesBetween(started, input.at), "minute")}, ${plural(m.discussions.length, "topic")}, ${plural(m.roster.seated.length, "participant")}.`,
          },
        ],
      ],
    },
  ];
  if (m.discussions.length > 0)
    sections.push({
      heading: "Topics",
      list: true,
      lines: m.discussions.map((d): Line => {
        const minutes = minutesBetween(d.began, d.ended ?? input.at);
        const extended =
          d.extensions.length > 0 ? `, extended ${plural(d.extensions.length, "time")}` : "";
        return [
          topicSpan(ctx, d.topic),
          { text: ` · ${minutes} min${extended}` },
          ...(d.outcome ? [{ text: ` · Outcome: ${words(d.outcome.text, 300)}` }] : []),
        ];
      }),
    });
  const takeaways = [...m.takeaways, ...m.discussions.flatMap((d) => d.takeaways)];
  if (takeaways.length > 0)
    sections.push({
      heading: "Takeaways",
      list: true,
      lines: takeaways.map((t) => [{ text: `${words(t.text, 300)} · ` }, person(ctx, t.by)]),
    });
  if (m.checkins.length > 0)
    sections.push({
      heading: "Check-in",
      list: true,
      lines: m.checkins.map((c) => [
        {
          text:
            c.answer === "vote"
              ? `${c.set}: ${c.statements.map((s, i) => `${i + 1}. ${s.up} 👍 ${s.down} 👎`).join(" · ")}`
              : `${c.set}: ${plural(c.replies, "answer")}`,
        },
      ]),
    });
  sections.push({
    lines: [[{ text: "The meeting page: " }, { text: `${meetingSlug(m)}.md`, url: page }]],
  });
  return { title: `Meeting ended: ${words(themeOf(m), 120)}`, url: page, sections };
};

const retroOpened: Builder<"retro.opened"> = (input, ctx) => ({
  title: `Retro open: ${words(input.title, 120)}`,
  url: `${ctx.site}/${ctx.repository}/issues?q=${encodeURIComponent(`is:issue is:open label:"${ctx.config.labels.retro}"`)}`,
  sections: [
    {
      heading: "Answer in a comment that starts with its prompt; 👍 a comment to discuss it",
      list: true,
      lines: retroPrompts.map((p) => [{ text: `${p.prefix} ${p.title}` }]),
    },
  ],
});

const actionItems: Builder<"action-items"> = (input, ctx) => ({
  title: `${plural(input.items.length, "new action item")} from ${words(input.retro, 120)}`,
  url: `${ctx.site}/${ctx.repository}/issues?q=${encodeURIComponent(`is:issue is:open label:"${ctx.config.labels.actionItem}"`)}`,
  sections: [
    {
      list: true,
      lines: input.items.map((i) => [
        { text: `${words(i.title, 200)} · owner ` },
        person(ctx, i.owner),
      ]),
    },
  ],
});

const digest: Builder<"digest"> = (input, ctx) => {
  const topics = (list: Topic[]): Line[] =>
    list.slice(0, shown).map((t) => [topicSpan(ctx, t.number)]);
  const sections: NoticeSection[] = [];
  sections.push({
    heading: `New topics since ${input.since.slice(0, 10)}`,
    list: input.added.length > 0,
    lines: input.added.length > 0 ? topics(input.added) : [[{ text: "None this week." }]],
  });
  sections.push(...agenda(ctx, input.top));
  if (input.unsponsored.length > 0)
    sections.push({
      heading: "Looking for a sponsor (assign yourself)",
      list: true,
      lines: topics(input.unsponsored),
    });
  return {
    title: `This week on the board: ${plural(input.added.length, "new topic")}, ${plural(input.top.length, "topic")} in the queue`,
    url: `${ctx.site}/${ctx.repository}/blob/HEAD/${ctx.config.pages.topics}`,
    sections,
  };
};

/** Each event's notice. A new event is a builder here and a name in the config's list. */
const builders: { [E in NotifyEvent]: Builder<E> } = {
  "meeting.announced": (input, ctx) => announced(input, ctx),
  "meeting.reminder": (input, ctx) => announced(input, ctx),
  "topic.now": topicNow,
  "timebox.ended": timeboxEnded,
  "topic.outcome": topicOutcome,
  "meeting.ended": meetingEnded,
  "retro.opened": retroOpened,
  "action-items": actionItems,
  digest,
};

/** The notice of an event, before any medium's format. */
export function noticeOf(input: NotifyInput, ctx: NotifyContext): Notice {
  const build = builders[input.event] as Builder<NotifyEvent>;
  return { event: input.event, ...build(input as never, ctx) };
}
