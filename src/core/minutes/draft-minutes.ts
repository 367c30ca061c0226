import { alignToTimeboxes } from "./align-to-timeboxes.js";
import type { Transcript } from "./cue.js";
import { draftTopic, type TopicDraft } from "./draft-topic.js";
import type { MeetingLog } from "./meeting-log.js";

/** A meeting's draft minutes, in the shape the meeting evaluation reads. */
export interface MinutesDraft {
  id: string;
  topics: TopicDraft[];
}

/**
 * The draft minutes of a meeting: its transcript aligned to the log's timeboxes (the first cue at
 * the meeting's start, moved by `offsetSeconds`), then each topic drafted from its own turns.
 * Pure: the transcript is read here and nowhere kept.
 */
export function draftMinutes(
  transcript: Transcript,
  log: MeetingLog,
  offsetSeconds = 0,
): MinutesDraft {
  return {
    id: log.id,
    topics: alignToTimeboxes(transcript.cues, log, offsetSeconds).map(draftTopic),
  };
}
