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

  it("reads a UTC time's quarter from its text as a Date would, for any fiscal year start", () => {
    const byDate = (iso: string, startMonth: number) => {
      const d = new Date(iso);
      const shifted = (d.getUTCMonth() - (startMonth - 1) + 12) % 12;
      const year =
        d.getUTCFullYear() + (startMonth > 1 && d.getUTCMonth() >= startMonth - 1 ? 1 : 0);
      return { year, q: Math.floor(shifted / 3) + 1 };
    };
    const pad = (n: number, w = 2) => String(n).padStart(w, "0");
    const text = fc.oneof(
      fc
        .date({ noInvalidDate: true, min: new Date(0), max: new Date(4e12) })
        .map((d) => d.toISOString()),
      // Near misses: days a month lacks, hours past 23, offsets, no seconds, no Z.
      fc
        .tuple(
          fc.integer({ min: 1990, max: 2100 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 31 }),
          fc.integer({ min: 0, max: 25 }),
          fc.constantFrom("Z", ":00Z", ":59.5Z", "+05:00", ":00-03:00", ":00"),
        )
        .map(([y, m, d, h, tail]) => `${y}-${pad(m)}-${pad(d)}T${pad(h)}:30${tail}`),
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (iso, start) => {
        expect(quarterOf(iso, start)).toEqual(byDate(iso, start));
      }),
      { numRuns: 2000 },
    );
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
