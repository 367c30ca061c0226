import { describe, expect, it } from "vitest";
import { parseCommands } from "../../src/core/index.js";

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
