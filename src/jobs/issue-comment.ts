import {
  commandsToRun,
  type Effect,
  marker,
  maxCommandsPerComment,
  meetingCommands,
  parseCommands,
  sameName,
} from "../core/index.js";
import { applyPlan } from "../github/index.js";
import { renderReply } from "../render/index.js";
import type { CommentCommands, CommentInput, CommentRun } from "./comment-input.js";
import { type FollowUp, meetingFollowUps } from "./follow-up.js";
import { onKeyResultCheckin } from "./key-result-checkin.js";
import { onMeetingEvent } from "./meeting.js";
import { onPromote } from "./promote.js";
import { gateOf, type RunContext } from "./run-context.js";
import { onTopicComment } from "./topic-comment.js";

export type { CommentCommands, CommentInput } from "./comment-input.js";

/** The effects that settle a retried command once it is done: 😕 taken back, the reply mended. */
function retriedDone(options: CommentRun, replied: boolean, refused: boolean) {
  if (!options.retried) return [];
  return [
    ...(refused
      ? []
      : [
          { kind: "unreact" as const, commentId: options.comment.id, content: "confused" as const },
        ]),
    ...(replied
      ? []
      : [
          {
            kind: "upsert-comment" as const,
            issue: options.issue.number,
            marker: marker(`reply:${options.comment.id}`),
            body: renderReply([
              "Done: Roundtable completed this command after GitHub failed a moment.",
            ]),
          },
        ]),
  ];
}

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

/**
 * A new comment on an issue. Meeting commands on a meeting issue go to the meeting job, whose
 * answers (a refusal, a place on the waitlist) the person gets in one reply; every other command,
 * or none, goes to the topic job. Each comment with commands is marked 👀, then 👍 or 😕. Returns
 * what follows, as data: the timeboxes' ends, the seats' timers, the pages' retry, the ballots.
 */
export async function onIssueComment(
  run: RunContext,
  input: CommentInput,
): Promise<{ followUps: FollowUp[] }> {
  const options: CommentRun = { ...run, ...input };
  const { config, issue } = options;
  const parsed = options.commands ?? parseComment(options.comment.body);
  const { run: all, ignored } = parsed;
  const comment = { ...options.comment, commands: parsed.all };
  const notices =
    ignored > 0
      ? [
          `${ignored} more ${ignored === 1 ? "command" : "commands"} in this comment ${ignored === 1 ? "was" : "were"} not run: Roundtable runs at most ${maxCommandsPerComment} commands a comment. Comment again with the rest.`,
        ]
      : [];
  const isMeeting = issue.labels.some((l) => sameName(l, config.labels.meeting));
  const forMeeting = isMeeting ? all.filter((c) => meetingCommands.has(c.name)) : [];
  // /checkin off a meeting is a key result's check-in, when the issue (re-read) is a key result.
  const checkins = isMeeting ? [] : all.filter((c) => c.name === "checkin");
  const forKeyResult =
    checkins.length > 0 && (await onKeyResultCheckin(options, checkins)) ? checkins : [];
  // /promote, on a topic or in its meeting, opens the roadmap item: the first one of a comment.
  const promotes = all.filter((c) => c.name === "promote");
  if (promotes[0]) await onPromote(options, promotes[0]);
  const commands = all.filter(
    (c) => !forMeeting.includes(c) && !forKeyResult.includes(c) && !promotes.includes(c),
  );
  const isTopic = issue.labels.some((l) => sameName(l, config.labels.topic));
  const meeting =
    forMeeting.length > 0
      ? await onMeetingComment({ ...options, comment }, commands.length === 0, notices.splice(0))
      : [];
  const followUps = { followUps: [...meeting, ...closesVotes(parsed)] };
  const handled = forMeeting.length > 0 || forKeyResult.length > 0 || promotes.length > 0;
  if (commands.length === 0 && (handled || !isTopic)) return followUps;
  await onTopicComment(run, {
    ...(input.retried ? { retried: true } : {}),
    issue: issue.number,
    isTopic,
    comment: { id: comment.id, login: comment.login },
    commands,
    notices,
  });
  return followUps;
}

/**
 * The meeting job on a comment: marked 👀 first, then the event's one plan, answered last;
 * `last`: no topic command follows (then the 👍 or 😕 is this job's to give).
 */
async function onMeetingComment(
  options: CommentRun,
  last: boolean,
  notices: string[],
): Promise<FollowUp[]> {
  const { comment, issue } = options;
  const after = (answer: { replies: string[]; refused: boolean }): Effect[] => {
    const replies = [...answer.replies, ...notices];
    return [
      ...(replies.length > 0
        ? [
            {
              kind: "upsert-comment" as const,
              issue: issue.number,
              marker: marker(`reply:${comment.id}`),
              body: renderReply(replies),
            },
          ]
        : []),
      ...(last ? retriedDone(options, replies.length > 0, answer.refused) : []),
      ...(last
        ? [
            {
              kind: "react" as const,
              commentId: comment.id,
              content: answer.refused ? ("confused" as const) : ("+1" as const),
            },
          ]
        : []),
    ];
  };
  // The 👀 first, on its own, before anything is read: the person sees at once that the command
  // was taken, and a command whose read never ends is still found and settled.
  const { github } = options;
  await applyPlan(
    github,
    [{ kind: "react", commentId: comment.id, content: "eyes" }],
    gateOf(options, null),
  );
  const result = await onMeetingEvent(options, {
    issue: issue.number,
    comment,
    answer: after,
  });
  return meetingFollowUps(issue.number, result);
}
