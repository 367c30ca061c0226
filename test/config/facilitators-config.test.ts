import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/index.js";

function messageOf(text: string): string {
  try {
    parseConfig(text, ".github/roundtable.yml");
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("facilitators", () => {
  it("takes logins and teams written @org/team-slug", () => {
    const config = parseConfig("facilitators: [octocat, '@acme/leads']\n");
    expect(config.facilitators).toEqual(["octocat", "@acme/leads"]);
  });

  it("lets the people with write, maintain or admin on the repository facilitate by default", () => {
    expect(parseConfig("").facilitatorRoles).toEqual(["write", "maintain", "admin"]);
  });

  it("takes triage when the group says so, and [] for the named people alone", () => {
    expect(parseConfig("facilitatorRoles: [triage, write]\n").facilitatorRoles).toEqual([
      "triage",
      "write",
    ]);
    expect(parseConfig("facilitatorRoles: []\n").facilitatorRoles).toEqual([]);
  });

  it("refuses an entry that is neither a login nor a team, saying where and what is expected", () => {
    const message = messageOf("facilitators: ['acme/leads']\n");
    expect(message).toContain("facilitators");
    expect(message).toContain("@acme/leads");
    expect(message).toContain("acme/leads");
  });

  it("refuses a role GitHub does not give, naming the roles it takes", () => {
    const message = messageOf("facilitatorRoles: [owner]\n");
    expect(message).toContain("facilitatorRoles");
    expect(message).toContain("triage, write, maintain, admin");
  });
});
