import type { RoadmapAnswers } from "./roadmap-form.js";

export type PriorityPreset = "default" | "ice" | "rice";

export interface Priority {
  /** The score, or null when a question the formula needs is unanswered. */
  value: number | null;
  /** Each factor with its value, in the formula's order, for the page to show how it came about. */
  parts: Array<{ name: string; value: number; divides?: boolean }>;
  /** The questions the formula needs that have no answer. */
  missing: string[];
}

/** What each formula multiplies (and divides by), and how the page names it. */
export const presetNames: Record<PriorityPreset, string> = {
  default: "aligned × impact × importance × joy ÷ effort",
  ice: "ICE: impact × confidence × ease",
  rice: "RICE: reach × impact × confidence ÷ effort",
};

const level = { high: 3, medium: 2, low: 1 } as const;
const confidence = { high: 1, medium: 0.8, low: 0.5 } as const;

/**
 * An item's priority under a preset, from its form's answers. The default weighs the questions
 * every roadmap item is asked; ICE and RICE are the usual product formulas, with effort in
 * person-quarters (small ½, medium 1, large 3).
 */
export function priorityOf(a: RoadmapAnswers, preset: PriorityPreset): Priority {
  const parts: Priority["parts"] = [];
  const missing: string[] = [];
  const factor = <T extends string>(
    name: string,
    value: T | null,
    scale: Record<T, number>,
    divides = false,
  ) => {
    if (value === null) missing.push(name);
    else parts.push({ name, value: scale[value], ...(divides ? { divides } : {}) });
  };
  if (preset === "default") {
    factor("aligned", a.aligned, { strongly: 3, somewhat: 2, not: 0 });
    factor("impact", a.impact, level);
    factor("importance", a.important ?? "maybe", { yes: 1.5, maybe: 1, no: 0.5 });
    factor("joy", a.happy ?? "maybe", { yes: 1.2, maybe: 1, no: 0.8 });
    factor("effort", a.effort, { small: 1, medium: 2, large: 4 }, true);
  } else if (preset === "ice") {
    factor("impact", a.impact, level);
    factor("confidence", a.confidence, confidence);
    factor("ease", a.effort, { small: 3, medium: 2, large: 1 });
  } else {
    if (a.reach === null) missing.push("reach");
    else parts.push({ name: "reach", value: a.reach });
    factor("impact", a.impact, level);
    factor("confidence", a.confidence, confidence);
    factor("effort", a.effort, { small: 0.5, medium: 1, large: 3 }, true);
  }
  if (missing.length > 0) return { value: null, parts, missing };
  const value = parts.reduce((v, p) => (p.divides ? v / p.value : v * p.value), 1);
  return { value: Math.round(value * 100) / 100, parts, missing };
}
