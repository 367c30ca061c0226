import { z } from "zod";
import type { Config } from "../../config/index.js";
import { sameName } from "../board/status.js";
import { cutText } from "../cut-text.js";
import { marker } from "../plan.js";
import type { IssueRecord } from "../snapshot.js";

/** How a key result stands, as the person checking in says. */
export type CheckinStatus = "on-track" | "at-risk" | "off-track";
export const checkinStatuses: readonly CheckinStatus[] = ["on-track", "at-risk", "off-track"];

/** One dated check-in on a key result: `/checkin <value> [status] [note]`. */
export interface KrCheckin {
  at: string;
  value: number;
  status: CheckinStatus | null;
  note: string;
  by: string;
  /** The comment that gave it: a redelivered comment is recorded once. */
  comment: number;
}

/** The bot-owned comment on a key result that holds its check-ins. */
export const checkinsMarker = marker("checkins");

const recordSchema = z.object({
  version: z.literal(1),
  checkins: z
    .array(
      z.object({
        at: z.string(),
        value: z.number(),
        status: z.enum(["on-track", "at-risk", "off-track"]).nullable(),
        note: z.string(),
        by: z.string(),
        comment: z.int(),
      }),
    )
    .max(500),
});
const recordPattern = /<!-- roundtable:checkins-record (\{[\s\S]*?\}) -->/;

/** The record as a hidden line of the comment (angle brackets escaped: it cannot close itself). */
export function encodeCheckins(checkins: KrCheckin[]): string {
  const json = JSON.stringify({ version: 1, checkins })
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e");
  return `<!-- roundtable:checkins-record ${json} -->`;
}

/** The check-ins a record line holds; none when there is none or it does not read. */
export function decodeCheckins(body: string): KrCheckin[] {
  const match = recordPattern.exec(body);
  if (!match) return [];
  try {
    const parsed = recordSchema.safeParse(JSON.parse(match[1] as string));
    return parsed.success ? parsed.data.checkins : [];
  } catch {
    return [];
  }
}

/**
 * A key result's check-ins, oldest first: from Roundtable's own comment only (a record pasted by
 * anyone else means nothing).
 */
export function checkinsOf(issue: IssueRecord): KrCheckin[] {
  const own = (issue.comments ?? []).find(
    (c) => c.author.self && c.body.startsWith(checkinsMarker),
  );
  return own ? decodeCheckins(own.body).sort((a, b) => a.at.localeCompare(b.at)) : [];
}

export type ParsedCheckin =
  | { value: number; status: CheckinStatus | null; note: string }
  | { error: string };

/** `<value> [on-track|at-risk|off-track] [note]`: a number first (12, 3.5, 40%, 1,200). */
export function parseKrCheckin(args: string): ParsedCheckin {
  const [first = "", ...rest] = args.trim().split(/\s+/);
  const text = first.replace(/[,_%]/g, "");
  const value = Number(text);
  if (text === "" || !Number.isFinite(value))
    return {
      error: `\`/checkin\` on a key result takes its value first, then optionally on-track, at-risk or off-track and a note: got "${cutText(first, 30)}", expected a number such as \`/checkin 42 at-risk hiring slipped\`.`,
    };
  const word = rest[0]?.toLowerCase();
  const status = checkinStatuses.find((s) => s === word) ?? null;
  const note = (status ? rest.slice(1) : rest).join(" ");
  return { value, status, note: cutText(note, 280) };
}

export interface KrCheckinInput {
  keyResult: IssueRecord;
  /** The owner of the key result's objective (its first assignee), if any. */
  objectiveOwner: string | null;
  login: string;
  args: string;
  comment: number;
  at: string;
  /** What the record holds now. */
  checkins: KrCheckin[];
  config: Config;
}

export type KrCheckinPlan =
  | { refused: true; reply: string }
  | { refused: false; checkins: KrCheckin[]; changed: boolean };

/**
 * A check-in on a key result, by its assignee, its objective's owner or a facilitator: the record
 * with it added (once per comment, so a redelivery adds nothing), or why not.
 */
export function planKrCheckin(input: KrCheckinInput): KrCheckinPlan {
  const { keyResult, login, config } = input;
  const allowed =
    keyResult.assignees.some((a) => sameName(a, login)) ||
    (input.objectiveOwner !== null && sameName(input.objectiveOwner, login)) ||
    config.facilitators.some((f) => sameName(f, login));
  if (!allowed)
    return {
      refused: true,
      reply: `Only the key result's assignee, its objective's owner and the facilitators can check in on it.`,
    };
  if (input.checkins.some((c) => c.comment === input.comment))
    return { refused: false, checkins: input.checkins, changed: false };
  const parsed = parseKrCheckin(input.args);
  if ("error" in parsed) return { refused: true, reply: parsed.error };
  const checkin: KrCheckin = { at: input.at, by: login, comment: input.comment, ...parsed };
  const checkins = [...input.checkins, checkin].sort((a, b) => a.at.localeCompare(b.at));
  return { refused: false, checkins, changed: true };
}

/** How the value moved since the check-in before the last: up, down or flat, by how much. */
export function trendOf(checkins: KrCheckin[]): { delta: number } | null {
  const last = checkins.at(-1);
  const before = checkins.at(-2);
  return last && before ? { delta: last.value - before.value } : null;
}

/** Whether the key result drifted: its last status is at risk or off track, and one before was on track. */
export function drifted(checkins: KrCheckin[]): boolean {
  const last = checkins.at(-1)?.status;
  if (last !== "at-risk" && last !== "off-track") return false;
  return checkins.slice(0, -1).some((c) => c.status === "on-track");
}
