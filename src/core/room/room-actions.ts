import { tableVerdict } from "../meetings/meeting-plan.js";
import { phaseAt, type RoomState } from "./room.js";

/** The facilitator's commands the room's buttons post. */
export type RoomCommand = "start" | "next" | "extend" | "checkin" | "end" | "close-votes";

/** One button of the facilitator's, saying what its command does at the moment it is drawn. */
export interface RoomAction {
  command: RoomCommand;
  /**
   * What the command does, as a key ("close-13-take-5", "extend-13"): the page sends it with the
   * press, and the server refuses a press whose outcome changed since the button was drawn.
   */
  does: string;
  /** The button's words: what happens when it is pressed ("Move on to #5"). */
  label: string;
  /** A line under the label (the next topic's title). */
  detail?: string;
  kind: "primary" | "secondary" | "danger";
}

const counts = (vote: { up: number; down: number }) => `${vote.up} 👍 ${vote.down} 👎`;

/**
 * The actions that make sense in the room at `at`, each labelled with what it does then. The
 * labels come from `tableVerdict`, the rule the meeting applies to `/next` and `/extend`, so a
 * button never says "Next" and extends.
 */
export function roomActions(room: RoomState, at: string): RoomAction[] {
  const phase = phaseAt(room, at);
  if (phase === "ended") return [];
  const actions: RoomAction[] = [];
  const { table } = room;
  if (phase === "not-started")
    actions.push({ command: "start", does: "start", label: "Start the meeting", kind: "primary" });
  if (phase === "between-topics" && room.next)
    actions.push({
      command: "next",
      does: `take-${room.next.number}`,
      label: `Take up #${room.next.number}`,
      detail: room.next.title,
      kind: "primary",
    });
  if (table) actions.push(...tableActions(room, table, at));
  if (phase === "between-topics" || phase === "time-up")
    actions.push({
      command: "checkin",
      does: `checkin-${room.checkin}`,
      label: `Check-in: ${room.checkin}`,
      kind: "secondary",
    });
  if (room.votesHidden)
    actions.push({
      command: "close-votes",
      does: "close-votes",
      label: "Close the voting round",
      detail: "Shows the counts to everyone.",
      kind: "secondary",
    });
  if (phase !== "not-started")
    actions.push({ command: "end", does: "end", label: "End the meeting", kind: "danger" });
  return actions;
}

/**
 * The buttons for the topic on the table: extend it, when the roman vote would or could, and
 * move on (or close it, with the queue empty) unless the vote says extend.
 */
function tableActions(
  room: RoomState,
  table: NonNullable<RoomState["table"]>,
  at: string,
): RoomAction[] {
  const actions: RoomAction[] = [];
  const verdict = tableVerdict("next", table.until, at, table.vote);
  const voted = verdict === "close-by-vote" ? ` (${counts(table.vote)})` : "";
  if (verdict === "extend" || tableVerdict("extend", table.until, at, table.vote) === "extend")
    actions.push({
      command: "extend",
      does: `extend-${table.number}`,
      label: `Extend ${room.extendMinutes} min (${counts(table.vote)})`,
      detail: `#${table.number} ${table.title}`,
      kind: verdict === "extend" ? "primary" : "secondary",
    });
  if (verdict !== "extend")
    actions.push(
      room.next
        ? {
            command: "next",
            does: `close-${table.number}-take-${room.next.number}`,
            label: `Move on to #${room.next.number}${voted}`,
            detail: room.next.title,
            kind: "primary",
          }
        : {
            command: "next",
            does: `close-${table.number}`,
            label: `Close #${table.number}${voted}`,
            detail: "The queue is empty: no topic follows.",
            kind: "primary",
          },
    );
  return actions;
}

/** The roman vote's rule, as the room states it beside the tally. */
export function romanVoteRule(room: RoomState): string {
  return `More 👍 than 👎 when time is up extends the topic by ${room.extendMinutes} min; otherwise it closes.`;
}

/**
 * Why a press of `command` (drawn as `does`) is refused at `at`, in words for the person who
 * pressed it; undefined when the command does now what its button said.
 */
export function pressRefusal(
  room: RoomState,
  command: RoomCommand,
  does: string | null,
  at: string,
): string | undefined {
  const actions = roomActions(room, at).filter((a) => a.command === command);
  const now = does ? actions.find((a) => a.does === does) : actions[0];
  if (now) return undefined;
  if (actions[0])
    return `The room changed since this button was drawn: it now says "${actions[0].label}". Press again if that is what you want.`;
  return whyNot(room, command, at);
}

function whyNot(room: RoomState, command: RoomCommand, at: string): string {
  const phase = phaseAt(room, at);
  const { table } = room;
  if (phase === "ended")
    return "This meeting has ended: open a new meeting issue for the next one.";
  if (command === "start") return "The meeting has started already.";
  if (command === "close-votes") return "The voting round is closed already: its counts are shown.";
  if (phase === "not-started") return "The meeting has not started yet: start it first.";
  if (command === "next") return "The queue is empty: there is no topic to take up.";
  if (command === "extend")
    return table
      ? `The roman vote does not extend #${table.number}: it needs more 👍 than 👎 (now ${counts(table.vote)}).`
      : "No topic is on the table: there is nothing to extend.";
  if (command === "checkin")
    return "The check-in comes between topics or when time is up, not while a topic is discussed.";
  return "That is not something the room does now.";
}
