import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  actionItems,
  draftTopic,
  maxOutcomeWords,
  rankSentences,
  type TopicTurns,
  tidySpeech,
} from "../../../src/core/minutes/index.js";

const topic = (title: string, lines: Array<[string, string]>): TopicTurns => ({
  topic: { index: 7, title, timeboxes: [{ start: 0, end: 600 }] },
  turns: lines.map(([speaker, text], i) => ({ speaker, text, start: i * 10, end: i * 10 + 9 })),
});

const discussion = topic("On-call rotation", [
  ["Fay", "Yeah."],
  ["Omar", "Our on-call rotation burns out the two senior engineers every quarter."],
  ["Fay", "Uh, the the rotation should be shared by every engineer on the team."],
  ["Lee", "I had pizza for lunch today and it was quite good actually."],
  ["Omar", "So a shared rotation across both offices means nobody is paged at night."],
  ["Fay", "Is that fair?"],
  ["Lee", "The senior engineers could coach the others during their first on-call rotation."],
  ["Omar", "I'll draft the follow-the-sun rotation schedule by Friday."],
]);

describe("draftTopic", () => {
  const draft = draftTopic(discussion);

  it("opens the outcome with the topic and quotes, in spoken order, who said what the discussion converged on", () => {
    expect(draft.outcome).toMatch(/^The team discussed on-call rotation: /);
    expect(draft.outcome).toContain(
      'Omar said "Our on-call rotation burns out the two senior engineers every quarter"; Lee said "',
    );
    expect(draft.outcome).not.toContain("pizza");
    expect(draft.outcome.split(/\s+/).length).toBeLessThanOrEqual(maxOutcomeWords);
  });

  it("keeps up to three takeaways that say something the outcome did not", () => {
    expect(draft.takeaways.length).toBeGreaterThan(0);
    expect(draft.takeaways.length).toBeLessThanOrEqual(3);
    for (const takeaway of draft.takeaways)
      expect(draft.outcome).not.toContain(takeaway.slice(0, 30));
    expect(draft.takeaways.join(" ")).not.toMatch(/\?/);
  });

  it("lists the promise with who made it and by when", () => {
    expect(draft.actionItems).toContainEqual({
      who: "Omar",
      what: "Draft the follow-the-sun rotation schedule by Friday",
      when: "by Friday",
    });
  });

  it("says so when nothing was said in the topic's timebox", () => {
    const empty = draftTopic(topic("Parking", []));
    expect(empty).toMatchObject({
      index: 7,
      title: "Parking",
      outcome: "The team discussed parking; nothing was said in its timebox.",
      takeaways: [],
      actionItems: [],
      turns: 0,
    });
  });

  it("never writes an outcome of more than 60 words, whatever was said", () => {
    const line = fc.tuple(
      fc.constantFrom("Ann", "Bo", ""),
      fc
        .array(fc.constantFrom("budget", "the", "we", "ship", "risky", "plan.", "now?", "costs"), {
          maxLength: 80,
        })
        .map((w) => w.join(" ")),
    );
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(line, { maxLength: 30 }),
        (title, lines) => {
          const words =
            draftTopic(topic(title || "T", lines)).outcome.match(/[A-Za-z0-9']+/g)?.length ?? 0;
          return words <= maxOutcomeWords || (title.match(/[A-Za-z0-9']+/g)?.length ?? 0) > 40;
        },
      ),
    );
  });
});

describe("rankSentences", () => {
  it("puts what most people kept saying before an aside, and drops questions and backchannel", () => {
    const ranked = rankSentences(discussion.turns, discussion.topic.title).map((s) => s.text);
    expect(
      ranked.indexOf("I had pizza for lunch today and it was quite good actually."),
    ).toBeGreaterThan(2);
    expect(ranked).not.toContain("Yeah.");
    expect(ranked).not.toContain("Is that fair?");
  });
});

describe("actionItems", () => {
  const items = (speaker: string, text: string) =>
    actionItems(rankSentences([{ speaker, text, start: 0, end: 1 }], ""));

  it("gives we to the team, I to the speaker, and you to nobody named", () => {
    expect(
      items("Ann", "We need to pick one colour for the case before the next meeting."),
    ).toEqual([
      {
        who: "the team",
        what: "Pick one colour for the case before the next meeting",
        when: "before the next meeting",
      },
    ]);
    expect(items("Ann", "You should send the cost sheet to everyone.")).toEqual([
      { what: "Send the cost sheet to everyone" },
    ]);
  });

  it("lists the task up to the clause that leaves it, with no word left hanging", () => {
    expect(
      items(
        "Ann",
        "We should pick one colour for the case, and I'm gonna go back to my slides now.",
      ),
    ).toEqual([{ who: "the team", what: "Pick one colour for the case" }]);
    expect(items("Bo", "Uh I will use more colours for the logo and")).toEqual([
      { who: "Bo", what: "Use more colours for the logo" },
    ]);
  });

  it("takes no small talk for a task", () => {
    expect(items("Ann", "I'll see what happens with that then.")).toEqual([]);
    expect(items("Ann", "We will have a look.")).toEqual([]);
  });
});

describe("tidySpeech", () => {
  it("drops hesitations and stutters and never reorders words", () => {
    expect(tidySpeech("So, uh, we we we should um ship it it on Friday")).toBe(
      "we should ship it on Friday",
    );
  });
});
