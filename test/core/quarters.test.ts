import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatQuarter,
  parseQuarter,
  quarterOf,
  quarterStart,
  quartersBetween,
} from "../../src/core/quarters.js";

describe("quarters", () => {
  it("places a day in its calendar quarter", () => {
    expect(formatQuarter(quarterOf("2026-11-22T02:00:00Z"))).toBe("2026-Q4");
    expect(formatQuarter(quarterOf("2026-01-01T00:00:00Z"))).toBe("2026-Q1");
  });

  it("names a fiscal year for the calendar year it ends in", () => {
    // A fiscal year from April: May 2026 is the first quarter of the year ending March 2027.
    expect(formatQuarter(quarterOf("2026-05-15T00:00:00Z", 4))).toBe("2027-Q1");
    expect(formatQuarter(quarterOf("2026-03-31T00:00:00Z", 4))).toBe("2026-Q4");
    expect(quarterStart({ year: 2027, q: 1 }, 4)).toBe("2026-04-01");
    expect(quarterStart({ year: 2026, q: 4 }, 4)).toBe("2026-01-01");
  });

  it("reads the ways people name quarters", () => {
    expect(parseQuarter("2026-Q4")).toEqual({ year: 2026, q: 4 });
    expect(parseQuarter("Q1 2027")).toEqual({ year: 2027, q: 1 });
    expect(parseQuarter("2026 q2")).toEqual({ year: 2026, q: 2 });
    expect(parseQuarter("Someday")).toBeUndefined();
  });

  it("starts every quarter on a day that falls in that quarter", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 12 }),
        (year, q, start) => {
          const quarter = { year, q: q as 1 | 2 | 3 | 4 };
          expect(quarterOf(`${quarterStart(quarter, start)}T00:00:00Z`, start)).toEqual(quarter);
        },
      ),
    );
    expect(quartersBetween({ year: 2026, q: 4 }, { year: 2027, q: 2 })).toBe(2);
  });
});
