import type { Config } from "../config/index.js";
import { setStatus } from "./board/set-status.js";
import type { Topic } from "./board/topics.js";
import type { Command } from "./commands.js";
import { sameName } from "./kernel/same-name.js";
import { meetingCommands } from "./meetings/meeting-plan.js";
import type { Effect } from "./plan.js";

/** Who gave the command, and what they may do. */
export interface Commander {
  login: string;
  /** Named in `facilitators`, or has write access to the repository. */
  moderates: boolean;
}

/**
 * Whether this command, from this person, on this topic, takes a moderator (a facilitator, or
 * someone with write access): parking another person's topic, or taking someone else off it.
 * The one rule, used to decide whether to look the person's access up and to refuse them.
 */
export function needsModeration(
  command: Command,
  topic: Topic | undefined,
  login: string,
): boolean {
  if (!topic) return false;
  if (command.name === "park" || command.name === "unpark")
    return !sameName(topic.author.login, login);
  if (command.name === "unsponsor")
    return command.args !== "" && !sameName(command.args.replace(/^@/, ""), login);
  return false;
}

/** What a comment's topic commands add up to: the effects, the reply, and whether any was refused. */
export interface CommentPlan {
  effects: Effect[];
  replies: string[];
  refused: boolean;
}

/** Each command of a comment on a topic, planned in order. */
export function planTopicCommands(
  commands: Command[],
  topic: Topic | undefined,
  who: Commander,
  config: Config,
): CommentPlan {
  const plan: CommentPlan = { effects: [], replies: [], refused: false };
  for (const command of commands) {
    const outcome = planCommand(command, topic, who, config);
    if (outcome.kind !== "done") {
      plan.replies.push(outcome.reply);
    } else {
      // The same change asked twice in one comment is made once.
      const fresh = outcome.effects.filter(
        (effect) => !plan.effects.some((e) => JSON.stringify(e) === JSON.stringify(effect)),
      );
      plan.effects.push(...fresh);
    }
    if (outcome.kind === "refused") plan.refused = true;
  }
  return plan;
}

export type CommandOutcome =
  | { kind: "done"; effects: Effect[]; reply?: string }
  | { kind: "refused"; reply: string }
  | { kind: "help"; reply: string };

/**
 * What a slash command does, decided from the topic as it stands and who asked. Anyone may
 * sponsor a topic, recount, or ask for help; a sponsor may step down; parking is for the topic's
 * author and the moderators (facilitators, and people with write access).
 */
export function planCommand(
  command: Command,
  topic: Topic | undefined,
  who: Commander,
  config: Config,
): CommandOutcome {
  if (command.name === "help") return { kind: "help", reply: helpText(config) };
  if (meetingCommands.has(command.name)) {
    return {
      kind: "refused",
      reply: `\`/${command.name}\` works on meetings, and this issue is not one: it has no \`${config.labels.meeting}\` label.`,
    };
  }
  const run = Object.hasOwn(topicCommands, command.name)
    ? topicCommands[command.name as keyof typeof topicCommands]
    : undefined;
  if (!run) return { kind: "refused", reply: `I do not know \`/${command.name}\`. ${helpLine}` };
  if (!topic) {
    return {
      kind: "refused",
      reply: `\`/${command.name}\` works on topics, and this issue is not one: it has no \`${config.labels.topic}\` label.`,
    };
  }
  return run(command, topic, who, config);
}

/** A command on a topic: what it does there, once the topic is known to be one. */
type TopicCommand = (
  command: Command,
  topic: Topic,
  who: Commander,
  config: Config,
) => CommandOutcome;

/** Anyone may sponsor; a second sponsor only with `coSponsors`. */
const sponsor: TopicCommand = (_command, topic, who, config) => {
  if (topic.assignees.some((a) => sameName(a, who.login))) return { kind: "done", effects: [] };
  if (topic.sponsor && !config.coSponsors) {
    return {
      kind: "refused",
      reply: `This topic is sponsored by ${topic.sponsor} already, and a topic has one sponsor here. Ask them to \`/unsponsor\`, or a facilitator to set \`coSponsors: true\`.`,
    };
  }
  return {
    kind: "done",
    effects: [{ kind: "add-assignee", issue: topic.number, login: who.login }],
  };
};

/** A sponsor steps down; taking someone else off takes a moderator. */
const unsponsor: TopicCommand = (command, topic, who) => {
  const target = command.args.replace(/^@/, "") || who.login;
  if (needsModeration(command, topic, who.login) && !who.moderates) {
    return {
      kind: "refused",
      reply: `Only ${target} or a facilitator can take ${target} off this topic.`,
    };
  }
  if (!topic.assignees.some((a) => sameName(a, target))) return { kind: "done", effects: [] };
  return {
    kind: "done",
    effects: [{ kind: "remove-assignee", issue: topic.number, login: target }],
  };
};

/** Parking (and unparking) is for the topic's author and the moderators. */
const park: TopicCommand = (command, topic, who, config) => {
  if (!who.moderates && needsModeration(command, topic, who.login)) {
    return {
      kind: "refused",
      reply: `Only the topic's author (${topic.author.login}), the facilitators, and people with write access can \`/${command.name}\` it.`,
    };
  }
  const parked = topic.status === "parked";
  if (command.name === "park" ? parked : !parked) return { kind: "done", effects: [] };
  return {
    kind: "done",
    effects: setStatus(topic, command.name === "park" ? "parked" : "toDiscuss", config),
  };
};

/** The commands that work on topics; a recount happens on every command, so it adds nothing. */
const topicCommands = {
  recount: () => ({ kind: "done", effects: [] }),
  sponsor,
  unsponsor,
  park,
  unpark: park,
} satisfies Record<string, TopicCommand>;

const helpLine = "Type `/help` for the commands.";

/** The answer to `/help`: the commands, and how votes work here. */
export function helpText(config: Config): string {
  return [
    "### Roundtable commands",
    "",
    "- `/sponsor`: sponsor this topic (you open the discussion and write down the outcome).",
    "- `/unsponsor`: step down as sponsor.",
    "- `/park` and `/unpark`: set the topic aside, or bring it back (the author, facilitators, and people with write access).",
    "- `/recount`: count the votes and update the queue now.",
    "- `/promote [#12]`: once the topic is discussed, its sponsor or a facilitator opens its roadmap item, under key result #12 (here or in the meeting).",
    "",
    "On a meeting issue:",
    "",
    "- `/join` and `/leave`: take a seat, or give it up.",
    "- `/start`, `/next`, `/extend`, `/end`: the facilitator runs the meeting; `/next` takes the top-voted topic, and after its timebox tallies the roman vote (👍 go on, 👎 move on).",
    "- `/outcome <text>` (facilitator or sponsor) and `/takeaway <text>` (anyone at the table): about the topic on the table, or `#12` to name one.",
    "- `/accept #12`: the facilitator records topic #12 of the draft minutes (a transcript uploaded on the room page) as `/outcome` and `/takeaway` would; `--issues` opens its action items as issues.",
    "- `/checkin` or `/checkin <name>`: the facilitator posts a check-in.",
    "- `/schedule`: the facilitator plans an unconference's sessions from the dot votes.",
    "- `/close-votes`: the facilitator closes the voting round: ballots become final and hidden counts are shown.",
    "- `/help`: this list.",
    "",
    `Vote with a 👍 on a topic: each person has ${config.votes.perPerson} ${config.votes.perPerson === 1 ? "vote" : "votes"}, and only the earliest count.`,
  ].join("\n");
}
