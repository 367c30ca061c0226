import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  alignToTimeboxes,
  type Cue,
  readMeetingLog,
  readTranscript,
} from "../../../src/core/minutes/index.js";

const cue = (speaker: string, text: string, start: number, end: number): Cue => ({
  speaker,
  text,
  start,
  end,
  line: 1,
});

const log = readMeetingLog(
  {
    format: "meeting-log/1",
    id: "m1",
    topics: [
      {
        index: 3,
        title: "Budget",
        timeboxes: [
          { startSeconds: 10, endSeconds: 20 },
          { start: "00:00:40.000", end: "00:00:50.000" },
        ],
      },
      { title: "Hiring", timeboxes: [{ startSeconds: 20, endSeconds: 40 }] },
    ],
  },
  "m1.log.json",
);

describe("alignToTimeboxes", () => {
  it("gives a topic discussed in two stretches the turns of both, and each other topic its own", () => {
    const cues = [
      cue("Ann", "hello all", 0, 5),
      cue("Ann", "the budget is tight", 11, 14),
      cue("Ann", "very tight", 14, 16),
      cue("Bo", "we hire two", 22, 30),
      cue("Bo", "back to the budget", 41, 45),
      cue("Cy", "goodbye", 55, 58),
    ];
    const [budget, hiring] = alignToTimeboxes(cues, log);
    expect(budget?.topic.index).toBe(3);
    expect(budget?.turns.map((t) => [t.speaker, t.text])).toEqual([
      ["Ann", "the budget is tight very tight"],
      ["Bo", "back to the budget"],
    ]);
    expect(hiring?.topic.index).toBe(1);
    expect(hiring?.turns.map((t) => t.text)).toEqual(["we hire two"]);
  });

  it("takes the first cue as the meeting's start, moved by the offset", () => {
    // The recording began 100 s into the meeting's clock: the same words, later cues.
    const late = [
      cue("Ann", "hello", 100, 101),
      cue("Ann", "the budget", 112, 114),
      cue("Bo", "we hire", 125, 130),
    ];
    expect(alignToTimeboxes(late, log).map((t) => t.turns.map((u) => u.text))).toEqual([
      ["the budget"],
      ["we hire"],
    ]);
    // The first cue was spoken 20 s after the start: everything moves 20 s on.
    expect(alignToTimeboxes(late, log, 20).map((t) => t.turns.map((u) => u.text))).toEqual([
      ["we hire"],
      ["hello the budget"],
    ]);
  });

  it("puts a cue in the timebox its middle falls in", () => {
    const [budget, hiring] = alignToTimeboxes(
      [cue("Ann", "start", 0, 1), cue("Ann", "straddles", 18, 24)],
      log,
    );
    expect(budget?.turns).toEqual([]);
    expect(hiring?.turns.map((t) => t.text)).toEqual(["straddles"]);
  });
});

describe("on a real meeting", () => {
  it("gives IS1005a's task allocation, discussed in two stretches, the turns of both", () => {
    const file = "test/fixtures/meetings/IS1005a.zoom.vtt";
    const transcript = readTranscript(readFileSync(file, "utf8"), file);
    const meeting = readMeetingLog(
      JSON.parse(readFileSync("test/fixtures/meetings/IS1005a.log.json", "utf8")),
      "IS1005a.log.json",
    );
    const tasks = alignToTimeboxes(transcript.cues, meeting)[4];
    expect(tasks?.topic.title).toBe("Task allocation for team members");
    const [first, second] = tasks?.topic.timeboxes ?? [];
    const within = (box: typeof first) =>
      tasks?.turns.filter((t) => box && t.start >= box.start && t.end <= box.end).length;
    expect(within(first)).toBeGreaterThan(0);
    expect(within(second)).toBeGreaterThan(0);
    expect((within(first) ?? 0) + (within(second) ?? 0)).toBe(tasks?.turns.length);
  });
});

describe("readMeetingLog", () => {
  it("reads seconds and hh:mm:ss times, and numbers topics by position when no index is given", () => {
    expect(log.topics.map((t) => [t.index, t.title, t.timeboxes])).toEqual([
      [
        3,
        "Budget",
        [
          { start: 10, end: 20 },
          { start: 40, end: 50 },
        ],
      ],
      [1, "Hiring", [{ start: 20, end: 40 }]],
    ]);
  });

  it("says which key of which file is wrong", () => {
    expect(() =>
      readMeetingLog({ format: "meeting-log/2", id: "x", topics: [] }, "a.json"),
    ).toThrow(/^a\.json: format: .*\(expected a meeting log: \{"format": "meeting-log\/1"/);
    expect(() =>
      readMeetingLog(
        {
          format: "meeting-log/1",
          id: "x",
          topics: [{ title: "T", timeboxes: [{ start: "soon", end: 5 }] }],
        },
        "a.json",
      ),
    ).toThrow(
      'a.json: topics.0.timeboxes.0.start: is not a time (expected seconds from the meeting\'s start, or "hh:mm:ss.mmm", got "soon")',
    );
  });
});
