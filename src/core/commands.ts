import { cutText } from "./cut-text.js";
export interface Command {
  /** Lower-cased, as typed: may be a name Roundtable does not know. */
  name: string;
  /** The rest of the line, trimmed. */
  args: string;
  /**
   * For `/accept` only: the plain lines right below it, up to a blank line or the next command
   * (the facilitator's edited minutes: `outcome: …`, `takeaway: …`, `action: …`), trimmed.
   */
  lines?: string[];
}

/** The commands whose text goes on in the lines below them. */
const multiline: ReadonlySet<string> = new Set(["accept"]);

/** GitHub's own limit on a comment: text past it is not read (it cannot hold a command anyway). */
export const maxCommentLength = 65_536;

/** At most this many commands of one comment are run; one comment cannot flood the repository. */
export const maxCommandsPerComment = 10;

const fence = /^ {0,3}(`{3,}|~{3,})/;
const listMarker = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const command = /^\s*\/([a-z][a-z-]*)(?=\s|$)\s*(.*)$/i;

/**
 * The slash commands in a comment: lines of its own text that start with `/word` (in a paragraph
 * or a list item), in any case and with any spacing. A command inside a code block, inline code,
 * a quote or HTML is someone talking about a command, not giving one, and is ignored; so is a
 * path like /usr/bin.
 *
 * Read line by line, in one pass, with no tree and no recursion: a comment of ten thousand nested
 * list markers or quotes costs what its length costs. Text past GitHub's comment limit is not read.
 */
export function parseCommands(body: string): Command[] {
  const commands: Command[] = [];
  let inFence: string | null = null;
  let inHtml: "comment" | "block" | null = null;
  let previous = "blank" as "blank" | "text" | "list" | "quote";
  /** The block the last non-blank line belonged to: an indented line after a list continues it. */
  let block = "text" as "text" | "list" | "quote";
  /** The /accept whose lines are being read: any line that is not plain text ends them. */
  let open = null as Command | null;
  // Cut on a grapheme boundary: a command at the very end keeps no half of a surrogate pair.
  for (const raw of cutText(body, maxCommentLength).split(/\r?\n/)) {
    const blank = raw.trim() === "";
    const continued = open;
    open = null;
    if (inFence) {
      const close = fence.exec(raw)?.[1];
      if (
        close &&
        close[0] === inFence[0] &&
        close.length >= inFence.length &&
        raw.trim() === close
      )
        inFence = null;
      continue;
    }
    if (inHtml === "comment") {
      if (raw.includes("-->")) inHtml = null;
      continue;
    }
    if (inHtml === "block") {
      if (blank) inHtml = null;
      else continue;
    }
    if (blank) {
      previous = "blank";
      continue;
    }
    const opened = fence.exec(raw)?.[1];
    if (opened) {
      inFence = opened;
      block = "text";
      continue;
    }
    if (/^ {0,3}<!--/.test(raw)) {
      if (!raw.includes("-->", raw.indexOf("<!--") + 4)) inHtml = "comment";
      block = "text";
      continue;
    }
    if (/^ {0,3}<[a-z/!?]/i.test(raw) && previous === "blank") {
      inHtml = "block";
      block = "text";
      continue;
    }
    if (/^ {0,3}>/.test(raw)) {
      previous = "quote";
      block = "quote";
      continue;
    }
    // A plain line right after a quote continues the quote ("lazy" continuation).
    if (previous === "quote" && !listMarker.test(raw) && !/^ {0,3}[#<]/.test(raw)) continue;
    // Four spaces after a blank line, outside a list, are a code block.
    if (/^( {4}|\t)/.test(raw) && previous === "blank" && block !== "list") continue;
    let line = raw;
    let isItem = false;
    for (let marker = listMarker.exec(line); marker; marker = listMarker.exec(line)) {
      line = line.slice(marker[0].length);
      isItem = true;
    }
    const inList: boolean =
      isItem || ((previous === "list" || block === "list") && /^\s/.test(raw));
    previous = inList ? "list" : "text";
    block = previous;
    const match = command.exec(line);
    if (match) {
      const found: Command = {
        name: (match[1] as string).toLowerCase(),
        args: (match[2] ?? "").trim(),
      };
      commands.push(found);
      if (multiline.has(found.name)) open = found;
    } else if (continued && !/^ {0,3}#/.test(raw)) {
      continued.lines = [...(continued.lines ?? []), line.trim()];
      open = continued;
    }
  }
  return commands;
}

/**
 * The commands of a comment that are run: each distinct command once (a repeated one is the
 * same request), at most `maxCommandsPerComment`; `ignored` counts the distinct ones past that,
 * so the reply can say so.
 */
export function commandsToRun(body: string | Command[]): { commands: Command[]; ignored: number } {
  // A caller that parsed the body already hands its commands (a comment is parsed once).
  const all = typeof body === "string" ? parseCommands(body) : body;
  const seen = new Set<string>();
  const distinct = all.filter((c) => {
    const key = `${c.name} ${c.args}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    commands: distinct.slice(0, maxCommandsPerComment),
    ignored: Math.max(0, distinct.length - maxCommandsPerComment),
  };
}
