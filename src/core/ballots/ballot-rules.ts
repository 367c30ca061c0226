/** The limits a ballot keeps: `votes.perPerson` dots in all, `votes.maxPerTopic` on one topic. */
export interface BallotRules {
  perPerson: number;
  maxPerTopic: number;
}

/** Why a ballot cannot be taken as it stands; undefined when it keeps the rules. */
export function ballotProblem(
  dots: Record<string, number>,
  rules: BallotRules,
  openTopics: ReadonlySet<number>,
): string | undefined {
  let total = 0;
  for (const [key, n] of Object.entries(dots)) {
    const topic = Number(key);
    if (!Number.isSafeInteger(topic) || String(topic) !== key)
      return `"${key}" is not a topic number`;
    if (!Number.isSafeInteger(n) || n < 1) return `#${key}: expected a whole number of dots`;
    if (n > rules.maxPerTopic)
      return `#${key}: at most ${rules.maxPerTopic} ${rules.maxPerTopic === 1 ? "dot" : "dots"} on one topic`;
    if (!openTopics.has(topic)) return `#${key} is not open for votes`;
    total += n;
  }
  if (total > rules.perPerson)
    return `${total} dots placed, but each person has ${rules.perPerson}`;
  return undefined;
}

/**
 * The dots after one change: `delta` dots added to (or taken from) `topic`, and when `from` is
 * given, moved there from `from`. The result keeps its topics in number order, without zeros; a
 * change that breaks the rules gives the reason instead.
 */
export function changeDots(
  dots: Record<string, number>,
  change: { topic: number; delta: number; from?: number },
  rules: BallotRules,
  openTopics: ReadonlySet<number>,
): { dots: Record<string, number> } | { problem: string } {
  const next = new Map(Object.entries(dots).map(([k, n]) => [Number(k), n]));
  // Dots on topics that left the queue are given back, as a card taken off the wall.
  for (const topic of next.keys()) if (!openTopics.has(topic)) next.delete(topic);
  if (change.from !== undefined) {
    const had = next.get(change.from) ?? 0;
    if (had < change.delta) return { problem: `#${change.from} has no dot to move` };
    next.set(change.from, had - change.delta);
  }
  const now = (next.get(change.topic) ?? 0) + change.delta;
  if (now < 0) return { problem: `#${change.topic} has no dot to take back` };
  next.set(change.topic, now);
  const result: Record<string, number> = {};
  for (const [topic, n] of [...next].sort((a, b) => a[0] - b[0]))
    if (n > 0) result[String(topic)] = n;
  const problem = ballotProblem(result, rules, openTopics);
  return problem ? { problem } : { dots: result };
}
