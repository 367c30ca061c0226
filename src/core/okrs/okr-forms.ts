import { answer, readForm } from "../read-form.js";

/** The objective form. templates/ISSUE_TEMPLATE/objective.yml is written from this text. */
export const objectiveFormYaml = `name: Objective
description: A quarterly objective. Add its key results as sub-issues, opened from the Key result form.
labels: ["objective"]
type: Objective
body:
  - type: textarea
    id: what
    attributes:
      label: What do we want to achieve?
    validations:
      required: true
  - type: textarea
    id: why
    attributes:
      label: Why does it matter now?
  - type: input
    id: quarter
    attributes:
      label: Quarter
      description: Like 2026-Q4. Setting the issue's milestone to the quarter works too.
`;

/** The key result form. templates/ISSUE_TEMPLATE/key-result.yml is written from this text. */
export const keyResultFormYaml = `name: Key result
description: A measurable key result of an objective. Open it as a sub-issue of its objective.
labels: ["key-result"]
type: Key result
body:
  - type: textarea
    id: what
    attributes:
      label: What will we measure?
    validations:
      required: true
  - type: input
    id: start
    attributes:
      label: Start value
      description: Where the number stood when the quarter began.
  - type: input
    id: target
    attributes:
      label: Target value
  - type: input
    id: current
    attributes:
      label: Current value
      description: Edit this as the number moves; the OKR page follows.
  - type: input
    id: unit
    attributes:
      label: Unit
      description: Like %, ms, customers.
`;

export interface KeyResultNumbers {
  start: number | null;
  target: number | null;
  current: number | null;
  unit: string;
}

/** The numbers of a key result's form; a field left empty or not a number is null. */
export function parseKeyResultForm(body: string): KeyResultNumbers {
  const answers = readForm(body, keyResultFormYaml);
  const number = (id: string) => {
    const text = answer(answers, id).replace(/[,_\s%]/g, "");
    const value = Number(text);
    return text !== "" && Number.isFinite(value) ? value : null;
  };
  return {
    start: number("start"),
    target: number("target"),
    current: number("current"),
    unit: answer(answers, "unit"),
  };
}

/** The quarter an objective's form names, if any ("" when left empty). */
export function objectiveQuarter(body: string): string {
  return answer(readForm(body, objectiveFormYaml), "quarter");
}
