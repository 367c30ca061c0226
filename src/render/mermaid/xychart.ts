import { mermaidLabel } from "./label.js";

export interface XyChart {
  title: string;
  /** One label per bar; quoted, so only what cannot be quoted is lost. */
  categories: string[];
  yAxis: { title: string; max: number; percent?: boolean };
  bar?: number[];
  line?: number[];
}

/**
 * The smallest top of a count axis that Mermaid ticks in whole numbers. Mermaid asks d3 for about
 * ten ticks: up to 7 it ticks every 0.5 ("1.5 votes"), from 8 every 1, 2, 5 …
 */
const countAxisFloor = 8;

/**
 * A Mermaid xychart (bars and an optional line over labelled categories). A count axis always
 * ticks in whole numbers; a percent axis runs 0 to 100.
 */
export function xychart(chart: XyChart): string {
  const top = chart.yAxis.percent ? 100 : Math.max(countAxisFloor, Math.ceil(chart.yAxis.max));
  const lines = [
    "xychart-beta",
    `  title ${quoted(chart.title)}`,
    `  x-axis [${chart.categories.map(quoted).join(", ")}]`,
    `  y-axis ${quoted(chart.yAxis.title)} 0 --> ${top}`,
  ];
  if (chart.bar) lines.push(`  bar [${chart.bar.map(number).join(", ")}]`);
  if (chart.line) lines.push(`  line [${chart.line.map(number).join(", ")}]`);
  return lines.join("\n");
}

const quoted = (value: string) => `"${mermaidLabel(value, 40) || "–"}"`;
const number = (n: number) => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : "0");
