import { describe, expect, it } from "vitest";
import { answerRsvp } from "../../src/jobs/rsvp-view.js";

const context = {
  owner: "acme",
  repo: "topics",
  installation: 0,
  now: "2026-03-02T10:00:00.000Z",
  dryRun: false,
};
const input = { issue: 4, login: "ada", action: "join" as const };

describe("a seat taken on the RSVP page, planned", () => {
  it("returns the meeting's invitation timers as follow-ups for the app, and writes nothing itself", () => {
    const times = {
      issue: 4,
      remindAt: "2026-03-09T16:00:00.000Z",
      remindFor: "2026-03-09T16:00:00.000Z",
      waiting: true,
    };
    const result = { place: "seated" as const, line: null };
    const planned = answerRsvp.plan({ result, times: [times] }, input, context);
    expect(planned.effects).toEqual([]);
    expect(planned.followUps).toEqual([{ trigger: "invitation-timers", data: times }]);
    expect(planned.result).toEqual(result);
  });

  it("asks for no timer when the meeting's invitations need none (meetings.invite off)", () => {
    const result = { place: "waitlist" as const, line: 2 };
    expect(answerRsvp.plan({ result, times: [] }, input, context).followUps).toEqual([]);
  });
});
