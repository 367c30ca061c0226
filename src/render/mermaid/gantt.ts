import { mermaidLabel } from "./label.js";

export interface GanttTask {
  /** The issue number, which leads the label: `#26 · Section 508 audit`. */
  number: number;
  title: string;
  /** In the chart's date format. */
  start: string;
  /** Mermaid's duration, such as `90d` or `30m`. */
  duration: string;
  done?: boolean;
}

export interface GanttChart {
  title?: string;
  /** `YYYY-MM-DD` or `HH:mm`. */
  dateFormat: string;
  axisFormat: string;
  sections: Array<{ name: string; tasks: GanttTask[] }>;
}

/** Longest task label; a gantt bar's label is drawn on one line. */
const maxLabel = 60;

/**
 * A Mermaid gantt chart, one bar per task. Mermaid's gantt reads a line that starts with a keyword
 * (`section`, `title`, `click`, `includes`, `excludes`, `todayMarker`, `topAxis`, `%` …) as that
 * keyword, and a task's label ends at its first `:`. So every label starts with its issue number
 * (`#26 · …`), which no keyword does, and holds no `:` (it becomes ` – `). A section name runs to
 * the end of its line, so it only loses what every label loses.
 */
export function gantt(chart: GanttChart): string {
  const lines = ["gantt"];
  if (chart.title) lines.push(`  title ${mermaidLabel(chart.title, 80) || "Schedule"}`);
  lines.push(`  dateFormat ${chart.dateFormat}`, `  axisFormat ${chart.axisFormat}`);
  for (const section of chart.sections) {
    if (section.tasks.length === 0) continue;
    lines.push(`  section ${sectionName(section.name)}`);
    for (const task of section.tasks) {
      lines.push(
        `  ${taskLabel(task)} :${task.done ? "done, " : ""}${task.start}, ${task.duration}`,
      );
    }
  }
  return lines.join("\n");
}

export function taskLabel(task: Pick<GanttTask, "number" | "title">): string {
  const title = mermaidLabel(task.title.replace(/\s*:+\s*/g, " – "), maxLabel);
  return title ? `#${task.number} · ${title}` : `#${task.number}`;
}

function sectionName(name: string): string {
  return mermaidLabel(name.replace(/\s*:+\s*/g, " – "), 40) || "Other";
}
