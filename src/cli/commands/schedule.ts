import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { readKeep, readProblem, scheduleEvent } from "../../jobs/index.js";
import type { CliIo } from "../io.js";
import { InputError } from "../read-inputs.js";
import { UsageError } from "../usage-error.js";

export const scheduleHelp = `Usage: roundtable schedule --problem FILE [--keep FILE] [--json]

Schedules an event: sessions with chairs, groups, estimates and requested times into rooms with
seats and slots. A chair or group is never in two places at once; then, in this order, it places
as many meetings as it can, keeps requested times, gives each a room that seats the top of its
estimate, moves as few kept meetings as it can (--keep), seats the bottom of the estimate,
avoids conflicts, keeps voters from being torn between two rooms, and keeps tracks in one room.
Small problems are solved exactly (HiGHS); larger ones by local search, with the bound it proved.

Options:
  --problem FILE  the event in the neutral JSON format (neutral-schedule/1) (required)
  --keep FILE     a schedule published before (this command's --json output): replanning
                  moves as few of its meetings as it can, and says which moved and why
  --json          print {"assignment", "unscheduled", "moves", "stats"} as JSON
  -h, --help      show this help`;

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
  const problem = readProblem(read(io.cwd, values.problem, "problem"), values.problem);
  const keep = values.keep
    ? readKeep(read(io.cwd, values.keep, "kept schedule"), values.keep)
    : null;
  const started = performance.now();
  const result = await scheduleEvent(problem, { keep });
  const ms = Math.round(performance.now() - started);
  if (values.json) {
    io.out(JSON.stringify({ ...result, stats: { ...result.stats, ms } }, null, 2));
    return;
  }
  const s = result.stats;
  const bound = (f: { value: number; bound: number | null }) =>
    f.bound === null ? String(f.value) : `${f.value} (bound ${f.bound})`;
  io.out(
    `${s.meetings.placed}/${s.meetings.asked} meetings placed (bound ${s.meetings.bound}) in ${ms} ms by ${s.method}${s.optimal ? ", proved optimal" : ""}`,
  );
  io.out(`requested times missed: ${bound(s.requestedTimesMissed)}`);
  io.out(
    `rooms too small for the estimate's top: ${bound(s.roomsTooSmallForTop)}; bottom: ${bound(s.roomsTooSmallForBottom)}`,
  );
  if (s.moved) io.out(`kept meetings moved: ${bound(s.moved)}`);
  io.out(
    `conflicts: ${bound(s.conflicts)}; track clashes: ${bound(s.trackClashes)}; chair clashes: ${s.chairClashes}; group clashes: ${s.groupClashes}`,
  );
  for (const u of result.unscheduled)
    io.out(`not placed: #${u.session} ${u.title} (${u.missing}): ${u.reason}`);
  for (const m of result.moves)
    io.out(
      `moved: #${m.session} from ${m.from.slot} ${m.from.room} to ${m.to ? `${m.to.slot} ${m.to.room}` : "nowhere"}: ${m.why}`,
    );
}
