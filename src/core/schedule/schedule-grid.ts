import type { Assignment, Problem } from "./problem.js";

/** A cell's text is cut to this many characters, so a day of four slots fits a wide terminal. */
const cellWidth = 30;

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** ` (12–30)`, ` (50+)` or nothing: an estimate as a person reads it. */
function estimateText(estimate: Problem["sessions"][number]["estimate"]): string {
  if (!estimate) return "";
  if (estimate.max === null) return ` (${estimate.min}+)`;
  return estimate.min === estimate.max
    ? ` (${estimate.min})`
    : ` (${estimate.min}–${estimate.max})`;
}

/**
 * The schedule as a person reads it: a table per day, a row per room (with its seats), a column
 * per slot; each cell the session there, as `#12 Title (20–30)`, marked `!` when the room seats
 * fewer than the top of its estimate. A plenary room lists every session it holds.
 */
export function scheduleGrid(problem: Problem, assignment: Assignment): string[] {
  const sessions = new Map(problem.sessions.map((s) => [s.id, s]));
  const cells = new Map<string, string[]>();
  for (const [id, places] of Object.entries(assignment)) {
    const s = sessions.get(id);
    if (!s) continue;
    for (const p of places) {
      const room = problem.rooms.find((r) => r.name === p.room);
      const top = s.estimate ? (s.estimate.max ?? s.estimate.min) : 0;
      const small = room && room.seats < top ? "!" : "";
      const title = s.title ? ` ${cut(s.title, 16)}` : "";
      const key = `${p.slot}\u0000${p.room}`;
      cells.set(key, [
        ...(cells.get(key) ?? []),
        `#${id}${title}${estimateText(s.estimate)}${small}`,
      ]);
    }
  }
  const days = [...new Set(problem.slots.map((s) => s.day))];
  const lines: string[] = [];
  const roomLabels = problem.rooms.map(
    (r) => `${r.name}, ${r.seats} seats${r.plenary ? `, plenary for ${r.holds}` : ""}`,
  );
  const labelWidth = Math.max(...roomLabels.map((l) => l.length), 4);
  for (const day of days) {
    const slots = problem.slots.filter((s) => s.day === day);
    const columns = slots.map((slot) => {
      const head = slot.start && slot.end ? `${slot.start}–${slot.end}` : slot.id;
      const rows = problem.rooms.map((r) =>
        cut((cells.get(`${slot.id}\u0000${r.name}`) ?? []).join(", "), cellWidth),
      );
      const width = Math.max(head.length, ...rows.map((c) => c.length));
      return { head, rows, width };
    });
    if (lines.length) lines.push("");
    const dayLabel = day || "slots";
    lines.push(
      [dayLabel.padEnd(labelWidth), ...columns.map((c) => c.head.padEnd(c.width))]
        .join("  ")
        .trimEnd(),
    );
    roomLabels.forEach((label, r) => {
      lines.push(
        [label.padEnd(labelWidth), ...columns.map((c) => (c.rows[r] || "·").padEnd(c.width))]
          .join("  ")
          .trimEnd(),
      );
    });
  }
  return lines;
}
