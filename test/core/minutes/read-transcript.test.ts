import { describe, expect, it } from "vitest";
import { readTranscript, transcriptFormat } from "../../../src/core/minutes/index.js";

const speech = (text: string, file: string) =>
  readTranscript(text, file).cues.map(({ speaker, text, start, end }) => ({
    speaker,
    text,
    start,
    end,
  }));

describe("readTranscript", () => {
  describe("with a Zoom WebVTT", () => {
    it("reads each cue's speaker, words and times, with or without an identifier", () => {
      const vtt = `WEBVTT\n\n1\n00:00:01.500 --> 00:00:04.000\nAlice Smith: We ship on Friday.\n\n00:01:02.000 --> 00:01:05.250\nBob: Only if the tests pass &amp; the docs are in.\n`;
      expect(speech(vtt, "zoom.vtt")).toEqual([
        { speaker: "Alice Smith", text: "We ship on Friday.", start: 1.5, end: 4 },
        {
          speaker: "Bob",
          text: "Only if the tests pass & the docs are in.",
          start: 62,
          end: 65.25,
        },
      ]);
    });

    it("skips NOTE and STYLE blocks and keeps a nameless cue with the speaker before it", () => {
      const vtt = `WEBVTT - exported\n\nNOTE recorded on the laptop\n\nSTYLE\n::cue { color: red }\n\n00:00.000 --> 00:02.000\nAlice: First part,\n\n00:02.000 --> 00:03.000\nand the rest.\n`;
      expect(speech(vtt, "zoom.vtt").map((c) => [c.speaker, c.text])).toEqual([
        ["Alice", "First part,"],
        ["Alice", "and the rest."],
      ]);
    });
  });

  describe("with a Teams WebVTT", () => {
    it("reads the voice spans, several in one cue, with or without a class or a closing tag", () => {
      const vtt = `WEBVTT\n\nab12-0\n00:00:00.000 --> 00:00:03.000\n<v Alice Smith>We ship on Friday.</v>\n\nab12-1\n00:00:03.000 --> 00:00:05.000\n<v.loud Bob>Only if</v> <v Alice Smith>the tests pass\n`;
      expect(speech(vtt, "teams.vtt").map((c) => [c.speaker, c.text])).toEqual([
        ["Alice Smith", "We ship on Friday."],
        ["Bob", "Only if"],
        ["Alice Smith", "the tests pass"],
      ]);
    });
  });

  it("reads SRT's numbered cues and comma decimals", () => {
    const srt = `1\r\n00:00:01,000 --> 00:00:02,500\r\nAlice: Hello.\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\n<i>Bob: Hi.</i>\r\n`;
    expect(speech(srt, "call.srt")).toEqual([
      { speaker: "Alice", text: "Hello.", start: 1, end: 2.5 },
      { speaker: "Bob", text: "Hi.", start: 3, end: 4 },
    ]);
  });

  describe("with plain Name: text lines", () => {
    it("times the turns at 150 words a minute, as the meeting evaluation's logs do", () => {
      const text = "Alice: one two three four five\n\nBob: six seven\nwrapped on\n";
      expect(speech(text, "notes.txt")).toEqual([
        { speaker: "Alice", text: "one two three four five", start: 0, end: 2 },
        { speaker: "Bob", text: "six seven wrapped on", start: 2.2, end: 3.8 },
      ]);
      expect(readTranscript(text, "notes.txt").timesSynthesised).toBe(true);
    });

    it("takes the times of [hh:mm:ss] prefixes when every turn has one", () => {
      const text = "[00:00:05] Alice: one two\n[00:00:09] Bob: three\n";
      expect(speech(text, "notes.txt").map((c) => [c.start, c.end])).toEqual([
        [5, 9],
        [9, 9.4],
      ]);
    });
  });

  describe("with a bad file", () => {
    const message = (text: string, file: string) => {
      try {
        readTranscript(text, file);
      } catch (error) {
        return (error as Error).message;
      }
      return "no error";
    };

    it("names a WebVTT's missing header", () => {
      expect(message("Alice: hi\n", "call.vtt")).toBe(
        'call.vtt:1: is not a WebVTT file (expected a first line "WEBVTT", got "Alice: hi")',
      );
    });

    it("names the line whose cue timing cannot be read", () => {
      expect(message("WEBVTT\n\n1\n00:00:01.000 -> 00:00:02.000\nAlice: hi\n", "call.vtt")).toBe(
        'call.vtt:4: is not a cue timing (expected "00:00:01.000 --> 00:00:04.000", got "00:00:01.000 -> 00:00:02.000")',
      );
      expect(message("1\n00:00:05,000 --> 00:00:01,000\nAlice: hi\n", "call.srt")).toMatch(
        /^call\.srt:2: is not a cue timing/,
      );
    });

    it("names the first line of a plain file that says no speaker", () => {
      expect(message('\n{"not": "a transcript"}\n', "notes.txt")).toBe(
        'notes.txt:2: does not say who is speaking (expected "Name: what they said", one turn a line, got "{\\"not\\": \\"a transcript\\"}"); write each turn as its speaker, a colon and the words, or export WebVTT from the meeting tool',
      );
    });

    it("refuses a transcript with no speech", () => {
      expect(message("WEBVTT\n\nNOTE nothing\n", "empty.vtt")).toMatch(
        /^empty\.vtt: holds no speech/,
      );
    });
  });

  it("knows a format by the file's name, else by its first lines", () => {
    expect(transcriptFormat("a.vtt", "")).toBe("vtt");
    expect(transcriptFormat("a.SRT", "")).toBe("srt");
    expect(transcriptFormat("a.docx", "")).toBe("docx");
    expect(transcriptFormat("a", "WEBVTT\n")).toBe("vtt");
    expect(transcriptFormat("a", "1\n00:00:01,000 --> 00:00:02,000\n")).toBe("srt");
    expect(transcriptFormat("a.txt", "Alice: hi")).toBe("plain");
  });
});

describe("a Teams or Meet document's text", () => {
  it("reads Teams' headings (name, time) and the words under them, skipping the title lines", () => {
    const text =
      "Lean coffee-Meeting Recording\n\nDecember 3, 2026, 5:00PM\n\n32m 10s\n\nFay Lindqvist   0:03\n\nWelcome.\n\nOmar Haddad   1:02:12\n\nThe rotation burns people out.\n";
    expect(speech(text, "t.docx").map((c) => [c.speaker, c.text, c.start])).toEqual([
      ["Fay Lindqvist", "Welcome.", 3],
      ["Omar Haddad", "The rotation burns people out.", 3732],
    ]);
  });

  it("reads Teams' older layout: timing, name, words", () => {
    const text =
      "0:0:0.0 --> 0:0:3.620\nFay Lindqvist\nWelcome.\n\n0:0:4.100 --> 0:0:6.000\nOmar Haddad\nHello.\n";
    expect(speech(text, "t.docx").map((c) => [c.speaker, c.text, c.start])).toEqual([
      ["Fay Lindqvist", "Welcome.", 0],
      ["Omar Haddad", "Hello.", 4.1],
    ]);
  });

  it("reads a Meet document as Name: text, its title and clock lines aside", () => {
    const text =
      "Weekly sync - Transcript\n\n00:00:00\n\nFay: Welcome.\nOmar: Hello.\n00:05:00\nFay: Next.\n";
    expect(speech(text, "t.docx").map((c) => [c.speaker, c.text])).toEqual([
      ["Fay", "Welcome."],
      ["Omar", "Hello."],
      ["Fay", "Next."],
    ]);
  });
});
