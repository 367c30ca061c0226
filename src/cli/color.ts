import { styleText } from "node:util";

/**
 * Colour for a person at a terminal, never for a file, a pipe or a log, and never when NO_COLOR
 * is set to anything (no-color.org) or the terminal says it is dumb.
 */
export function wantsColor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

export type Style = "bold" | "dim" | "green" | "yellow";

/** `text` in a style when colour is on; plain otherwise. */
export function paint(on: boolean | undefined, style: Style, text: string): string {
  if (!on) return text;
  // Node 22's styleText checks the stream itself; the decision is made above, once.
  return (styleText as (s: Style, t: string, o?: { validateStream: boolean }) => string)(
    style,
    text,
    { validateStream: false },
  );
}
