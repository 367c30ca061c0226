import { answer, readForm } from "../read-form.js";

/**
 * The optional session section of the topic form: what the scheduler needs beyond the votes.
 * Appended to topic.yml (templates/ is written from core/topic-form.ts).
 */
export const sessionSectionYaml = `  - type: markdown
    attributes:
      value: |
        **For a conference or an offsite (optional):** what the schedule needs to place this as a session.
  - type: input
    id: estimate
    attributes:
      label: Expected attendance
      description: How many people, as a range, like 10-20 (or 50+)
    validations:
      required: false
  - type: input
    id: preferredSlots
    attributes:
      label: Preferred slots
      description: The start times of the slots that suit, like 10:00, 14:30 (empty is any)
    validations:
      required: false
  - type: input
    id: cochairs
    attributes:
      label: Co-chairs
      description: GitHub logins of the people who lead it with the sponsor, separated by commas; none is in two sessions at once
    validations:
      required: false
  - type: input
    id: conflicts
    attributes:
      label: Sessions to avoid
      description: Topics not to run at the same time, like #12, #15
    validations:
      required: false
`;

/** The scheduling answers of a topic: all empty when the section was left blank. */
export interface SessionAnswers {
  estimate: { min: number; max: number | null } | null;
  /** Slot start times, HH:MM. */
  preferredSlots: string[];
  cochairs: string[];
  conflicts: number[];
  /** Answers given that could not be read, by label. */
  problems: string[];
}

/** Reads the session section of a topic body (its labels), given the topic form's YAML. */
export function readSessionAnswers(body: string, topicFormYaml: string): SessionAnswers {
  const answers = readForm(body, topicFormYaml);
  const problems: string[] = [];
  const estimateText = answer(answers, "estimate");
  let estimate: SessionAnswers["estimate"] = null;
  const range = /^(\d{1,5})\s*(?:[-–]\s*(\d{1,5})|(\+))?$/.exec(estimateText);
  if (range) {
    const min = Number(range[1]);
    const max = range[3] ? null : range[2] ? Number(range[2]) : min;
    if (max === null || max >= min) estimate = { min, max };
    else problems.push("Expected attendance (like 10-20)");
  } else if (estimateText) problems.push("Expected attendance (like 10-20)");
  const slotText = answer(answers, "preferredSlots");
  const preferredSlots = slotText
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((t) => t.padStart(5, "0"));
  if (preferredSlots.some((t) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(t))) {
    problems.push("Preferred slots (HH:MM, separated by commas)");
  }
  const cochairs = answer(answers, "cochairs")
    .split(/[\s,;]+/)
    .map((l) => l.replace(/^@/, "").toLowerCase())
    .filter((l) => /^[a-z0-9][a-z0-9-]{0,38}$/.test(l));
  const conflicts = [...answer(answers, "conflicts").matchAll(/#?(\d+)/g)].map((m) => Number(m[1]));
  return {
    estimate,
    preferredSlots: preferredSlots.filter((t) => /^([01]\d|2[0-3]):[0-5]\d$/.test(t)),
    cochairs: [...new Set(cochairs)],
    conflicts: [...new Set(conflicts)],
    problems,
  };
}
