import { describe, expect, it } from "vitest";
import { parseConfig } from "../../../src/config/index.js";
import { planSeries, seriesOpenings } from "../../../src/core/index.js";

const config = parseConfig(`meetings:
  series:
    every: 6
    weekday: thursday
    start: "2027-01-07T17:00"
    timeZone: Europe/Berlin
    openBefore: 14
    skip: ["2027-05-13"]
`);
const series = config.meetings.series as NonNullable<typeof config.meetings.series>;
const snapshot = { repository: "o/r", issues: [] } as never;

describe("a series' openings (the app's timer)", () => {
  it("is midnight in the series' zone, openBefore days ahead, across a daylight-saving change", () => {
    // 2027-01-07 opens 2026-12-24 00:00 Berlin (winter, UTC+1).
    expect(seriesOpenings(series, "2026-12-01T00:00:00Z")).toEqual({
      due: null,
      next: "2026-12-23T23:00:00.000Z",
    });
    // 2027-04-01 opens 2027-03-18 (winter); 2027-05-13 is skipped; 2027-06-24 opens 2027-06-10
    // 00:00 in summer time (UTC+2).
    expect(seriesOpenings(series, "2027-03-18T12:00:00Z")).toEqual({
      due: "2027-03-17T23:00:00.000Z",
      next: "2027-06-09T22:00:00.000Z",
    });
  });

  it("agrees with the plan: at the opening instant the date is due, a moment before it is not", () => {
    const { next } = seriesOpenings(series, "2026-12-01T00:00:00Z");
    const at = Date.parse(next as string);
    expect(planSeries(snapshot, config, new Date(at - 1).toISOString())).toEqual([]);
    const opened = planSeries(snapshot, config, new Date(at).toISOString());
    expect(opened.map((e) => (e as { title: string }).title)).toEqual(["Lean coffee 2027-01-07"]);
    // Once the meeting's date has passed, it is due no more.
    expect(seriesOpenings(series, "2027-01-08T00:00:00Z").due).toBeNull();
  });
});
