import type { Cue } from "./cue.js";
import type { LoggedTopic, MeetingLog } from "./meeting-log.js";

/** What one person said without interruption, on the meeting log's clock. */
export interface Turn {
  speaker: string;
  text: string;
  start: number;
  end: number;
}

export interface TopicTurns {
  topic: LoggedTopic;
  turns: Turn[];
}

/**
 * Each topic with the turns spoken inside its timeboxes, in order: a topic discussed in two
 * stretches gets both. The transcript's first cue is taken to be the meeting's start, moved by
 * `offsetSeconds` (a recording that began 90 s into the meeting: 90). A cue belongs to the
 * timebox its middle falls in; cues outside every timebox (small talk, the roll call) to none.
 * A speaker's consecutive cues inside one timebox join into one turn.
 */
export function alignToTimeboxes(cues: Cue[], log: MeetingLog, offsetSeconds = 0): TopicTurns[] {
  const shift = offsetSeconds - (cues[0]?.start ?? 0);
  const out: TopicTurns[] = log.topics.map((topic) => ({ topic, turns: [] }));
  let lastBox: string | undefined;
  for (const cue of cues) {
    if (!cue.text.trim()) continue;
    const start = cue.start + shift;
    const end = cue.end + shift;
    const middle = (start + end) / 2;
    const t = log.topics.findIndex((topic) =>
      topic.timeboxes.some((box) => middle >= box.start && middle <= box.end),
    );
    const target = out[t];
    if (!target) {
      lastBox = undefined;
      continue;
    }
    const box = `${t}:${target.topic.timeboxes.findIndex((b) => middle >= b.start && middle <= b.end)}`;
    const last = target.turns.at(-1);
    if (last && lastBox === box && last.speaker === cue.speaker) {
      last.text = `${last.text} ${cue.text}`;
      last.end = end;
    } else {
      target.turns.push({ speaker: cue.speaker, text: cue.text, start, end });
    }
    lastBox = box;
  }
  return out;
}
