import type { Sentence } from "./rank-sentences.js";

/** Something someone undertook to do, as the minutes list it. */
export interface ActionItem {
  /** The speaker who said "I will…"; "the team" for "we will…"; absent when nobody was named. */
  who?: string;
  what: string;
  /** When it is due, in the words that were said ("by Friday", "next meeting"). */
  when?: string;
}

// A commitment: who (I / we / you), a modal that promises, then the task.
const commitment =
  /\b(I|we|you)(?:'ll| will| are going to| 're going to| am going to|'m going to| need to| have to| should)\s+(.+)$/i;
const letUs = /\blet's\s+(.+)$/i;
const due =
  /\b((?:by|before|until) (?:the )?(?:end of (?:the )?(?:day|week|month)|next (?:meeting|week|time)|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:for|at) the next meeting|next (?:meeting|week)|tomorrow)\b/i;
// "I'll see what happens", "we'll have a look": talk about talking, not a task.
const idle =
  /^(see|say|talk|think|know|go|look|wait|try|just|be|have a look|do (?:it|that|this))\b/i;

const maxTaskWords = 20;
const dangling = /\s+(?:and|or|but|so|the|a|an|to|for|of|with|in|on|that|which|because|'cause)$/i;

/**
 * The task as an item lists it: up to the first clause break when what comes before it stands on
 * its own ("pick a colour, and I'll go back to my slides" → "pick a colour"), at most 20 words,
 * with no word left hanging at the end ("use more colours and").
 */
function taskOf(said: string): string {
  const clause = said.split(/[,;:]\s|\s[-–]\s/)[0] ?? said;
  let task = (clause.split(/\s+/).length >= 4 ? clause : said).replace(/[.!,;:]+$/, "").trim();
  task = task.split(/\s+/).slice(0, maxTaskWords).join(" ");
  while (dangling.test(task)) task = task.replace(dangling, "");
  return task;
}

/**
 * The action items a topic's ranked sentences hold, best first, at most `max`: "I'll send the
 * costs by Friday" is Alice's, "we need to pick a colour" the team's. A promise of under four
 * words ("I'll see") is talk, not a task.
 */
export function actionItems(ranked: Sentence[], max = 3): ActionItem[] {
  const items: ActionItem[] = [];
  const seen = new Set<string>();
  for (const sentence of ranked) {
    const promise = commitment.exec(sentence.text);
    const proposal = promise ? undefined : letUs.exec(sentence.text);
    const task = taskOf(promise?.[2] ?? proposal?.[1] ?? "");
    if (!task || task.split(/\s+/).length < 4 || idle.test(task)) continue;
    const key = task.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const person = promise?.[1]?.toLowerCase();
    const who =
      person === "i" ? sentence.speaker || undefined : person === "you" ? undefined : "the team";
    const when = due.exec(task)?.[1];
    items.push({
      ...(who ? { who } : {}),
      what: task.charAt(0).toUpperCase() + task.slice(1),
      ...(when ? { when } : {}),
    });
    if (items.length >= max) break;
  }
  return items;
}
