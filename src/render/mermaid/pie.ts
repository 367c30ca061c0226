import { mermaidLabel } from "./label.js";

export interface PieSlice {
  label: string;
  count: number;
}

/**
 * A Mermaid pie of counts, or null when it would say nothing (fewer than two slices with any
 * count). Mermaid prints each slice's share rounded on its own, so 3, 2 and 2 read 43%, 29% and
 * 29%: 101%. The slices are therefore given as whole percentages that add up to 100 (largest
 * remainder), and each label carries its count: "Production (3)".
 */
export function pie(title: string, slices: PieSlice[]): string | null {
  const shown = slices.filter((s) => s.count > 0);
  if (shown.length < 2) return null;
  const shares = percentages(shown.map((s) => s.count));
  return [
    `pie title ${mermaidLabel(title, 80)}`,
    ...shown.map(
      (s, i) => `  "${mermaidLabel(s.label, 40) || "Other"} (${s.count})" : ${shares[i]}`,
    ),
  ].join("\n");
}

/** Whole percentages of `counts` that add up to exactly 100: the largest remainders round up. */
export function percentages(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const whole = exact.map(Math.floor);
  const order = exact
    .map((e, i) => ({ i, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = 100 - whole.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left--;
  }
  return whole;
}
