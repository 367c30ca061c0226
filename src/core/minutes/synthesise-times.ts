import type { Cue } from "./cue.js";

/** The speaking rate `to-vtt.mjs` of the meeting evaluation uses to time transcripts without times. */
export const wordsPerMinute = 150;
const gapSeconds = 0.2;
const shortestTurnSeconds = 0.6;

/** Words as the evaluation counts them. */
export function countWords(text: string): number {
  return text.match(/[A-Za-z0-9']+/g)?.length ?? 0;
}

/**
 * Times for cues that have none (a plain `Name: text` file): each lasts its words at 150 words a
 * minute, one after the other with a fifth of a second between, from 0. A meeting log written on
 * the same clock (as `to-vtt.mjs --txt` writes) lines up exactly.
 */
export function synthesiseTimes(cues: Array<Omit<Cue, "start" | "end">>): Cue[] {
  let t = 0;
  return cues.map((cue) => {
    const words = countWords(cue.text);
    const duration = words > 0 ? Math.max(shortestTurnSeconds, (words * 60) / wordsPerMinute) : 0;
    const start = round(t);
    const end = round(t + duration);
    t = end + (words > 0 ? gapSeconds : 0);
    return { ...cue, start, end };
  });
}

const round = (x: number) => Math.round(x * 1000) / 1000;
