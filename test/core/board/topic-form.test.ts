import { parseIssue } from "@github/issue-parser";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boardOf } from "../../../src/core/board-of.js";
import { parseTopicForm, topicFormYaml, topicsOf } from "../../../src/core/index.js";
import { renderWelcomeComment } from "../../../src/render/board/welcome-comment.js";
import { toMarkdown } from "../../../src/render/to-markdown.js";
import { config, issue, snapshot } from "../../helpers/factories.js";

const formBody = (answers: { what: string; why: string; outcome: string; sponsor: string }) =>
  [
    "### What is it?",
    "",
    answers.what,
    "",
    "### Why discuss it? What problem does it solve?",
    "",
    answers.why,
    "",
    "### What would a good outcome look like?",
    "",
    answers.outcome,
    "",
    "### Will you sponsor it?",
    "",
    answers.sponsor,
  ].join("\n");

describe("parseTopicForm", () => {
  it("reads every answer of the form", () => {
    const form = parseTopicForm(
      formBody({
        what: "Hiring staff engineers",
        why: "Nobody agrees on the bar.\n\nTwo paragraphs, even.",
        outcome: "A rubric",
        sponsor: "- [x] I will sponsor this topic",
      }),
    );
    expect(form).toEqual({
      what: "Hiring staff engineers",
      why: "Nobody agrees on the bar.\n\nTwo paragraphs, even.",
      outcome: "A rubric",
      willSponsor: true,
      fromForm: true,
      missing: [],
    });
  });

  it("treats _No response_ and None as empty, and names the required questions left empty", () => {
    const form = parseTopicForm(
      formBody({
        what: "None",
        why: "_No response_",
        outcome: "_No response_",
        sponsor: "- [ ] I will sponsor this topic",
      }),
    );
    expect(form).toMatchObject({
      what: "",
      why: "",
      outcome: "",
      willSponsor: false,
      fromForm: true,
    });
    expect(form.missing).toEqual(["What is it?", "Why discuss it? What problem does it solve?"]);
  });

  it("reads a body written on Windows", () => {
    const body = formBody({
      what: "A",
      why: "B",
      outcome: "C",
      sponsor: "- [X] I will sponsor this topic",
    });
    expect(parseTopicForm(body.replace(/\n/g, "\r\n"))).toMatchObject({
      what: "A",
      why: "B",
      willSponsor: true,
    });
  });

  it("still yields a topic from a body written by hand", () => {
    const body = "We keep arguing about monorepos.\n\n### Context\n\nSee the RFC.";
    expect(parseTopicForm(body)).toEqual({
      what: body,
      why: "",
      outcome: "",
      willSponsor: false,
      fromForm: false,
      missing: [],
    });
  });

  it("asks for a description when the body is empty", () => {
    expect(parseTopicForm("  \n").missing).toEqual(["What is it?"]);
  });
});

describe("parseTopicForm, against the library's own reading of the form", () => {
  const answer = fc.oneof(
    fc.constantFrom("_No response_", "None", "", "A short answer", "Two\n\nparagraphs"),
    fc.string({ maxLength: 60 }).filter((s) => !s.includes("#")),
  );
  it("reads the same answers as parseIssue given the template", () => {
    fc.assert(
      fc.property(answer, answer, answer, fc.boolean(), (what, why, outcome, sponsor) => {
        const body = formBody({
          what,
          why,
          outcome,
          sponsor: `- [${sponsor ? "x" : " "}] I will sponsor this topic`,
        });
        const library = parseIssue(body, topicFormYaml);
        const ours = parseTopicForm(body);
        const text = (v: unknown) => (typeof v === "string" ? v : "");
        expect(ours.what).toBe(text(library.what));
        expect(ours.why).toBe(text(library.why));
        expect(ours.outcome).toBe(text(library.outcome));
        const checked = library.sponsor as { selected: string[] } | undefined;
        expect(ours.willSponsor).toBe((checked?.selected.length ?? 0) > 0);
      }),
    );
  });

  it("keeps a heading written inside an answer as part of that answer", () => {
    const body = formBody({
      what: "Intro\n\n### Context\n\nMore",
      why: "B",
      outcome: "C",
      sponsor: "",
    });
    expect(parseTopicForm(body).what).toBe("Intro\n\n### Context\n\nMore");
    expect(parseIssue(body, topicFormYaml).what).toContain("### Context");
  });
});

describe("parseTopicForm, on hostile bodies", () => {
  // The library's regular expression takes seconds on each of these (see npm run bench); a hang
  // here would stall the app on one issue, and trips the test runner's timeout.
  it("reads 64 KB of heading marks as a hand-written body", () => {
    for (const body of ["###".repeat(21_845), "#".repeat(65_536), `### ${" ".repeat(65_530)}`]) {
      expect(parseTopicForm(body)).toMatchObject({ fromForm: false, what: body.trim() });
    }
  });

  it("keeps a huge answer whole", () => {
    const huge = "#".repeat(60_000);
    const body = formBody({
      what: huge,
      why: "B",
      outcome: "C",
      sponsor: "- [x] I will sponsor this topic",
    });
    expect(parseTopicForm(body)).toMatchObject({ what: huge, why: "B", willSponsor: true });
  });
});

describe("topicsOf", () => {
  it("takes a topic's status and sponsor from its issue, and the welcome comment reads its own form", () => {
    const body = formBody({
      what: "Hiring staff engineers",
      why: "_No response_",
      outcome: "_No response_",
      sponsor: "- [ ] I will sponsor this topic",
    });
    const shot = snapshot([issue(1, { labels: ["topic"], body, assignees: ["ada"] })]);
    const [topic] = topicsOf(shot, config());
    expect(topic).toMatchObject({ number: 1, status: "toDiscuss", sponsor: "ada", body });
    if (!topic) throw new Error("no topic");
    const board = boardOf(shot, config());
    expect(toMarkdown(renderWelcomeComment(topic, board, config()))).toContain(
      "the form's **Why discuss it? What problem does it solve?** question is still empty",
    );
  });
});
