import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";

export interface Command {
  /** Lower-cased, as typed: may be a name Roundtable does not know. */
  name: string;
  /** The rest of the line, trimmed. */
  args: string;
}

/**
 * The slash commands in a comment: lines of its own text that start with `/word`, in any case and
 * with any spacing. A command inside a code block, inline code, a quote or HTML is someone
 * talking about a command, not giving one, and is ignored; so is a path like /usr/bin.
 */
export function parseCommands(body: string): Command[] {
  const commands: Command[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "code" || node.type === "blockquote" || node.type === "html") return;
    if (node.type === "paragraph") {
      for (const line of plainText(node).split("\n")) {
        const match = /^\s*\/([a-z][a-z-]*)(?=\s|$)\s*(.*)$/i.exec(line);
        if (match)
          commands.push({
            name: (match[1] as string).toLowerCase(),
            args: (match[2] ?? "").trim(),
          });
      }
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(fromMarkdown(body));
  return commands;
}

/** A paragraph's text, with inline code left out (a command in backticks is quoted, not given). */
function plainText(node: Nodes): string {
  if (node.type === "inlineCode") return "\u0000";
  if (node.type === "text") return node.value;
  if (node.type === "break") return "\n";
  if ("children" in node) return node.children.map((c) => plainText(c as Nodes)).join("");
  return "";
}
