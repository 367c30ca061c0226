import mermaid from "mermaid";

/** The Mermaid blocks of a Markdown page, in order. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1] ?? "");
}

export interface ParsedDiagram {
  type: string;
  /** A gantt's bars (their labels), a pie's slices, an xychart's categories. */
  items: string[];
  /** A gantt's sections. */
  sections: string[];
}

mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });

/**
 * Parses a diagram with the real `mermaid` package (it needs a DOM: run the test file in jsdom),
 * and reads back what the diagram holds. Throws Mermaid's own error when it does not parse: that
 * is what GitHub shows as "Unable to render rich display".
 */
export async function parseDiagram(text: string): Promise<ParsedDiagram> {
  await mermaid.parse(text);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  // biome-ignore lint/suspicious/noExplicitAny: each diagram type has its own db
  const db = diagram.db as any;
  const type = diagram.type;
  if (type === "gantt") {
    const tasks: Array<{ task: string; section: string }> = db.getTasks();
    return {
      type,
      items: tasks.map((t) => t.task.trim()),
      sections: [...new Set(tasks.map((t) => t.section))],
    };
  }
  if (type === "pie") return { type, items: [...db.getSections().keys()], sections: [] };
  if (type === "xychart") {
    const data = db.getXYChartData();
    return { type, items: data.xAxis.categories ?? [], sections: [] };
  }
  return { type, items: [], sections: [] };
}
