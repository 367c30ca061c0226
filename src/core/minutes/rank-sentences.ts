import type { Turn } from "./align-to-timeboxes.js";
import { contentWords, wordsOf } from "./spoken-words.js";
import { tidySpeech } from "./tidy-speech.js";

export interface Sentence {
  text: string;
  speaker: string;
  /** The sentence's turn within the topic, to put chosen sentences back in spoken order. */
  turn: number;
  words: number;
  content: string[];
  /** How much of what the whole discussion kept coming back to this sentence says. */
  score: number;
}

// Tuned on the development part of the meeting set (docs/minutes.md): shorter sentences are
// mostly backchannel ("yeah that's right"); questions ask rather than conclude.
const shortest = 6;
const titleWeight = 2;
const lengthDamping = 0.5;

/**
 * The topic's sentences, best first. A sentence scores by the words the discussion repeated
 * (each distinct content word counts log(1 + its count across the topic), twice when the topic's
 * title names it), damped by its length so that a long ramble does not win by size: what the
 * discussion converged on is what most people kept saying.
 */
export function rankSentences(turns: Turn[], title: string): Sentence[] {
  const sentences: Sentence[] = [];
  turns.forEach((turn, index) => {
    // A caption tool may set a sentence's closing mark apart ("forward? .") or run the next
    // sentence on ("now.I'm"): close up the one, open up the other, so every export reads alike.
    const spoken = turn.text.replace(/\s+([.,;:?!])/g, "$1");
    for (const raw of spoken.split(/(?<=[.?!])\s+|(?<=[a-z][.?!])(?=[A-Z])/)) {
      const text = tidySpeech(raw);
      const words = wordsOf(text).length;
      if (words < shortest || /\?[.!]*$/.test(text)) continue;
      sentences.push({
        text,
        speaker: turn.speaker,
        turn: index,
        words,
        content: contentWords(text),
        score: 0,
      });
    }
  });
  const counts = new Map<string, number>();
  for (const s of sentences) for (const w of s.content) counts.set(w, (counts.get(w) ?? 0) + 1);
  const named = new Set(contentWords(title));
  for (const s of sentences) {
    let sum = 0;
    for (const w of new Set(s.content))
      sum += Math.log1p(counts.get(w) ?? 0) * (named.has(w) ? titleWeight : 1);
    s.score = sum / (s.content.length + 1) ** lengthDamping;
  }
  return sentences.sort((a, b) => b.score - a.score || a.turn - b.turn);
}

/** True when most of a sentence's content words were already said by the chosen ones. */
export function repeats(sentence: Sentence, said: Set<string>): boolean {
  const seen = sentence.content.filter((w) => said.has(w)).length;
  return seen > 0.5 * (sentence.content.length || 1);
}
