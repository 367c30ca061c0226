import { describe, expect, it } from "vitest";
import { parseMeetingForm } from "../../../src/core/index.js";

const body = (answers: Record<string, string>) =>
  Object.entries(answers)
    .map(([label, value]) => `### ${label}\n\n${value}`)
    .join("\n\n");

describe("parseMeetingForm", () => {
  it("reads an unconference's date, time, zone, slots and rooms", () => {
    const form = parseMeetingForm(
      body({
        Date: "2026-12-03",
        "Start time": "09:30",
        "Time zone": "Europe/Lisbon",
        Theme: "Platform strategy",
        Format: "Unconference",
        Capacity: "40",
        "Unconference slots": "8 x 45",
        "Unconference rooms": "3",
      }),
    );
    expect(form).toEqual({
      date: "2026-12-03",
      start: "09:30",
      timeZone: "Europe/Lisbon",
      theme: "Platform strategy",
      format: "unconference",
      capacity: 40,
      slots: 8,
      slotMinutes: 45,
      slotStarts: ["09:30", "10:15", "11:00", "11:45", "12:30", "13:15", "14:00", "14:45"],
      rooms: 3,
      roomList: [],
      problems: [],
    });
  });

  it("takes the slots' start times where they are given, with breaks between them", () => {
    const form = parseMeetingForm(
      body({
        Date: "2026-12-03",
        "Start time": "10:00",
        "Time zone": "UTC",
        Format: "Unconference",
        "Unconference slots": "4 x 30 at 10:00, 10:30, 14:00, 9:45",
      }),
    );
    expect(form.slotStarts).toEqual(["10:00", "10:30", "14:00", "09:45"]);
    expect(form.problems).toEqual([]);
    const short = parseMeetingForm(
      body({
        Date: "2026-12-03",
        "Start time": "10:00",
        "Time zone": "UTC",
        Format: "Unconference",
        "Unconference slots": "4 x 30 at 10:00, 10:30",
      }),
    );
    expect(short.slotStarts).toEqual(["10:00", "10:30", "11:00", "11:30"]);
    expect(short.problems).toEqual([
      "Unconference slots (4 start times, HH:MM, separated by commas)",
    ]);
  });

  it("falls back to the form's defaults and names what a facilitator must fix", () => {
    const form = parseMeetingForm(
      body({
        Date: "3 Dec",
        "Start time": "25:00",
        "Time zone": "Mars/Olympus",
        Format: "Lean coffee",
      }),
    );
    expect(form).toMatchObject({
      format: "lean-coffee",
      capacity: 12,
      slots: 6,
      slotMinutes: 30,
      rooms: 2,
    });
    expect(form.problems).toEqual([
      "Date (YYYY-MM-DD)",
      "Start time (HH:MM)",
      "Time zone (like Europe/Berlin)",
    ]);
  });

  it("judges a zone the same however often it is read, past the zones it keeps", () => {
    const zoneProblems = (zone: string) =>
      parseMeetingForm(body({ "Time zone": zone })).problems.includes(
        "Time zone (like Europe/Berlin)",
      );
    for (let round = 0; round < 2; round++) {
      expect(zoneProblems("Mars/Olympus")).toBe(true);
      expect(zoneProblems("Europe/Berlin")).toBe(false);
      expect(zoneProblems("Etc/GMT+5")).toBe(false);
    }
    for (let i = 0; i < 600; i++) zoneProblems(`Nowhere/${i}`);
    expect(zoneProblems("Mars/Olympus")).toBe(true);
    expect(zoneProblems("Europe/Berlin")).toBe(false);
  });

  it("reads the form around the region Roundtable keeps in the body", () => {
    const form = body({
      Date: "2026-12-03",
      "Start time": "17:00",
      "Time zone": "UTC",
      Format: "Lean coffee",
      Capacity: "20",
    });
    const withRegion = `${form}\n\n<!-- roundtable:begin meeting -->\n### Participants (1 of 20)\n\n1. ann\n<!-- roundtable:end meeting -->\n`;
    expect(parseMeetingForm(withRegion)).toMatchObject({ capacity: 20, problems: [] });
  });
});
