import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/index.js";

const problemOf = (text: string): ConfigError => {
  try {
    parseConfig(text);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
};

describe("votes with ballots", () => {
  it("takes ballots, several dots a topic, hidden counts and an end of the round", () => {
    const { votes } = parseConfig(
      "votes:\n  source: ballots\n  maxPerTopic: 2\n  reveal: after-close\n  roundEnd: 2026-12-01T17:00:00Z\n",
    );
    expect(votes).toMatchObject({
      source: "ballots",
      maxPerTopic: 2,
      reveal: "after-close",
      roundEnd: "2026-12-01T17:00:00Z",
    });
  });

  it("points at a source that is neither", () => {
    expect(problemOf("votes:\n  source: ballot\n").message).toBe(
      '.github/roundtable.yml:2:11: votes.source: expected reactions or ballots, got "ballot"',
    );
  });

  it("refuses more dots on one topic than a person has, and says how to fix it", () => {
    expect(problemOf("votes:\n  perPerson: 2\n  maxPerTopic: 3\n").message).toBe(
      ".github/roundtable.yml:3:16: votes.maxPerTopic: expected at most perPerson (2): nobody can place more dots on one topic than they have; lower maxPerTopic or raise perPerson, got 3",
    );
  });

  it("wants roundEnd as a date and time", () => {
    expect(problemOf("votes:\n  roundEnd: tomorrow\n").message).toBe(
      '.github/roundtable.yml:2:13: votes.roundEnd: expected a date and time such as 2026-12-01T17:00:00Z, got "tomorrow"',
    );
  });
});
