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
  const state: LineState = {
    inFence: null,
    inHtml: null,
    previous: "blank",
    block: "text",
    open: null,
  };
  // Cut on a grapheme boundary: a command at the very end keeps no half of a surrogate pair.
  for (const raw of cutText(body, maxCommentLength).split(/\r?\n/)) {
    const continued = state.open;
    state.open = null;
    if (insideBlock(state, raw) || notOwnText(state, raw)) continue;
    const line = ownText(state, raw);
    const match = command.exec(line);
    if (match) {
      const found: Command = {
        name: (match[1] as string).toLowerCase(),
        args: (match[2] ?? "").trim(),
      };
      commands.push(found);
      if (multiline.has(found.name)) state.open = found;
    } else if (continued && !/^ {0,3}#/.test(raw)) {
      continued.lines = [...(continued.lines ?? []), line.trim()];
      state.open = continued;
    }
  }
  return commands;
}

/** Where the reading of a comment stands, carried from one line to the next. */
interface LineState {
  /** The fence of the code block being read (its backticks or tildes), or null. */
  inFence: string | null;
  inHtml: "comment" | "block" | null;
  previous: "blank" | "text" | "list" | "quote";
  /** The block the last non-blank line belonged to: an indented line after a list continues it. */
  block: "text" | "list" | "quote";
  /** The /accept whose lines are being read: any line that is not plain text ends them. */
  open: Command | null;
}

/** Whether the line belongs to a code block or HTML opened before it (and closes it, when it does). */
function insideBlock(state: LineState, raw: string): boolean {
  if (state.inFence) {
    const close = fence.exec(raw)?.[1];
    if (
      close &&
      close[0] === state.inFence[0] &&
      close.length >= state.inFence.length &&
      raw.trim() === close
    )
      state.inFence = null;
    return true;
  }
  if (state.inHtml === "comment") {
    if (raw.includes("-->")) state.inHtml = null;
    return true;
  }
  if (state.inHtml === "block") {
    if (raw.trim() !== "") return true;
    state.inHtml = null;
  }
  return false;
}

/** Whether the line is blank, opens a code block, HTML or a quote, or continues a quote or code: no command. */
function notOwnText(state: LineState, raw: string): boolean {
  if (raw.trim() === "") {
    state.previous = "blank";
    return true;
  }
  const opened = fence.exec(raw)?.[1];
  if (opened) {
    state.inFence = opened;
    state.block = "text";
    return true;
  }
  if (/^ {0,3}<!--/.test(raw)) {
    if (!raw.includes("-->", raw.indexOf("<!--") + 4)) state.inHtml = "comment";
    state.block = "text";
    return true;
  }
  if (/^ {0,3}<[a-z/!?]/i.test(raw) && state.previous === "blank") {
    state.inHtml = "block";
    state.block = "text";
    return true;
  }
  if (/^ {0,3}>/.test(raw)) {
    state.previous = "quote";
    state.block = "quote";
    return true;
  }
  // A plain line right after a quote continues the quote ("lazy" continuation).
  if (state.previous === "quote" && !listMarker.test(raw) && !/^ {0,3}[#<]/.test(raw)) return true;
  // Four spaces after a blank line, outside a list, are a code block.
  return /^( {4}|\t)/.test(raw) && state.previous === "blank" && state.block !== "list";
}

/** The line's text without its list markers; notes whether it is in a list. */
function ownText(state: LineState, raw: string): string {
  let line = raw;
  let isItem = false;
  for (let marker = listMarker.exec(line); marker; marker = listMarker.exec(line)) {
    line = line.slice(marker[0].length);
    isItem = true;
  }
  const inList: boolean =
    isItem || ((state.previous === "list" || state.block === "list") && /^\s/.test(raw));
  state.previous = inList ? "list" : "text";
  state.block = state.previous;
  return line;
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
