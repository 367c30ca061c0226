import { answer, readForm } from "../read-form.js";
import { sessionSectionYaml } from "./session-answers.js";

/**
 * The topic issue form. `roundtable init` installs it as `.github/ISSUE_TEMPLATE/topic.yml`
 * (templates/ is written from this text, and a test keeps the two equal), and the same text is
 * what topic bodies are parsed against.
 */
export const topicFormYaml = `name: Topic
description: Propose a topic for the roundtable. Others vote with 👍; the most-voted topics are discussed first.
labels: ["topic"]
type: Topic
body:
  - type: markdown
    attributes:
      value: |
        Propose one topic per issue. Keep the title short: it is what people see in the queue.
        Vote for topics with a 👍 on the issue. Sponsor a topic by assigning yourself: the sponsor opens the discussion in two minutes.
  - type: textarea
    id: what
    attributes:
      label: What is it?
      description: The topic in a few sentences.
    validations:
      required: true
  - type: textarea
    id: why
    attributes:
      label: Why discuss it? What problem does it solve?
      description: Why this group, why now.
    validations:
      required: true
  - type: textarea
    id: outcome
    attributes:
      label: What would a good outcome look like?
      description: A decision, a list of options, advice from people who have done it…
    validations:
      required: false
  - type: checkboxes
    id: sponsor
    attributes:
      label: Will you sponsor it?
      description: The sponsor introduces the topic and writes down the outcome. Assign yourself to the issue to sponsor it.
      options:
        - label: I will sponsor this topic
          required: false
${sessionSectionYaml}`;

/** The answers of a topic's form, or of a hand-written topic body. */
export interface TopicForm {
  what: string;
  why: string;
  outcome: string;
  /** The author ticked "I will sponsor this topic". */
  willSponsor: boolean;
  /** True when the body came from the issue form (its headings were found). */
  fromForm: boolean;
  /** The labels of required questions left empty, for a friendly reminder. */
  missing: string[];
}

const required: Array<{ id: "what" | "why"; label: string }> = [
  { id: "what", label: "What is it?" },
  { id: "why", label: "Why discuss it? What problem does it solve?" },
];

/**
 * Reads a topic body. Form answers `_No response_` and `None` count as empty. A body written by
 * hand (no form headings) still yields a topic: the whole body is its "what".
 */
export function parseTopicForm(body: string): TopicForm {
  const parsed = readForm(body, topicFormYaml);
  const fromForm = parsed.size > 0;
  const text = (id: string): string => answer(parsed, id);
  const willSponsor = /^-\s\[x\]\s/im.test(parsed.get("sponsor") ?? "");

  if (!fromForm) {
    const what = body.trim();
    return {
      what,
      why: "",
      outcome: "",
      willSponsor: false,
      fromForm: false,
      missing: what ? [] : ["What is it?"],
    };
  }
  return {
    what: text("what"),
    why: text("why"),
    outcome: text("outcome"),
    willSponsor,
    fromForm: true,
    missing: required.filter((q) => text(q.id) === "").map((q) => q.label),
  };
}
