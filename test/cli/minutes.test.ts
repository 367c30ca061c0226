import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { serializeSnapshot } from "../../src/core/snapshot-file.js";
import { heldMeeting } from "../core/minutes/held-meeting.js";
import { issue, snapshot } from "../helpers/factories.js";

const fixtures = resolve("test/fixtures/meetings");

async function run(argv: string[], cwd = fixtures) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["minutes", ...argv], {
    cwd,
    env: {},
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "2026-12-03T18:00:00Z",
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

interface Draft {
  id: string;
  topics: Array<{
    index: number;
    title: string;
    outcome: string;
    takeaways: string[];
    actionItems: Array<{ who?: string; what: string; when?: string }>;
  }>;
}

const draftOf = async (transcript: string, log: string): Promise<Draft> => {
  const { code, out, err } = await run(["--transcript", transcript, "--timeboxes", log, "--json"]);
  expect(err).toBe("");
  expect(code).toBe(0);
  return JSON.parse(out) as Draft;
};

/** Share of words in common (unigram F1, lowercase): a rough, independent check that a draft is about its topic. */
function overlap(draft: string, reference: string): number {
  const words = (s: string) => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const ref = new Map<string, number>();
  for (const w of words(reference)) ref.set(w, (ref.get(w) ?? 0) + 1);
  let hits = 0;
  const mine = words(draft);
  for (const w of mine) {
    const left = ref.get(w) ?? 0;
    if (left > 0) {
      hits++;
      ref.set(w, left - 1);
    }
  }
  const p = hits / (mine.length || 1);
  const r = hits / (words(reference).length || 1);
  return p + r ? (2 * p * r) / (p + r) : 0;
}

describe("roundtable minutes", () => {
  describe("on a real meeting's Zoom WebVTT and its meeting log", () => {
    it("prints, as JSON, each topic of the log with an outcome of at most 60 words, takeaways and action items", async () => {
      const draft = await draftOf("IS1005a.zoom.vtt", "IS1005a.log.json");
      const log = JSON.parse(readFileSync(join(fixtures, "IS1005a.log.json"), "utf8"));
      expect(draft.id).toBe("IS1005a");
      expect(draft.topics.map((t) => t.title)).toEqual(
        log.topics.map((t: { title: string }) => t.title),
      );
      for (const topic of draft.topics) {
        expect(topic.outcome).toMatch(/^The team discussed /);
        expect(topic.outcome.match(/[A-Za-z0-9']+/g)?.length).toBeLessThanOrEqual(60);
        expect(topic.takeaways.length).toBeLessThanOrEqual(3);
        expect(Object.keys(topic).sort()).toEqual([
          "actionItems",
          "index",
          "outcome",
          "takeaways",
          "title",
        ]);
      }
    });

    it("drafts outcomes that share words with the human summaries of the same topics", async () => {
      const scores: number[] = [];
      for (const id of ["IS1005a", "IS1004a"]) {
        const draft = await draftOf(`${id}.zoom.vtt`, `${id}.log.json`);
        const references = JSON.parse(
          readFileSync(join(fixtures, `${id}.references.json`), "utf8"),
        );
        references.topics.forEach((t: { summary: string | null }, i: number) => {
          if (t.summary) scores.push(overlap(draft.topics[i]?.outcome ?? "", t.summary));
        });
      }
      expect(scores).toHaveLength(5);
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      // Measured 0.346 when written; the first 53 words said in each topic score 0.308.
      expect(mean).toBeGreaterThan(0.33);
    });
  });

  it("gives the same draft from Zoom's WebVTT, Teams' WebVTT and plain Name: text lines", async () => {
    for (const id of ["IS1005a", "IS1004a"]) {
      const zoom = await draftOf(`${id}.zoom.vtt`, `${id}.log.json`);
      expect(await draftOf(`${id}.teams.vtt`, `${id}.log.json`)).toEqual(zoom);
      expect(await draftOf(`${id}.txt`, `${id}.log.json`)).toEqual(zoom);
    }
  });

  it("reads a Teams transcript document (.docx) and lists who promised what, by when", async () => {
    const draft = await draftOf("teams-transcript.docx", "teams-transcript.log.json");
    expect(draft.topics.map((t) => [t.index, t.title])).toEqual([
      [12, "On-call rotation"],
      [15, "Hiring plan"],
    ]);
    expect(draft.topics[0]?.outcome).toBe(
      'The team discussed on-call rotation: Omar Haddad said "Our on-call rotation burns out the two senior engineers every quarter"; Fay Lindqvist said "We agreed to move the rotation to a follow-the-sun schedule across both offices".',
    );
    expect(draft.topics[0]?.actionItems).toContainEqual({
      who: "Omar Haddad",
      what: "Draft the follow-the-sun schedule by Friday",
      when: "by Friday",
    });
    expect(draft.topics[1]?.actionItems).toContainEqual({
      who: "the team",
      what: "Train four more interviewers before the next hiring round",
    });
  });

  it("prints a readable draft without --json", async () => {
    const { code, out } = await run([
      "--transcript",
      "teams-transcript.docx",
      "--timeboxes",
      "teams-transcript.log.json",
    ]);
    expect(code).toBe(0);
    expect(out.split("\n").slice(0, 2)).toEqual([
      "12. On-call rotation",
      expect.stringMatching(/^ {3}Outcome: The team discussed on-call rotation: /),
    ]);
    expect(out).toContain(
      "   Action: Omar Haddad: Draft the follow-the-sun schedule by Friday (by Friday)",
    );
  });

  it("writes nothing: the transcript stays in memory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roundtable-minutes-"));
    writeFileSync(join(dir, "call.vtt"), readFileSync(join(fixtures, "IS1004a.zoom.vtt")));
    writeFileSync(join(dir, "log.json"), readFileSync(join(fixtures, "IS1004a.log.json")));
    const { code } = await run(
      ["--transcript", "call.vtt", "--timeboxes", "log.json", "--json"],
      dir,
    );
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["call.vtt", "log.json"]);
  });

  describe("with bad input", () => {
    it("names the transcript's line and what it expected, in one line", async () => {
      const dir = mkdtempSync(join(tmpdir(), "roundtable-minutes-"));
      writeFileSync(join(dir, "call.vtt"), "WEBVTT\n\n1\n00:00:01.000 --> later\nAnn: hi\n");
      writeFileSync(join(dir, "log.json"), readFileSync(join(fixtures, "IS1004a.log.json")));
      const { code, err } = await run(["--transcript", "call.vtt", "--timeboxes", "log.json"], dir);
      expect(code).toBe(1);
      expect(err).toBe(
        'roundtable minutes: call.vtt:4: is not a cue timing (expected "00:00:01.000 --> 00:00:04.000", got "00:00:01.000 --> later")',
      );
    });

    it("says a meeting log that is not JSON is not JSON", async () => {
      const { code, err } = await run([
        "--transcript",
        "IS1004a.txt",
        "--timeboxes",
        "IS1004a.txt",
      ]);
      expect(code).toBe(1);
      expect(err).toMatch(
        /^roundtable minutes: IS1004a\.txt: is not JSON \(expected the meeting-log\/1 JSON file written beside the transcript, got /,
      );
    });

    it("says a file that is not a Word document is not one", async () => {
      const renamed = mkdtempSync(join(tmpdir(), "roundtable-minutes-"));
      writeFileSync(join(renamed, "call.docx"), "not a zip");
      writeFileSync(join(renamed, "log.json"), readFileSync(join(fixtures, "IS1004a.log.json")));
      const docx = await run(["--transcript", "call.docx", "--timeboxes", "log.json"], renamed);
      expect(docx.code).toBe(1);
      expect(docx.err).toMatch(
        /^roundtable minutes: call\.docx: is not a Word document mammoth can read \(expected a \.docx transcript as Teams or Meet export it\); export the transcript again, or as WebVTT \(\.vtt\)$/,
      );
    });

    it("asks for the options it needs", async () => {
      expect(await run(["--transcript", "IS1004a.txt"])).toMatchObject({
        code: 2,
        err: expect.stringMatching(
          /minutes needs --timeboxes LOG\.json \(the meeting log\) or --issue N/,
        ),
      });
      expect(
        await run([
          "--transcript",
          "IS1004a.txt",
          "--timeboxes",
          "IS1004a.log.json",
          "--offset",
          "soon",
        ]),
      ).toMatchObject({
        code: 2,
        err: expect.stringMatching(
          /--offset is a number of seconds such as 90 or -12\.5, not soon/,
        ),
      });
      expect((await run(["--transcript", "nope.vtt", "--timeboxes", "IS1004a.log.json"])).err).toBe(
        "roundtable minutes: nope.vtt: cannot read the transcript (no such file); check the path",
      );
    });
  });
});

describe("roundtable minutes --issue N", () => {
  const board = () => {
    const dir = mkdtempSync(join(tmpdir(), "roundtable-minutes-"));
    const topics = [
      issue(2, { title: "Follow-the-sun on-call" }),
      issue(3, { title: "Incident reviews" }),
    ];
    writeFileSync(join(dir, "board.json"), serializeSnapshot(snapshot([heldMeeting(), ...topics])));
    // The recording began 30 s after the meeting started (16:00:30).
    writeFileSync(
      join(dir, "call.vtt"),
      [
        "WEBVTT",
        "",
        "00:00:00.000 --> 00:00:03.000",
        "Fay: Welcome everyone, let us begin with the first topic.",
        "",
        "00:00:40.000 --> 00:00:46.000",
        "Omar: Our on-call rotation burns out the two senior engineers every quarter.",
        "",
        "00:11:00.000 --> 00:11:06.000",
        "Lee: Incident reviews should teach the whole team rather than blame one person.",
        "",
        "00:20:00.000 --> 00:20:06.000",
        "Omar: Back to the rotation: I'll draft the follow-the-sun rotation by Friday.",
        "",
      ].join("\n"),
    );
    return dir;
  };

  it("drafts each topic the meeting had on the table from its own log, both stretches of one discussed twice", async () => {
    const dir = board();
    const { code, out, err } = await run(
      [
        "--transcript",
        "call.vtt",
        "--snapshot",
        "board.json",
        "--issue",
        "1",
        "--offset",
        "30",
        "--json",
      ],
      dir,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    const draft = JSON.parse(out) as Draft;
    expect(draft.topics.map((t) => [t.index, t.title])).toEqual([
      [2, "Follow-the-sun on-call"],
      [3, "Incident reviews"],
    ]);
    expect(draft.topics[0]?.outcome).toBe(
      'The team discussed follow-the-sun on-call: Omar said "Our on-call rotation burns out the two senior engineers every quarter"; Omar said "Back to the rotation: I\'ll draft the follow-the-sun rotation by Friday".',
    );
    expect(draft.topics[0]?.actionItems).toEqual([
      { who: "Omar", what: "Draft the follow-the-sun rotation by Friday", when: "by Friday" },
    ]);
    expect(draft.topics[1]?.outcome).toContain('Lee said "Incident reviews should teach');
    expect(draft.topics.map((t) => t.outcome).join(" ")).not.toContain("Welcome");
  });

  it("says when the issue is not a meeting, and when the meeting had no topic on the table", async () => {
    const dir = board();
    const notMeeting = await run(
      ["--transcript", "call.vtt", "--snapshot", "board.json", "--issue", "2"],
      dir,
    );
    expect(notMeeting).toMatchObject({
      code: 1,
      err: 'roundtable minutes: #2: is not a meeting issue (expected an issue labelled "meeting", got "Follow-the-sun on-call")',
    });
    expect((await run(["--transcript", "call.vtt", "--issue", "1"], dir)).err).toMatch(
      /--repo OWNER\/NAME is needed/,
    );
    expect(
      (await run(["--transcript", "call.vtt", "--timeboxes", "x.json", "--issue", "1"], dir)).err,
    ).toMatch(/give --timeboxes LOG\.json or --issue N, not both/);
  });
});
