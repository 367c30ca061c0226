import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ScheduleResult } from "../../core/schedule/solve.js";
import { scheduleEvent } from "../../jobs/schedule-event.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { InputError } from "../read-inputs.js";
import { UsageError } from "../usage-error.js";

export const scheduleHelp = `Usage: roundtable schedule --problem FILE [--keep FILE] [--json]

Schedules an event: sessions with chairs, groups, estimates and requested times into rooms with
seats and slots, and prints the grid (a table per day: rooms by slots, each session with its
expected attendance), then each objective with the bound no schedule can beat. A chair or group
is never in two places at once; then, in this order, it places as many meetings as it can, keeps
requested times, gives each a room that seats the top of its estimate, moves as few kept meetings
as it can (--keep), seats the bottom of the estimate, avoids conflicts and track clashes, keeps
voters from being torn between two rooms, and keeps tracks in one room. Where a bound does not
prove a level and the problem is small, HiGHS solves it within a fixed budget of work: the same
problem gives the same schedule on any machine.

Options:
  --problem FILE  the event, in the format of docs/schedule-format.md (required); example:
                  examples/schedule-problem.json
  --keep FILE     a schedule published before (this command's --json output): replanning
                  moves as few of its meetings as it can, and says which moved and why
  --json          print {"assignment", "unscheduled", "moves", "stats"} as JSON, for tools
  -h, --help      show this help`;

/** The objective levels as a person reads them, in the scheduler's order. */
const levelNames: Record<string, string> = {
  unplaced: "meetings left out",
  missed: "requested times missed",
  tooSmallTop: "rooms below the estimate's top",
  moved: "kept meetings moved",
  tooSmallBottom: "rooms below the estimate's bottom",
  conflicts: "conflicts and track clashes",
  negAttendance: "attendance (most is best)",
  trackSplits: "tracks split over rooms",
};

function read(cwd: string, file: string, what: string): string {
  try {
    return readFileSync(resolve(cwd, file), "utf8");
  } catch (error) {
    throw new InputError(`${file}: cannot read the ${what}; check the path`, { cause: error });
  }
}

export async function scheduleCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { problem: { type: "string" }, keep: { type: "string" }, json: { type: "boolean" } },
  });
  if (!values.problem) throw new UsageError("schedule needs --problem FILE");
  const { problem, result, grid, ms } = await runUseCase(
    scheduleEvent,
    { now: io.now(), log: io.out },
    { problem: values.problem, keep: values.keep, read: (file, what) => read(io.cwd, file, what) },
  );
  if (values.json) {
    io.out(JSON.stringify({ ...result, stats: { ...result.stats, ms } }, null, 2));
    return;
  }
  const s = result.stats;
  io.out(
    `${values.problem}: ${s.meetings.placed} of ${s.meetings.asked} meetings placed in ${problem.rooms.length} rooms × ${problem.slots.length} slots, ${s.optimal ? "proved optimal" : "not proved optimal"} (${ms} ms)`,
  );
  io.out("");
  for (const line of grid) io.out(line);
  io.out("");
  io.out("Each cell: #session title (expected attendance); ! the room seats fewer than its top.");
  io.out("");
  for (const line of levelTable(result)) io.out(line);
  for (const u of result.unscheduled)
    io.out(`not placed: #${u.session} ${u.title} (${u.missing}): ${u.reason}`);
  for (const m of result.moves)
    io.out(
      `moved: #${m.session} from ${m.from.slot} ${m.from.room} to ${m.to ? `${m.to.slot} ${m.to.room}` : "nowhere"}: ${m.why}`,
    );
}

/**
 * Each objective level with the bound proved for it, the gap, and what settled it: "optimal"
 * only where the gap is 0.
 */
function levelTable(result: ScheduleResult): string[] {
  const rows = result.stats.levels
    .filter((l) => l.level !== "moved" || result.stats.moved !== null)
    .map((l) => [
      levelNames[l.level] ?? l.level,
      // Attendance is minimised negated; a person reads voters, the most possible as its bound.
      String(l.level === "negAttendance" ? -l.value : l.value),
      l.bound === null ? "–" : String(l.level === "negAttendance" ? -l.bound : l.bound),
      l.gap === null ? "–" : l.gap === 0 ? "0 optimal" : String(l.gap),
      l.method === "HiGHS"
        ? `HiGHS, ${l.status}, ${Math.round(l.ms)} ms`
        : l.method === "bound"
          ? "local search, meets the bound"
          : "local search",
    ]);
  const head = ["objective, in order", "value", "bound", "gap", "found by"];
  const widths = head.map((h, c) =>
    Math.max(h.length, ...rows.map((r) => (r[c] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) =>
        c === 0 || c === 4 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number),
      )
      .join("  ")
      .trimEnd();
  const { stats } = result;
  return [
    line(head),
    ...rows.map(line),
    `hard rules broken: chairs ${stats.chairClashes}, groups ${stats.groupClashes}, rooms ${stats.roomClashes}, plenary ${stats.plenaryRulesBroken}; local search ${Math.round(stats.ms.search)} ms, HiGHS ${Math.round(stats.ms.mip)} ms`,
  ];
}
