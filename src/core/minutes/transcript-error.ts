import { type RoundtableError, userError } from "../../errors/index.js";
import { cutText } from "../cut-text.js";

/** `FILE:LINE: <what> (expected …, got "…"); <fix>`: the one shape of a transcript's errors. */
export function transcriptError(
  file: string,
  line: number,
  what: string,
  expected: string,
  given: string,
  fix?: string,
): RoundtableError {
  return userError(what, {
    where: { file, line },
    expected,
    given: JSON.stringify(cutText(given, 60, "…")),
    ...(fix ? { fix } : {}),
  });
}
