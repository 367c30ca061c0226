import { RoundtableError } from "../errors/index.js";
export const beginMarker = (name: string) => `<!-- roundtable:begin ${name} -->`;
export const endMarker = (name: string) => `<!-- roundtable:end ${name} -->`;

/** A page whose markers are broken: Roundtable will not guess, and loses nothing. */
export class SpliceError extends RoundtableError {
  override name = "SpliceError";
}

/**
 * Puts `content` between the begin and end markers of the region `name` in `page`. Every byte
 * outside the markers is kept as it was. A page without the region gets it appended; a page whose
 * markers are unpaired, repeated or out of order is refused with a message saying how to mend it.
 * A marker counts only when it stands alone on its line.
 */
export function spliceRegion(page: string, name: string, content: string, file: string): string {
  const begin = beginMarker(name);
  const end = endMarker(name);
  const begins = occurrences(page, begin);
  const ends = occurrences(page, end);
  const body = content.endsWith("\n") ? content : `${content}\n`;
  const region = `${begin}\n${body}${end}`;

  if (begins.length === 0 && ends.length === 0) {
    const separator =
      page === "" ? "" : page.endsWith("\n\n") ? "" : page.endsWith("\n") ? "\n" : "\n\n";
    return `${page}${separator}${region}\n`;
  }
  if (begins.length !== 1 || ends.length !== 1 || (ends[0] as number) < (begins[0] as number)) {
    throw new SpliceError(
      `${file}: the managed region "${name}" needs exactly one "${begin}" followed by one "${end}" (found ${begins.length} and ${ends.length}${
        begins.length === 1 && ends.length === 1 ? ", in the wrong order" : ""
      }); mend the markers, or delete both to have the region added at the end, and run again`,
    );
  }
  const from = begins[0] as number;
  const to = (ends[0] as number) + end.length;
  return page.slice(0, from) + region + page.slice(to);
}

/**
 * Where `marker` stands as a whole line. A marker quoted inside other text (say, an issue title
 * that contains one, which the serialiser escapes) is not a marker.
 */
function occurrences(text: string, marker: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(marker); i !== -1; i = text.indexOf(marker, i + marker.length)) {
    const startsLine = i === 0 || text[i - 1] === "\n";
    const after = text[i + marker.length];
    const endsLine = after === undefined || after === "\n" || after === "\r";
    if (startsLine && endsLine) found.push(i);
  }
  return found;
}
