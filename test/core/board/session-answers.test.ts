import { describe, expect, it } from "vitest";
import { readSessionAnswers } from "../../../src/core/board/session-answers.js";
import { parseMeetingForm, topicFormYaml } from "../../../src/core/index.js";

/** A topic body as GitHub writes it from the form: each answer under its label. */
const topicBody = (answers: Record<string, string>) =>
  [
    "### What is it?\n\nSupply chains",
    "### Why discuss it? What problem does it solve?\n\nWe keep getting it wrong",
    ...Object.entries(answers).map(([label, text]) => `### ${label}\n\n${text}`),
  ].join("\n\n");

describe("the topic form's session section", () => {
  it("reads the estimate, preferred slots, co-chairs and sessions to avoid", () => {
    const answers = readSessionAnswers(
      topicBody({
        "Expected attendance": "10-20",
        "Preferred slots": "10:00, 9:30",
        "Co-chairs": "@Ann, bob",
        "Sessions to avoid": "#12, #15",
      }),
      topicFormYaml,
    );
    expect(answers).toEqual({
      estimate: { min: 10, max: 20 },
      preferredSlots: ["10:00", "09:30"],
      cochairs: ["ann", "bob"],
      conflicts: [12, 15],
      problems: [],
    });
  });

  it("is empty when left blank, and names an unreadable answer", () => {
    const blank = readSessionAnswers(topicBody({}), topicFormYaml);
    expect(blank.estimate).toBeNull();
    expect(blank.preferredSlots).toEqual([]);
    const wrong = readSessionAnswers(topicBody({ "Expected attendance": "many" }), topicFormYaml);
    expect(wrong.problems).toEqual(["Expected attendance (like 10-20)"]);
    const open = readSessionAnswers(topicBody({ "Expected attendance": "50+" }), topicFormYaml);
    expect(open.estimate).toEqual({ min: 50, max: null });
  });
});

describe("the meeting form's rooms", () => {
  const body = (rooms: string) =>
    `### Date\n\n2026-12-03\n\n### Start time\n\n10:00\n\n### Time zone\n\nEurope/Berlin\n\n### Format\n\nUnconference\n\n### Unconference rooms\n\n${rooms}`;

  it("takes rooms with their seats", () => {
    const form = parseMeetingForm(body("Atrium 40, Library (12), Garden"));
    expect(form.rooms).toBe(3);
    expect(form.roomList).toEqual([
      { name: "Atrium", seats: 40 },
      { name: "Library", seats: 12 },
      { name: "Garden", seats: null },
    ]);
    expect(form.problems).toEqual([]);
  });

  it("still takes a count", () => {
    const form = parseMeetingForm(body("3"));
    expect(form.rooms).toBe(3);
    expect(form.roomList).toEqual([]);
  });
});
