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
import { facilitates, type GitHub, readIssueTypes, readPromoted } from "../github/index.js";
import { renderPromotedItem, renderPromotedNote, renderReply } from "../render/index.js";
import type { CommentInput, CommentRun } from "./comment-input.js";
import { loadBoard } from "./load-board.js";
import type { RunContext } from "./run-context.js";
import { runUseCase, type UseCase } from "./use-case.js";

/** What a `/promote` decided: refused with a reason, or the topic, its meeting and key result. */
type Decision =
  | { refusal: string }
  | { topic: Topic; from: PromotedFrom | null; keyResult: IssueRecord | null };

/** A comment's /promote (its first), as the promote use case takes it. */
export type PromoteInput = CommentInput & { command: Command };

/** What a /promote reads: the board, the decision, and the roadmap item (opened if it was not). */
interface PromoteRead {
  snapshot: Snapshot;
  decision: Decision;
  /** The roadmap item as GitHub holds it; null when refused, or a dry run opened none. */
  item: PromotedItem | null;
  wantedType: string | null;
}

/**
 * `/promote [#KR]` on a discussed topic, or in the meeting that discussed it (the topic on the
 * table, else the last one), run by `runUseCase`. Once a topic, however often it is given or
 * delivered, on however many instances: the repository's lease orders the runs, and each looks
 * for the item first.
 *
 * 1. Load the board; decide the topic, whether the person may (a facilitator or its sponsor), and
 *    the key result named.
 * 2. Open the roadmap item unless the topic has one (typed Roadmap item where the owner has that
 *    type, else labelled): its own use case, through the runner, since what follows needs the
 *    item's number and what GitHub kept of its type; then read it back from GitHub.
 * 3. Plan: put it under the key result (never taken from another parent), label it if GitHub
 *    dropped its type, note it on the topic; the reply and 👍, or 😕 with the reason.
 */
export const onPromote: UseCase<PromoteInput, PromoteRead, Record<string, never>> = {
  async load(run, input) {
    const { github, owner, repo } = run;
    const { snapshot } = await loadBoard(github, run);
    const decision = await decide(github, { ...run, ...input }, snapshot, input.command);
    if ("refusal" in decision) return { snapshot, decision, item: null, wantedType: null };
    const wantedType = await roadmapType(github, run);
    const topic = decision.topic.number;
    const item = await readPromoted(github, { owner, repo, topic });
    if (item) return { snapshot, decision, item, wantedType };
    await runUseCase(promotedItem, run, { topic: decision.topic, from: decision.from, wantedType });
    // A dry run opened nothing: what it would do next depends on the item it did not open.
    const opened = await readPromoted(github, { owner, repo, topic });
    return { snapshot, decision, item: opened, wantedType };
  },
  plan({ snapshot, decision, item, wantedType }, input, { config }) {
    if ("refusal" in decision) return settled(input, [decision.refusal], true);
    if (!item) return settled(input, [], false);
    const links = planPromotedLinks(item, decision.keyResult?.number ?? null, {
      type: wantedType,
      label: config.labels.roadmap,
    });
    const parent = links.subIssue?.parent ?? item.parent;
    const under = snapshot.issues.find((i) => i.number === parent) ?? null;
    const linked = linkEffects(decision.topic, item, links, under);
    const { effects } = settled(input, links.notes, false);
    return { effects: [...linked, ...effects], result: {} };
  },
};

/** A topic's roadmap item opened (typed where the owner has the type, else labelled). */
export const promotedItem: UseCase<
  { topic: Topic; from: PromotedFrom | null; wantedType: string | null },
  null,
  Record<string, never>
> = {
  load: async () => null,
  plan: (_, { topic, from, wantedType }, { config }) => ({
    effects: [
      {
        kind: "open-issue",
        marker: promotedMarker(topic.number),
        title: topic.title,
        body: renderPromotedItem(topic, from),
        labels: wantedType ? [] : [config.labels.roadmap],
        assignees: [],
        ...(wantedType ? { type: wantedType } : {}),
      },
    ],
    result: {},
  }),
};

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
async function roadmapType(github: GitHub, options: RunContext): Promise<string | null> {
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
function settled(
  { comment, issue }: PromoteInput,
  replies: string[],
  refused: boolean,
): { effects: Effect[]; result: Record<string, never> } {
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
  return {
    effects: [
      ...reply,
      { kind: "react", commentId: comment.id, content: refused ? "confused" : "+1" },
    ],
    result: {},
  };
}
