import {
  boardOf,
  type Command,
  type Effect,
  type IssueRecord,
  keyResultRefusal,
  marker,
  meetingsOf,
  type PromotedFrom,
  type PromotedItem,
  parsePromoteArgs,
  planPromotedLinks,
  promotedMarker,
  promotedNoteMarker,
  promotedRecord,
  promotedTopic,
  promoteRefusal,
  type Snapshot,
  type Topic,
} from "../core/index.js";
import {
  applyPlan,
  facilitates,
  type GitHub,
  readIssueTypes,
  readPromoted,
} from "../github/index.js";
import { renderPromotedItem, renderPromotedNote, renderReply } from "../render/index.js";
import type { CommentRun } from "./comment-input.js";
import { loadBoard } from "./load-board.js";
import { gateOf } from "./run-context.js";

/** What a `/promote` decided: refused with a reason, or the topic, its meeting and key result. */
type Decision =
  | { refusal: string }
  | { topic: Topic; from: PromotedFrom | null; keyResult: IssueRecord | null };

/**
 * `/promote [#KR]` on a discussed topic, or in the meeting that discussed it (the topic on the
 * table, else the last one). Once a topic, however often it is given or delivered, on however many
 * instances: the repository's lease orders the runs, and each looks for the item first.
 *
 * 1. Load the board; decide the topic, whether the person may (a facilitator or its sponsor), and
 *    the key result named.
 * 2. Open the roadmap item unless the topic has one (typed Roadmap item where the owner has that
 *    type, else labelled), and read it back from GitHub.
 * 3. Put it under the key result (never taken from another parent), label it if GitHub dropped
 *    its type, note it on the topic; the reply and 👍, or 😕 with the reason.
 */
export async function onPromote(options: CommentRun, command: Command): Promise<void> {
  const { github, owner, repo, config } = options;
  const gate = gateOf(options, null);
  const { snapshot } = await loadBoard(github, options);
  const decision = await decide(github, options, snapshot, command);
  if ("refusal" in decision) return settle(github, options, [decision.refusal], true);
  const { topic, from, keyResult } = decision;
  const wantedType = await roadmapType(github, options);
  let item = await readPromoted(github, { owner, repo, topic: topic.number });
  if (!item) {
    const open: Effect = {
      kind: "open-issue",
      marker: promotedMarker(topic.number),
      title: topic.title,
      body: renderPromotedItem(topic, from),
      labels: wantedType ? [] : [config.labels.roadmap],
      assignees: [],
      ...(wantedType ? { type: wantedType } : {}),
    };
    await applyPlan(github, [open], gate);
    item = await readPromoted(github, { owner, repo, topic: topic.number });
  }
  // A dry run opened nothing: what it would do next depends on the item it did not open.
  if (!item) return settle(github, options, [], false);
  const links = planPromotedLinks(item, keyResult?.number ?? null, {
    type: wantedType,
    label: config.labels.roadmap,
  });
  const parent = links.subIssue?.parent ?? item.parent;
  const under = snapshot.issues.find((i) => i.number === parent) ?? null;
  await applyPlan(github, linkEffects(topic, item, links, under), gate);
  await settle(github, options, links.notes, false);
}

/** The topic, the person's authority over it and the key result named, as GitHub holds them now. */
async function decide(
  github: GitHub,
  options: CommentRun,
  snapshot: Snapshot,
  command: Command,
): Promise<Decision> {
  const { owner, repo, config, comment } = options;
  const args = parsePromoteArgs(command.args);
  if ("error" in args) return { refusal: args.error };
  const board = boardOf(snapshot, config);
  const found = promotedTopic(board.topics, meetingsOf(snapshot, config), options.issue.number);
  if ("error" in found) return { refusal: found.error };
  const who = {
    login: comment.login,
    facilitates: await facilitates(
      github,
      { owner, repo, config, log: options.log },
      { login: comment.login, bot: false },
    ),
  };
  const refused = promoteRefusal(found.topic, found.from, who);
  if (refused) return { refusal: refused };
  if (args.keyResult === null) return { ...found, keyResult: null };
  const notKr = keyResultRefusal(snapshot, args.keyResult, config);
  if (notKr) return { refusal: notKr };
  const keyResult = snapshot.issues.find((i) => i.number === args.keyResult) ?? null;
  return { ...found, keyResult };
}

/** The roadmap item's issue type, where the owner has it (an organisation's types); else null. */
async function roadmapType(github: GitHub, options: CommentRun): Promise<string | null> {
  const name = options.config.kinds.roadmap;
  if (!name) return null;
  const types = await readIssueTypes(github, options.owner);
  return types?.find((t) => t.toLowerCase() === name.toLowerCase()) ?? null;
}

/** The item under its key result, its label where the type was dropped, the note on the topic. */
function linkEffects(
  topic: Topic,
  item: PromotedItem,
  links: ReturnType<typeof planPromotedLinks>,
  under: IssueRecord | null,
): Effect[] {
  return [
    ...(links.subIssue ? [{ kind: "add-sub-issue" as const, ...links.subIssue }] : []),
    ...(links.label
      ? [{ kind: "add-label" as const, issue: item.number, label: links.label }]
      : []),
    {
      kind: "upsert-comment",
      issue: topic.number,
      marker: promotedNoteMarker,
      body: `${renderPromotedNote(item, under)}\n${promotedRecord(item.number)}`,
    },
  ];
}

/** The reply (when there is anything to say) and the reaction on the command's comment. */
async function settle(
  github: GitHub,
  options: CommentRun,
  replies: string[],
  refused: boolean,
): Promise<void> {
  const { comment, issue } = options;
  const gate = gateOf(options, null);
  const reply: Effect[] =
    replies.length > 0
      ? [
          {
            kind: "upsert-comment",
            issue: issue.number,
            marker: marker(`reply:${comment.id}`),
            body: renderReply(replies),
          },
        ]
      : [];
  await applyPlan(
    github,
    [...reply, { kind: "react", commentId: comment.id, content: refused ? "confused" : "+1" }],
    gate,
  );
}
