import { describe, expect, it } from "vitest";
import { ConfigError, defaultConfig, parseConfig } from "../../src/config/index.js";

function problemOf(text: string): ConfigError {
  try {
    parseConfig(text, ".github/roundtable.yml");
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("parseConfig", () => {
  describe("with an empty file", () => {
    it("gives the defaults", () => {
      const config = parseConfig("");
      expect(config).toEqual(defaultConfig());
      expect(config.votes).toEqual({
        perPerson: 3,
        eligible: "everyone",
        countAuthor: true,
        excludeBots: true,
        roundStart: null,
        source: "reactions",
        maxPerTopic: 1,
        reveal: "live",
        roundEnd: null,
        ballotKey: null,
        batchSize: 3,
      });
      expect(config.statuses.toDiscuss).toBe("To discuss");
      expect(config.lanes.map((l) => l.key)).toEqual(["production", "early", "research"]);
      expect(config.pages.topics).toBe("docs/topics.md");
      expect(config.project).toBeNull();
    });

    it("treats a file of comments alone as empty", () => {
      expect(parseConfig("# nothing yet\n")).toEqual(defaultConfig());
    });
  });

  describe("with settings", () => {
    it("keeps what is given and fills in the rest", () => {
      const config = parseConfig(
        [
          "votes:",
          "  perPerson: 5",
          "  eligible: [alice, bob]",
          "  roundStart: 2026-11-01",
          "project:",
          "  owner: acme",
          "  number: 7",
          "lanes:",
          "  - key: now",
          "    name: Now",
        ].join("\n"),
      );
      expect(config.votes.perPerson).toBe(5);
      expect(config.votes.eligible).toEqual(["alice", "bob"]);
      expect(config.votes.roundStart).toBe("2026-11-01");
      expect(config.votes.countAuthor).toBe(true);
      expect(config.project).toEqual({
        owner: "acme",
        number: 7,
        fields: { status: "Status", lane: "Lane", quarter: "Quarter", slot: "Slot", room: "Room" },
        statusOptions: {},
        setup: false,
      });
      expect(config.lanes).toEqual([{ key: "now", name: "Now", description: "" }]);
    });

    it("refuses two statuses mapped to one option of the board", () => {
      expect(() =>
        parseConfig(
          "project:\n  owner: acme\n  number: 7\n  statusOptions:\n    discussed: Done\n    parked: done\n",
        ),
      ).toThrow(
        /project\.statusOptions\.parked: expected each status on its own option; "done" is discussed already/,
      );
    });

    it("accepts a team and the collaborators as voters", () => {
      expect(parseConfig("votes:\n  eligible: { team: leadership }\n").votes.eligible).toEqual({
        team: "leadership",
      });
      expect(parseConfig("votes:\n  eligible: collaborators\n").votes.eligible).toBe(
        "collaborators",
      );
    });
  });

  describe("with a value of the wrong type", () => {
    it("names the file, line, column, key path, what was given and what was expected", () => {
      const error = problemOf("labels:\n  topic: agenda\nvotes:\n  perPerson: three\n");
      expect(error.message).toBe(
        '.github/roundtable.yml:4:14: votes.perPerson: expected a whole number from 1 to 20, got "three"',
      );
      expect(error.problems).toHaveLength(1);
      expect(error.problems[0]).toMatchObject({ path: "votes.perPerson", line: 4, column: 14 });
    });

    it("points into lists by index", () => {
      const error = problemOf("lanes:\n  - key: a\n    name: A\n  - key: Not A Key\n    name: B\n");
      expect(error.message).toMatch(
        /^\.github\/roundtable\.yml:4:10: lanes\[1\]\.key: expected a short key/,
      );
    });

    it("says which choices a union has", () => {
      const error = problemOf("votes:\n  eligible: somebody\n");
      expect(error.message).toContain(
        "votes.eligible: expected everyone, collaborators, participants, a list of logins, or { team: <team-slug> }",
      );
      expect(error.message).toContain('got "somebody"');
    });
  });

  describe("with an unknown key", () => {
    it("names the key where it stands and lists the known ones", () => {
      const error = problemOf("votes:\n  perPerson: 3\n  perperson: 4\n");
      expect(error.message).toBe(
        ".github/roundtable.yml:3:3: votes.perperson: unknown setting (did you mean perPerson? expected one of perPerson, eligible, countAuthor, excludeBots, roundStart, source, maxPerTopic, reveal, roundEnd, ballotKey, batchSize)",
      );
    });

    it("finds unknown keys at the top level too", () => {
      const error = problemOf("vote:\n  perPerson: 3\n");
      expect(error.problems[0]).toMatchObject({ path: "vote", line: 1, column: 1 });
      expect(error.message).toContain(
        "expected one of labels, votes, statuses, project, lanes, pages",
      );
    });
  });

  describe("with broken YAML", () => {
    it("gives the line and says what to check", () => {
      const error = problemOf("votes:\n  perPerson: 3\n eligible: everyone\n");
      expect(error.problems).toHaveLength(1);
      expect(error.message).toMatch(
        /^\.github\/roundtable\.yml:3:\d+: this is not valid YAML \(.+\); check the indentation and quoting on this line$/,
      );
    });

    it("refuses a key given twice rather than silently keeping one", () => {
      const error = problemOf("votes:\n  perPerson: 3\n  perPerson: 4\n");
      expect(error.message).toMatch(/:3:3: this is not valid YAML \(Map keys must be unique/);
    });

    it("refuses a file that is not a mapping", () => {
      expect(problemOf("- votes\n").message).toBe(
        '.github/roundtable.yml:1:1: expected a mapping of settings such as "votes:", got a list',
      );
    });
  });

  it("reports every problem, one line each", () => {
    const error = problemOf("votes:\n  perPerson: 0\n  countAuthor: maybe\n");
    expect(error.message.split("\n")).toEqual([
      ".github/roundtable.yml:2:14: votes.perPerson: expected a whole number from 1 to 20, got 0",
      '.github/roundtable.yml:3:16: votes.countAuthor: expected true or false, got "maybe"',
    ]);
  });
});

describe("defaults are each config's own", () => {
  it("an edit to one config's default lanes and check-ins does not reach the next config", () => {
    const first = parseConfig("");
    const lane = first.lanes[0];
    const checkin = first.meetings.checkins[0];
    if (!lane || !checkin) throw new Error("expected default lanes and check-ins");
    lane.name = "Edited";
    checkin.statements.push("Edited");
    const second = parseConfig("");
    expect(second.lanes[0]?.name).toBe("Production");
    expect(second.meetings.checkins[0]?.statements).not.toContain("Edited");
  });
});
