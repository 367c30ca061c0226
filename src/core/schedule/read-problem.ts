import type { z } from "zod";
import { checkProblem } from "./check-problem.js";
import type { Assignment, Problem, SessionSpec } from "./problem.js";
import { keepSchema, problemSchema } from "./problem-schema.js";
import { ScheduleInputError } from "./schedule-input-error.js";
import { schemaError } from "./schema-error.js";

export { ScheduleInputError };

/** A room with no stated capacity counts as 30, as W3C's own parser does. */
const defaultSeats = 30;

/** JSON.parse's complaint without the position (given as line and column) or a copy of the text. */
function reason(message: string): string {
  return message
    .replace(/ in JSON at position \d+[\s\S]*$/, "")
    .replace(/, "[\s\S]*" is not valid JSON$/, "");
}

function json(text: string, file: string): unknown {
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse refuses it, and an error
  // quoting it would show an invisible character.
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "")
    throw new ScheduleInputError(
      `${file}: the file is empty; expected a problem in JSON, see docs/schedule-format.md`,
    );
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = (error as Error).message;
    const at = /at position (\d+)/.exec(message);
    const before = at ? body.slice(0, Number(at[1])).split("\n") : null;
    const where = before ? `:${before.length}:${(before.at(-1)?.length ?? 0) + 1}` : "";
    throw new ScheduleInputError(
      `${file}${where}: not JSON (${reason(message)}); mend the JSON there, see docs/schedule-format.md`,
      { cause: error, where: { file } },
    );
  }
}

function parse<T>(schema: z.ZodType<T>, text: string, file: string): T {
  const data = json(text, file);
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw schemaError(file, data, parsed.error);
  return parsed.data;
}

const login = (name: string) => name.trim().replace(/^@/, "").toLowerCase();

/**
 * A scheduling problem from the neutral JSON format. Chairs lose their "@", names are compared
 * without case; the file is checked whole (checkProblem) before anything is built from it.
 */
export function readProblem(text: string, file = "problem"): Problem {
  const data = parse(problemSchema, text, file);
  checkProblem(data, file);
  const plenaryRoom = data.event.plenaryRoom;
  const sessions = data.sessions.map(
    (s): SessionSpec => ({
      id: s.id,
      title: s.title,
      chairs: [...new Set(s.chairs.map(login))],
      groups: [...new Set(s.groups.map((g) => g.trim().toLowerCase()))],
      estimate: s.estimate,
      requestedSlots: s.requestedSlots ? [...new Set(s.requestedSlots)] : null,
      meetings: s.meetings,
      avoid: s.avoidConflictsWith.filter((o) => o !== s.id),
      tracks: [...new Set(s.tracks.map((t) => t.trim().toLowerCase()))],
      kind: s.type,
      voters: [...new Set(s.voters.map(login))],
      pinned: s.pinned,
      recorded: s.recorded ?? [],
    }),
  );
  return {
    rooms: data.rooms.map((r) => {
      const plenary = r.plenary === true || r.name === plenaryRoom;
      return {
        name: r.name,
        seats: r.capacity ?? defaultSeats,
        plenary,
        holds: plenary ? data.event.plenaryHolds : 1,
      };
    }),
    slots: data.slots.map(({ id, day, start, end }) => ({ id, day, start, end })),
    sessions,
  };
}

/** The assignment of an earlier run (the `--json` output of `roundtable schedule`), to keep. */
export function readKeep(text: string, file = "keep"): Assignment {
  return parse(keepSchema, text, file).assignment;
}
