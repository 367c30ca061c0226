import { type ActionItem, actionItems } from "./action-items.js";
import type { TopicTurns } from "./align-to-timeboxes.js";
import { rankSentences, repeats, type Sentence } from "./rank-sentences.js";
import { wordsOf } from "./spoken-words.js";

export interface TopicDraft {
  index: number;
  title: string;
  /** One or two sentences, at most `maxOutcomeWords` words. */
  outcome: string;
  takeaways: string[];
  actionItems: ActionItem[];
  /** How many turns of the transcript the draft was made from (0: nothing was said in its timebox). */
  turns: number;
}

export const maxOutcomeWords = 60;
const quotedInOutcome = 2;
const maxTakeaways = 3;

/**
 * A topic's draft. The outcome names the topic and quotes, in spoken order, who said the one or
 * two sentences the discussion converged on (rankSentences), within 60 words; the takeaways are the next best
 * sentences that say something new; the action items are the promises made in it.
 */
export function draftTopic({ topic, turns }: TopicTurns): TopicDraft {
  const ranked = rankSentences(turns, topic.title);
  const opening = `The team discussed ${lowerFirst(topic.title.trim().replace(/[.!?]+$/, ""))}`;
  const said = new Set<string>();
  const chosen: Sentence[] = [];
  let words = wordsOf(opening).length;
  for (const sentence of ranked) {
    if (chosen.length >= quotedInOutcome) break;
    const cost = wordsOf(speakerOf(sentence)).length + 1 + sentence.words; // `Name said "…"`
    if (words + cost > maxOutcomeWords || repeats(sentence, said)) continue;
    chosen.push(sentence);
    words += cost;
    for (const w of sentence.content) said.add(w);
  }
  // People's words stay theirs: quoted as said (tidied of "uh"s), never turned into reported speech.
  const quotes = [...chosen]
    .sort((a, b) => a.turn - b.turn)
    .map((s) => `${speakerOf(s)} said "${s.text.replace(/[.!,;:]+$/, "")}"`);
  const outcome = quotes.length
    ? `${opening}: ${quotes.join("; ")}.`
    : `${opening}; nothing was said in its timebox.`;
  const takeaways: string[] = [];
  for (const sentence of ranked) {
    if (takeaways.length >= maxTakeaways) break;
    if (chosen.includes(sentence) || repeats(sentence, said) || sentence.words > 40) continue;
    takeaways.push(upperFirst(sentence.text));
    for (const w of sentence.content) said.add(w);
  }
  return {
    index: topic.index,
    title: topic.title,
    outcome,
    takeaways,
    actionItems: actionItems(ranked),
    turns: turns.length,
  };
}

/** "Marketing said that we…": lowercase the first letter unless it starts "I" or a name-like capital run. */
function lowerFirst(text: string): string {
  if (/^(I\b|I'|[A-Z]{2})/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function speakerOf(sentence: Sentence): string {
  return sentence.speaker || "someone";
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
