/**
 * Words that say nothing about a topic: function words, and the fillers and hedges of speech
 * ("yeah", "kind of", "I think"). Ranking counts only the other words.
 */
const stopWords = new Set(
  `a an the and or but if then so of to in on at by for with from as into about is are was were be
  been being will would shall should can could may might must do does did done have has had it its
  it's this that these those there here he she they them his her their we us our you your i me my
  not no yes also just up out over under again all any both each few more most other some such only
  own same than too very don't i'm that's we're you're they're gonna wanna yeah okay ok um uh mm hmm
  oh well like know think mean right really actually basically kind sort thing things stuff got get
  go going one two lot bit yep sure what which who how why when where because i'd i'll we'll let's
  can't didn't doesn't isn't won't there's it'll maybe probably something anything now yes`.split(
    /\s+/,
  ),
);

/** Lowercase words of a text, apostrophes kept. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

/**
 * The words that carry a sentence's content, folded to a crude stem ("designs", "designed" and
 * "designing" count as one) so that repetition across the discussion is seen.
 */
export function contentWords(text: string): string[] {
  return wordsOf(text)
    .filter((word) => word.length > 2 && !stopWords.has(word))
    .map((word) => word.replace(/(ing|ed|es|s)$/, ""));
}
