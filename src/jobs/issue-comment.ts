import {
  type Command,
  commandsToRun,
  maxCommandsPerComment,
  meetingCommands,
  parseCommands,
  sameName,
} from "../core/index.js";
import { toldOnce, withConfig } from "./cached-config.js";
import type { CommentCommands, CommentInput } from "./comment-input.js";
import type { FollowUp } from "./follow-up.js";
import { onKeyResultCheckin } from "./key-result-checkin.js";
import { meetingComment } from "./meeting-comment.js";
import { onPromote } from "./promote.js";
import { type Arrival, commentRecountsOnly, foldedRecount } from "./recount-fold.js";
import type { RepoRun, RunContext } from "./run-context.js";
import { onTopicComment } from "./topic-comment.js";
import { runUseCase, type UseCase } from "./use-case.js";

export type { CommentCommands, CommentInput } from "./comment-input.js";

/** Whether a comment gives any slash command: only then is a broken config worth a reply. */
export function givesCommands(body: string): boolean {
  return parseCommands(body).length > 0;
}

/** The comment's commands, parsed once: the app parses a delivery's comment here and hands it on. */
export function parseComment(body: string): CommentCommands {
  const all = parseCommands(body);
  const { commands: run, ignored } = commandsToRun(all);
  return { all, run, ignored };
}

/** What a comment's commands set in motion besides the meeting's own: a round's ballots settled. */
const closesVotes = (parsed: CommentCommands): FollowUp[] =>
  parsed.all.some((c) => c.name === "close-votes") ? [{ trigger: "ballots-settle", data: {} }] : [];

/** The commands past the cap, said in the reply of the first use case that answers. */
function noticesOf({ ignored }: CommentCommands): string[] {
  if (ignored === 0) return [];
  return [
    `${ignored} more ${ignored === 1 ? "command" : "commands"} in this comment ${ignored === 1 ? "was" : "were"} not run: Roundtable runs at most ${maxCommandsPerComment} commands a comment. Comment again with the rest.`,
  ];
}

/**
 * A new comment on an issue, run by `runUseCase`: a dispatcher. Its commands are parsed once
 * (or were, by the app), and each goes to the one use case that takes it, run in turn through the
 * runner (each one load, one plan, one apply), since each reads what the one before wrote:
 *
 * 1. /checkin off a meeting: a key result's check-in, when the issue (re-read) is a key result.
 * 2. /promote, on a topic or in its meeting: the roadmap item opened and linked (the first one).
 * 3. Meeting commands on a meeting issue: the 👀, the meeting event, its pages (meeting-comment.ts).
 * 4. Every other command, or none on a topic: the topic job.
 *
 * The plan writes nothing itself; it returns what follows, as data: the timeboxes' ends, the
 * seats' timers, the pages' retry, the ballots settled.
 */
export const onIssueComment: UseCase<
  CommentInput,
  { parsed: CommentCommands; followUps: FollowUp[] },
  Record<string, never>
> = {
  async load(run, input) {
    const parsed = input.commands ?? parseComment(input.comment.body);
    return { parsed, followUps: await dispatch(run, input, parsed) };
  },
  plan: ({ parsed, followUps }) => ({
    effects: [],
    followUps: [...followUps, ...closesVotes(parsed)],
    result: {},
  }),
};

/** Each of the comment's commands to the use case that takes it; what the meeting's set going. */
async function dispatch(
  run: RunContext,
  input: CommentInput,
  parsed: CommentCommands,
): Promise<FollowUp[]> {
  const { config } = run;
  const { issue } = input;
  const all = parsed.run;
  const notices = noticesOf(parsed);
  const is = (label: string) => issue.labels.some((l) => sameName(l, label));
  const isMeeting = is(config.labels.meeting);
  const forMeeting = isMeeting ? all.filter((c) => meetingCommands.has(c.name)) : [];
  const checkins = isMeeting ? [] : all.filter((c) => c.name === "checkin");
  const forKeyResult =
    checkins.length > 0 &&
    (await runUseCase(onKeyResultCheckin, run, { ...input, checkins })).handled
      ? checkins
      : [];
  const promotes = all.filter((c) => c.name === "promote");
  if (promotes[0]) await runUseCase(onPromote, run, { ...input, command: promotes[0] });
  const taken = new Set<Command>([...forMeeting, ...forKeyResult, ...promotes]);
  const commands = all.filter((c) => !taken.has(c));
  const followUps =
    forMeeting.length > 0
      ? await meetingComment(run, {
          issue: issue.number,
          comment: { ...input.comment, commands: parsed.all },
          answerTo: {
            issue: issue.number,
            commentId: input.comment.id,
            notices: notices.splice(0),
            last: commands.length === 0,
            ...(input.retried ? { retried: true } : {}),
          },
        })
      : [];
  if (commands.length === 0 && (taken.size > 0 || !is(config.labels.topic))) return followUps;
  await runUseCase(onTopicComment, run, {
    ...(input.retried ? { retried: true } : {}),
    issue: issue.number,
    isTopic: is(config.labels.topic),
    comment: { id: input.comment.id, login: input.comment.login },
    commands,
    notices,
  });
  return followUps;
}

/**
 * A comment as the app's trigger runs it: the repository's config (a broken one told only to a
 * comment with commands), then the use case; a comment that only recounts a topic's board is
 * folded into a recount that started after it came (recount-fold.ts), and a setup problem found
 * while loading is told once on the issue. Answers what the use case set in motion.
 */
export async function commentEvent(
  run: RepoRun,
  input: CommentInput & { commands: CommentCommands },
  arrival: Arrival,
): Promise<FollowUp[]> {
  const { issue, commands } = input;
  const configured = await withConfig(run, commands.all.length > 0 ? issue.number : null);
  if (!configured) return [];
  const work = () =>
    toldOnce(run, issue.number, () => runUseCase(onIssueComment, configured, input));
  if (commentRecountsOnly(commands, issue.labels, configured.config)) {
    await foldedRecount(run, arrival, work);
    return [];
  }
  return (await work())?.followUps ?? [];
}
