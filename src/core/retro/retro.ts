import type { Config } from "../../config/index.js";
import { cutText } from "../cut-text.js";
import { sameName } from "../kernel/same-name.js";
import { type Effect, marker } from "../plan.js";
import { formatQuarter, nextQuarter, type Quarter, quarterOf, quarterStart } from "../quarters.js";
import type { CommentRecord, IssueRecord, Snapshot } from "../snapshot.js";

/** The retro's prompts: each answer is a comment that starts with one of these. */
export const retroPrompts = [
  { key: "wentWell", prefix: "Went well:", title: "What went well" },
  { key: "accomplished", prefix: "Accomplished:", title: "Did we accomplish what we said?" },
  { key: "didntGoWell", prefix: "Didn't go well:", title: "What didn't go well" },
  { key: "learned", prefix: "Learned:", title: "What we learned" },
  { key: "start", prefix: "Start:", title: "Start" },
  { key: "stop", prefix: "Stop:", title: "Stop" },
  { key: "continue", prefix: "Continue:", title: "Continue" },
] as const;

export interface RetroAnswer {
  comment: CommentRecord;
  text: string;
}

export interface ActionItem {
  /** The marker that finds its issue again: one issue per item, ever. */
  marker: string;
  text: string;
  owner: string;
  comment: CommentRecord;
  /** The action-item issue opened for it, once it exists. */
  issue: IssueRecord | undefined;
}

export interface Retro {
  /** `2026-Q4` for a quarter's retro, `meeting-12` for a meeting's. */
  key: string;
  issue: IssueRecord;
  quarter: Quarter | undefined;
  answers: Array<{ prompt: (typeof retroPrompts)[number]; items: RetroAnswer[] }>;
  actionItems: ActionItem[];
}

const keyOf = (issue: IssueRecord) => /<!-- roundtable:retro:([\w-]+) -->/.exec(issue.body)?.[1];

/** The snapshot's retros: issues labelled retro that Roundtable opened (they carry its marker). */
export function retrosOf(snapshot: Snapshot, config: Config): Retro[] {
  const actionIssues = snapshot.issues.filter((i) =>
    i.labels.some((l) => sameName(l, config.labels.actionItem)),
  );
  return snapshot.issues
    .filter((i) => i.labels.some((l) => sameName(l, config.labels.retro)))
    .flatMap((issue): Retro[] => {
      const key = keyOf(issue);
      if (!key) return [];
      const comments = (issue.comments ?? []).filter((c) => !c.author.bot);
      const answers = retroPrompts.map((prompt) => ({
        prompt,
        items: comments
          .filter((c) => c.body.trimStart().toLowerCase().startsWith(prompt.prefix.toLowerCase()))
          .map((comment) => ({
            comment,
            text: comment.body.trimStart().slice(prompt.prefix.length).trim(),
          }))
          .sort((a, b) => b.comment.votes - a.comment.votes || a.comment.id - b.comment.id),
      }));
      const actionItems = comments.flatMap((comment) =>
        actionTexts(comment.body).map((text, index): ActionItem => {
          const mark = marker(`action:${issue.number}:${comment.id}:${index}`);
          return {
            marker: mark,
            text,
            owner:
              /(?:^|\s)@([A-Za-z0-9][A-Za-z0-9-]{0,38})\b/.exec(text)?.[1] ?? comment.author.login,
            comment,
            issue: actionIssues.find((a) => a.body.includes(mark)),
          };
        }),
      );
      const quarter = /^\d{4}-Q[1-4]$/.test(key)
        ? { year: Number(key.slice(0, 4)), q: Number(key.slice(6)) as Quarter["q"] }
        : undefined;
      return [{ key, issue, quarter, answers, actionItems }];
    })
    .sort((a, b) => a.issue.createdAt.localeCompare(b.issue.createdAt));
}

/** A comment's action items: the comment itself when it starts with "Action:", and its open tasks. */
function actionTexts(body: string): string[] {
  const texts: string[] = [];
  const trimmed = body.trimStart();
  if (/^action:/i.test(trimmed))
    texts.push((trimmed.slice("action:".length).split("\n")[0] ?? "").trim());
  for (const line of body.split("\n")) {
    const task = /^\s*[-*] \[ \] (.+)$/.exec(line);
    if (task?.[1]) texts.push(task[1].trim());
  }
  return texts.filter((t) => t.length > 0);
}

export interface RetroOptions {
  now: string;
  /** Open a retro tied to this meeting issue (an offsite's closing retro) instead of the quarter's. */
  meeting?: IssueRecord;
}

/**
 * The retro job's plan. It opens the quarter's retro issue once, `retro.daysBeforeEnd` days before
 * the quarter ends (or a meeting's retro, when asked), leading with the previous retro's open
 * action items; and it opens each action item of every retro as an action-item issue, assigned to
 * its owner (the first @login in it, else the comment's author), once. Run twice, it plans nothing.
 */
export function planRetro(snapshot: Snapshot, config: Config, options: RetroOptions): Effect[] {
  const retros = retrosOf(snapshot, config);
  const effects: Effect[] = [];
  const start = config.roadmap.fiscalYearStart;
  const quarter = quarterOf(options.now, start);
  const ends = Date.parse(`${quarterStart(nextQuarter(quarter), start)}T00:00:00Z`);
  const due =
    options.meeting !== undefined ||
    ends - Date.parse(options.now) <= config.retro.daysBeforeEnd * 86_400_000;
  const key = options.meeting ? `meeting-${options.meeting.number}` : formatQuarter(quarter);
  if (due && !retros.some((r) => r.key === key)) {
    const previous = retros.at(-1);
    const open = previous?.actionItems.filter((a) => a.issue && a.issue.state === "open") ?? [];
    effects.push({
      kind: "open-issue",
      marker: marker(`retro:${key}`),
      title: options.meeting ? `Retro: ${options.meeting.title}` : `Retro ${key}`,
      body: retroBody(key, open, options.meeting),
      labels: [config.labels.retro],
      assignees: [],
    });
  }
  for (const retro of retros) {
    for (const item of retro.actionItems) {
      if (item.issue) continue;
      effects.push({
        kind: "open-issue",
        marker: item.marker,
        title: cutText(item.text, 90, "…"),
        body: `From the retro #${retro.issue.number}: ${item.comment.url}\n\n> ${item.text}`,
        labels: [config.labels.actionItem],
        assignees: [item.owner],
      });
    }
  }
  return effects;
}

function retroBody(key: string, open: ActionItem[], meeting: IssueRecord | undefined): string {
  const lines = [
    meeting ? `The closing retro of #${meeting.number}.` : `The retrospective of ${key}.`,
    "",
  ];
  if (open.length > 0) {
    lines.push(
      "**Still open from the last retro:**",
      "",
      ...open.map((a) => `- [ ] #${a.issue?.number} ${a.text}`),
      "",
    );
  }
  lines.push(
    "**How to answer:** one comment per point, starting with its prompt. 👍 a comment to vote for discussing it.",
    "",
    ...retroPrompts.map((p) => `- \`${p.prefix}\` ${p.title.toLowerCase()}`),
    "",
    "Write `Action: …` (or a task list item, `- [ ] …`) for something someone will do; mention its owner with @. Roundtable opens each as an action-item issue.",
  );
  return lines.join("\n");
}
