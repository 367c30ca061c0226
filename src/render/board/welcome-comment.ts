import type { Root, RootContent } from "mdast";
import type { Config } from "../../config/index.js";
import type { Board } from "../../core/board/board.js";
import { parseTopicForm } from "../../core/board/topic-form.js";
import type { Topic } from "../../core/board/topics.js";
import { heading, inlineCode, list, paragraph, strong, text } from "../mdast.js";

/**
 * The bot's one answer to a new topic: how voting and sponsoring work here, where the topic stands
 * in the queue, and which questions of the form are still empty.
 */
export function renderWelcomeComment(topic: Topic, board: Board, config: Config): Root {
  const children: RootContent[] = [
    heading(3, "Thanks for the topic"),
    list([
      [strong("Vote"), text(howToVote(topic, config))],
      [
        strong("Sponsor"),
        text(" it by assigning yourself, or by commenting "),
        inlineCode("/sponsor"),
        text(". The sponsor opens the discussion in two minutes and writes down the outcome."),
      ],
      [
        strong("Where it stands:"),
        text(
          ` ${placeOf(topic, board)}${topic.sponsor ? ` Its sponsor is ${topic.sponsor}.` : " It needs a sponsor."}`,
        ),
      ],
    ]),
    ...missingAnswers(topic),
    commands(),
  ];
  return { type: "root", children };
}

/** Who may vote under the config, as the start of a sentence. */
function whoVotes({ votes }: Config): string {
  return votes.eligible === "everyone"
    ? "Everyone can vote"
    : votes.eligible === "collaborators"
      ? "The repository's collaborators can vote"
      : votes.eligible === "participants"
        ? "The participants of the next meeting (those seated with /join) can vote"
        : Array.isArray(votes.eligible)
          ? `The ${votes.eligible.length} people listed in the config can vote`
          : `Members of the team ${votes.eligible.team} can vote`;
}

/** The rest of the "Vote" item: where to vote, who may, and how many votes each has. */
function howToVote(topic: Topic, config: Config): string {
  const { votes } = config;
  const who = whoVotes(config);
  return votes.source === "ballots"
    ? ` on the ballot page of the Roundtable app (/roundtable/${repositoryOf(topic)}/ballot), not with 👍: ballots are private. ${who}; each person has ${votes.perPerson} ${votes.perPerson === 1 ? "dot" : "dots"}, at most ${votes.maxPerTopic} on one topic.`
    : ` with a 👍 on this issue. ${who}; each person has ${votes.perPerson} ${votes.perPerson === 1 ? "vote" : "votes"}, and only their earliest count while the topics are waiting.${votes.countAuthor ? "" : " Authors cannot vote for their own topics."}`;
}

/** Where the topic stands: its status, or its place in the queue with its votes. */
function placeOf(topic: Topic, board: Board): string {
  const rank = board.queue.toDiscuss.findIndex((e) => e.topic.number === topic.number);
  const entry = board.queue.toDiscuss[rank];
  return topic.status === "discussing"
    ? "It is being discussed now."
    : topic.status === "parked"
      ? "It is parked for now."
      : topic.status === "discussed"
        ? "It has been discussed."
        : board.hidden
          ? `It is in the queue of ${board.queue.toDiscuss.length} topics; votes are hidden until the round closes.`
          : `It is number ${rank + 1} of ${board.queue.toDiscuss.length} in the queue, with ${entry?.votes ?? 0} ${entry?.votes === 1 ? "vote" : "votes"}.`;
}

/** A nudge to answer the form's questions left empty, if any. */
function missingAnswers(topic: Topic): RootContent[] {
  const { missing } = parseTopicForm(topic.body);
  if (missing.length === 0) return [];
  return [
    paragraph(
      "One more thing: the form's ",
      ...missing.flatMap((label, i) => [text(i === 0 ? "" : ", "), strong(label)]),
      text(
        ` ${missing.length === 1 ? "question is" : "questions are"} still empty. Edit the issue to answer ${missing.length === 1 ? "it" : "them"}: it helps people decide what to vote for.`,
      ),
    ),
  ];
}

/** The commands a topic's issue understands. */
function commands(): RootContent {
  return paragraph(
    "Commands: ",
    inlineCode("/sponsor"),
    ", ",
    inlineCode("/unsponsor"),
    ", ",
    inlineCode("/park"),
    ", ",
    inlineCode("/unpark"),
    ", ",
    inlineCode("/recount"),
    ", ",
    inlineCode("/help"),
    ".",
  );
}

/** owner/name of the topic's repository, from its URL. */
const repositoryOf = (topic: Topic) => new URL(topic.url).pathname.split("/").slice(1, 3).join("/");
