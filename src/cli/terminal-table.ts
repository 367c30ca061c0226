import { terminalSafe } from "./terminal-safe.js";

/**
 * Lays rows out in columns for a terminal. Cells are cut to `max` characters so a long title
 * cannot wrap the table; numbers are right-aligned; control characters show as escapes.
 */
export function terminalTable(header: string[], rows: string[][], max = 60): string[] {
  const cut = (cell: string) => {
    const chars = Array.from(terminalSafe(cell.replace(/\s+/g, " ")));
    return chars.length > max ? `${chars.slice(0, max - 1).join("")}…` : chars.join("");
  };
  const cells = [header, ...rows].map((row) => row.map(cut));
  const widths = header.map((_, i) =>
    Math.max(...cells.map((row) => Array.from(row[i] ?? "").length)),
  );
  const numeric = header.map(
    (_, i) => rows.length > 0 && rows.every((r) => /^\d*$/.test(r[i] ?? "")),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => {
        const pad = " ".repeat((widths[i] ?? 0) - Array.from(cell).length);
        return numeric[i] ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  return [
    line(cells[0] ?? []),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.slice(1).map(line),
  ];
}
