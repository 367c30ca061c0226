import { answer, readForm } from "../read-form.js";

/**
 * The roadmap item form: what it is and why, then the questions every item is weighed with.
 * templates/ISSUE_TEMPLATE/roadmap-item.yml is written from this text.
 */
export const roadmapFormYaml = `name: Roadmap item
description: Propose something for the roadmap. It is weighed with the same questions as every other item.
labels: ["roadmap"]
type: Roadmap item
body:
  - type: textarea
    id: what
    attributes:
      label: What is it?
    validations:
      required: true
  - type: textarea
    id: why
    attributes:
      label: Why should we do it?
    validations:
      required: true
  - type: textarea
    id: problem
    attributes:
      label: What problem does it solve?
  - type: textarea
    id: assumptions
    attributes:
      label: What do we assume about our users?
  - type: textarea
    id: measure
    attributes:
      label: How will we measure success?
  - type: dropdown
    id: aligned
    attributes:
      label: Is it aligned with our mission, vision and values?
      options:
        - Strongly
        - Somewhat
        - Not really
    validations:
      required: true
  - type: dropdown
    id: impact
    attributes:
      label: What is its potential impact?
      options:
        - High
        - Medium
        - Low
    validations:
      required: true
  - type: dropdown
    id: effort
    attributes:
      label: What level of effort will it take?
      options:
        - Small (weeks)
        - Medium (a quarter)
        - Large (several quarters)
    validations:
      required: true
  - type: textarea
    id: success
    attributes:
      label: What does success look like?
  - type: dropdown
    id: important
    attributes:
      label: Is it the most important thing we could do?
      options:
        - "Yes"
        - Maybe
        - "No"
  - type: dropdown
    id: happy
    attributes:
      label: Will we be happy working on it?
      options:
        - "Yes"
        - Maybe
        - "No"
  - type: input
    id: reach
    attributes:
      label: Reach (people it touches in a quarter)
      description: Needed when the priority formula is RICE.
  - type: dropdown
    id: confidence
    attributes:
      label: How confident are we in these answers?
      description: Needed when the priority formula is ICE or RICE.
      options:
        - High
        - Medium
        - Low
`;

export interface RoadmapAnswers {
  aligned: "strongly" | "somewhat" | "not" | null;
  impact: "high" | "medium" | "low" | null;
  effort: "small" | "medium" | "large" | null;
  important: "yes" | "maybe" | "no" | null;
  happy: "yes" | "maybe" | "no" | null;
  confidence: "high" | "medium" | "low" | null;
  reach: number | null;
}

/** The answers a priority formula weighs; a question left empty (or unknown) is null. */
export function parseRoadmapForm(body: string): RoadmapAnswers {
  const answers = readForm(body, roadmapFormYaml);
  const pick = <T extends string>(id: string, options: readonly T[]): T | null => {
    const first = answer(answers, id).toLowerCase().split(/\s+/)[0] ?? "";
    return options.find((o) => o === first) ?? null;
  };
  const reach = Number(answer(answers, "reach").replace(/[,_\s]/g, ""));
  return {
    aligned: pick("aligned", ["strongly", "somewhat", "not"] as const),
    impact: pick("impact", ["high", "medium", "low"] as const),
    effort: pick("effort", ["small", "medium", "large"] as const),
    important: pick("important", ["yes", "maybe", "no"] as const),
    happy: pick("happy", ["yes", "maybe", "no"] as const),
    confidence: pick("confidence", ["high", "medium", "low"] as const),
    reach: answer(answers, "reach") !== "" && Number.isFinite(reach) && reach >= 0 ? reach : null,
  };
}
