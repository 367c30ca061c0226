import fc from "fast-check";
import type { Nodes } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { type Command, commandsToRun, parseCommands } from "../../src/core/index.js";
import { anyUnit } from "../helpers/any-text.js";

describe("parseCommands", () => {
  it("reads commands in any case and with extra spaces", () => {
    expect(parseCommands("/sponsor")).toEqual([{ name: "sponsor", args: "" }]);
    expect(parseCommands("   /PARK   too big for now  ")).toEqual([
      { name: "park", args: "too big for now" },
    ]);
    expect(parseCommands("Thanks!\n/Recount\nand more text")).toEqual([
      { name: "recount", args: "" },
    ]);
  });

  it("reads several commands, one a line", () => {
    expect(parseCommands("/unsponsor\n\n/help")).toEqual([
      { name: "unsponsor", args: "" },
      { name: "help", args: "" },
    ]);
  });

  it("ignores a command in a code block, inline code, a quote or HTML", () => {
    expect(parseCommands("```\n/park\n```")).toEqual([]);
    expect(parseCommands("    /park")).toEqual([]);
    expect(parseCommands("Type `/park` to park it")).toEqual([]);
    expect(parseCommands("`/park`")).toEqual([]);
    expect(parseCommands("> /park\n> said someone")).toEqual([]);
    expect(parseCommands("<!--\n/park\n-->")).toEqual([]);
  });

  it("is not fooled by paths or words after a slash mid-line", () => {
    expect(parseCommands("See /usr/bin/env and a/b")).toEqual([]);
    expect(parseCommands("I will /sponsor it")).toEqual([]);
  });

  it("keeps an unknown command so it can be answered", () => {
    expect(parseCommands("/frobnicate now")).toEqual([{ name: "frobnicate", args: "now" }]);
  });
});

/** The reading commands had before, on the Markdown tree: the oracle for ordinary comments. */
function commandsInTree(body: string): Command[] {
  const commands: Command[] = [];
  const text = (node: Nodes): string =>
    node.type === "inlineCode"
      ? "\u0000"
      : node.type === "text"
        ? node.value
        : node.type === "break"
          ? "\n"
          : "children" in node
            ? node.children.map((c) => text(c as Nodes)).join("")
            : "";
  const visit = (node: Nodes) => {
    if (node.type === "code" || node.type === "blockquote" || node.type === "html") return;
    if (node.type === "paragraph") {
      for (const line of text(node).split("\n")) {
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

const said = fc.constantFrom(
  "/join",
  "/next now",
  "/outcome We pilot it",
  "thanks all",
  "see `/park`",
);
const block = fc.oneof(
  fc.array(said, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n")),
  fc
    .array(fc.tuple(fc.constantFrom("- ", "* ", "1. ", "  - "), said), {
      minLength: 1,
      maxLength: 3,
    })
    .map((items) => items.map(([m, s]) => m + s).join("\n")),
  fc
    .array(said, { minLength: 1, maxLength: 3 })
    .map((lines) => lines.map((l) => `> ${l}`).join("\n")),
  fc.tuple(said, said).map(([a, b]) => `> ${a}\n${b}`),
  fc.array(said, { maxLength: 3 }).map((lines) => ["```", ...lines, "```"].join("\n")),
  fc.array(said, { maxLength: 3 }).map((lines) => ["~~~~", ...lines, "~~~~"].join("\n")),
  fc.array(said, { maxLength: 2 }).map((lines) => ["<!--", ...lines, "-->"].join("\n")),
  fc.array(said, { maxLength: 2 }).map((lines) => ["<div>", ...lines].join("\n")),
  said.map((l) => `    ${l}`),
);

describe("parseCommands, line by line", () => {
  it("reads ordinary comments as the Markdown tree reads them", () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const body = blocks.join("\n\n");
        expect(parseCommands(body)).toEqual(commandsInTree(body));
      }),
      { numRuns: 500 },
    );
  });

  it("reads hostile comments in time linear in their length", () => {
    const hostile = [
      "- ".repeat(10_000),
      "> ".repeat(10_000),
      `${"- ".repeat(10_000)}\n/join`,
      "[".repeat(50_000),
      "*a ".repeat(30_000),
      `${"x".repeat(200_000)}\n/join`,
    ];
    for (const body of hostile) {
      const started = performance.now();
      parseCommands(body);
      // Generous: a linear read of 200 KB takes milliseconds; the tree took over a minute.
      expect(performance.now() - started).toBeLessThan(500);
    }
  });

  it("never throws, whatever the comment", () => {
    fc.assert(
      fc.property(fc.string({ unit: anyUnit, maxLength: 2_000 }), (body) => {
        expect(Array.isArray(parseCommands(body))).toBe(true);
      }),
    );
  });
});

describe("commandsToRun", () => {
  it("runs a repeated command once, and at most ten, counting the rest", () => {
    expect(commandsToRun("/sponsor\n/sponsor\n/recount")).toEqual({
      commands: [
        { name: "sponsor", args: "" },
        { name: "recount", args: "" },
      ],
      ignored: 0,
    });
    const flood = Array.from({ length: 2_000 }, (_, i) => `/sponsor ${i}`).join("\n");
    const { commands, ignored } = commandsToRun(flood);
    expect(commands).toHaveLength(10);
    expect(ignored).toBe(1_990);
  });
});
