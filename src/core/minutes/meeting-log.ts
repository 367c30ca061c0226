import { z } from "zod";
import { userError } from "../../errors/index.js";
import { parseTimestamp } from "./timestamp.js";

/** A stretch of the meeting given to one topic, in seconds from the meeting's start. */
export interface Timebox {
  start: number;
  end: number;
}

export interface LoggedTopic {
  /** The topic's place in the meeting (its issue number when the log comes from GitHub). */
  index: number;
  title: string;
  timeboxes: Timebox[];
}

export interface MeetingLog {
  id: string;
  topics: LoggedTopic[];
}

const seconds = z.union([z.number().nonnegative(), z.string()]);
const timebox = z.object({
  startSeconds: z.number().nonnegative().optional(),
  endSeconds: z.number().nonnegative().optional(),
  start: seconds.optional(),
  end: seconds.optional(),
});
const schema = z.object({
  format: z.literal("meeting-log/1"),
  id: z.string().min(1),
  topics: z.array(
    z.object({
      index: z.number().int().optional(),
      title: z.string().min(1),
      timeboxes: z.array(timebox).min(1),
    }),
  ),
});

/**
 * A `meeting-log/1` file (what `to-vtt.mjs` writes beside each transcript): the meeting's topics,
 * each with its timeboxes. Times are seconds (`startSeconds`) or `hh:mm:ss.mmm` from the start.
 */
export function readMeetingLog(json: unknown, file: string): MeetingLog {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join(".") || "(top level)";
    throw userError(issue?.message ?? "is not a meeting log", {
      where: { file, key },
      expected:
        'a meeting log: {"format": "meeting-log/1", "id", "topics": [{"title", "timeboxes": [{"start", "end"}]}]}',
      cause: parsed.error,
    });
  }
  return {
    id: parsed.data.id,
    topics: parsed.data.topics.map((topic, i) => ({
      index: topic.index ?? i,
      title: topic.title,
      timeboxes: topic.timeboxes.map((box, b) => ({
        start: secondsOf(box.startSeconds ?? box.start, file, `topics.${i}.timeboxes.${b}.start`),
        end: secondsOf(box.endSeconds ?? box.end, file, `topics.${i}.timeboxes.${b}.end`),
      })),
    })),
  };
}

function secondsOf(value: number | string | undefined, file: string, key: string): number {
  const s =
    typeof value === "number" ? value : value === undefined ? undefined : parseTimestamp(value);
  if (s === undefined)
    throw userError("is not a time", {
      where: { file, key },
      expected: 'seconds from the meeting\'s start, or "hh:mm:ss.mmm"',
      given: JSON.stringify(value ?? null),
    });
  return s;
}
