/**
 * A spoken sentence as minutes would quote it: hesitations ("uh", "um") out, stutters ("it it",
 * "we we we") folded, a leading "so," or "yeah," dropped. Words are never reordered or invented.
 */
export function tidySpeech(sentence: string): string {
  return sentence
    .replace(/\b(uh|um|uhm|erm|mm-hmm|mm|hmm|uh-huh)\b[,.]?\s*/gi, "")
    .replace(/\b(\w+)(\s+\1\b)+/gi, "$1")
    .replace(/\b(\w+ \w+)(\s+\1\b)+/gi, "$1")
    .replace(/^(so|and|but|well|okay|yeah|oh|right)\b,?\s+/i, "")
    .replace(/\s+/g, " ")
    .trim();
}
