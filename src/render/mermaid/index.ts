export { type FlowNode, flowchart } from "./flowchart.js";
export { type GanttChart, type GanttTask, gantt, taskLabel } from "./gantt.js";
export { mermaidLabel } from "./label.js";
export { type PieSlice, percentages, pie } from "./pie.js";
export { type XyChart, xychart } from "./xychart.js";
