import { describe, expect, it } from "vitest";
import { EligibilityError, eligibleVoters } from "../../../src/core/index.js";
import { snapshot } from "../../helpers/factories.js";

describe("eligibleVoters", () => {
  it("lets everyone vote by default", () => {
    expect(eligibleVoters("everyone", snapshot([]))("anyone")).toBe(true);
  });

  it("matches a list of logins without regard to case", () => {
    const isEligible = eligibleVoters(["Maya-Chen", "raj"], snapshot([]));
    expect(["maya-chen", "RAJ", "mallory"].map(isEligible)).toEqual([true, true, false]);
  });

  it("reads the collaborators and team members the snapshot lists", () => {
    const snap = snapshot([], { collaborators: ["ann"], teams: { leads: ["bob"] } });
    expect(eligibleVoters("collaborators", snap)("ann")).toBe(true);
    expect(eligibleVoters("collaborators", snap)("bob")).toBe(false);
    expect(eligibleVoters({ team: "leads" }, snap)("bob")).toBe(true);
  });

  it("says what to do when the snapshot lacks the people the setting needs", () => {
    expect(() => eligibleVoters("collaborators", snapshot([]))).toThrow(EligibilityError);
    expect(() => eligibleVoters("collaborators", snapshot([]))).toThrow(
      /lists no collaborators; take the snapshot with a token that can read them, or set votes.eligible to everyone/,
    );
    expect(() => eligibleVoters({ team: "leads" }, snapshot([]))).toThrow(
      /the team leads.*check the team slug/,
    );
  });
});
