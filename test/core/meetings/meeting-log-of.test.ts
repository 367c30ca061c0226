import { describe, expect, it } from "vitest";
import { meetingOf } from "../../../src/core/index.js";
import { meetingLogOf } from "../../../src/core/meetings/meeting-log-of.js";
import { config, issue } from "../../helpers/factories.js";
import { heldMeeting } from "./held-meeting.js";

describe("meetingLogOf", () => {
  it("gives each topic on the table every stretch it was discussed in, in seconds from the start", () => {
    const titles = new Map([
      [2, "Follow-the-sun on-call"],
      [3, "Incident reviews"],
    ]);
    expect(meetingLogOf(meetingOf(heldMeeting(), config()), (n) => titles.get(n))).toEqual({
      id: "1",
      topics: [
        {
          index: 2,
          title: "Follow-the-sun on-call",
          timeboxes: [
            { start: 60, end: 660 },
            { start: 1200, end: 1500 },
          ],
        },
        { index: 3, title: "Incident reviews", timeboxes: [{ start: 660, end: 1200 }] },
      ],
    });
  });

  it("has nothing to give before a topic has been on the table", () => {
    const unstarted = issue(1, { labels: ["meeting"], comments: [] });
    expect(meetingLogOf(meetingOf(unstarted, config()), () => undefined)).toBeUndefined();
  });
});
