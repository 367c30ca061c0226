import { mermaidLabel } from "./label.js";

/** One issue of a tree drawn left to right, with the issues under it. */
export interface FlowNode {
  number: number;
  title: string;
  children: FlowNode[];
}

/** Past this many boxes a tree is a wall, not a picture: the page's tables hold the rest. */
const maxNodes = 60;

/**
 * A Mermaid flowchart of issue trees, left to right: one box an issue (`#12 · title`, the title
 * made safe as every Mermaid label is, then quoted), one arrow from each parent to each child. An
 * issue under two parents is one box with two arrows. Null when there is no arrow to draw.
 */
export function flowchart(roots: FlowNode[]): string | null {
  const boxes = new Map<number, string>();
  const arrows = new Set<string>();
  const walk = (node: FlowNode) => {
    if (!boxes.has(node.number)) {
      if (boxes.size >= maxNodes) return false;
      const title = mermaidLabel(node.title, 40);
      boxes.set(node.number, `  i${node.number}["#${node.number}${title ? ` · ${title}` : ""}"]`);
    }
    for (const child of node.children)
      if (walk(child)) arrows.add(`  i${node.number} --> i${child.number}`);
    return true;
  };
  for (const root of roots) walk(root);
  if (arrows.size === 0) return null;
  return ["flowchart LR", ...boxes.values(), ...arrows].join("\n");
}
