/** Who said what inside one caption: a cue may hold one speaker, or several voice spans. */
export interface Utterance {
  speaker: string;
  text: string;
}

const entities: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  lrm: "",
  rlm: "",
};

/** Caption markup out (`<c>`, `<i>`, karaoke timestamps), character references decoded. */
export function plainCueText(text: string): string {
  return text
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#")) {
        const code =
          name[1] === "x" || name[1] === "X"
            ? Number.parseInt(name.slice(2), 16)
            : Number(name.slice(1));
        return Number.isInteger(code) && code > 0 && code <= 0x10ffff
          ? String.fromCodePoint(code)
          : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, " ")
    .trim();
}

// "Name: text", the name short and free of sentence punctuation, so that "Note: it failed" or a
// clock such as "10:30" is taken as a name only when it looks like one.
const named = /^\s*(?:-\s*)?([\p{L}][\p{L}\p{N} '’()\-_@.]{0,58}?)\s*:\s+(.*)$/u;

/** A line's speaker and words when it reads `Name: text`, else undefined. */
export function splitNamedLine(line: string): Utterance | undefined {
  const match = named.exec(line);
  if (!match) return undefined;
  const [, speaker = "", text = ""] = match;
  if (speaker.split(/\s+/).length > 6 || /[.?!]\s/.test(speaker) || /\.$/.test(speaker))
    return undefined;
  return { speaker: speaker.trim(), text };
}

const voice = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/g;

/**
 * The utterances of one cue's payload: Teams' `<v Name>…</v>` voice spans, else Zoom's
 * `Name: text` lines; words before any name belong to `previous` (a caption that goes on).
 */
export function cueUtterances(payload: string, previous = ""): Utterance[] {
  const out: Utterance[] = [];
  const push = (speaker: string, raw: string) => {
    const text = plainCueText(raw);
    if (!text) return;
    const last = out.at(-1);
    if (last && last.speaker === speaker) last.text = `${last.text} ${text}`;
    else out.push({ speaker, text });
  };
  if (/<v[\s.>]/.test(payload)) {
    const spans = [...payload.matchAll(voice)];
    push(previous, payload.slice(0, spans[0]?.index ?? 0));
    spans.forEach((span, i) => {
      const from = (span.index ?? 0) + span[0].length;
      const to = spans[i + 1]?.index ?? payload.length;
      push(plainCueText(span[1] ?? "") || previous, payload.slice(from, to));
    });
    return out;
  }
  let speaker = previous;
  for (const line of payload.split("\n")) {
    const named = splitNamedLine(plainCueText(line));
    if (named) speaker = named.speaker;
    push(speaker, named ? named.text : line);
  }
  return out;
}
