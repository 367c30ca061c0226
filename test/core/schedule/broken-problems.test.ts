import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../../src/cli/run-cli.js";

/** A small event that schedules: every broken case below changes one thing of it. */
const valid = () => ({
  format: "neutral-schedule/1",
  rooms: [
    { name: "Ada", capacity: 20 },
    { name: "Byron", capacity: 40 },
  ],
  slots: [
    { id: "mon-1", day: "2026-03-02", start: "09:00", end: "10:30" },
    { id: "mon-2", day: "2026-03-02", start: "11:00", end: "12:30" },
  ],
  sessions: [
    { id: 1, title: "Payments", chairs: ["ann"], estimate: { min: 10, max: 30 } },
    { id: 2, title: "Search", chairs: ["bob"], requestedSlots: ["mon-1"] },
    { id: 3, title: "Hiring", chairs: ["ann"], avoidConflictsWith: [2] },
  ],
});
type Problem = ReturnType<typeof valid> & Record<string, unknown>;

const dir = mkdtempSync(join(tmpdir(), "roundtable-schedule-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function schedule(text: string): Promise<{ code: number; out: string[]; err: string[] }> {
  const file = join(dir, "problem.json");
  writeFileSync(file, text);
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(["schedule", "--problem", "problem.json"], {
    cwd: dir,
    env: {},
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    now: () => "",
  });
  return { code, out, err };
}

const cases: Array<[string, (p: Problem) => unknown, string]> = [
  [
    "a file without rooms",
    (p) => ({ ...p, rooms: undefined }),
    'problem.json: rooms: expected a list of at least one room, such as [{"name": "Room 1", "capacity": 30}], got nothing; add "rooms" to the file',
  ],
  [
    "two rooms of one name",
    (p) => ({ ...p, rooms: [...p.rooms, { name: "Ada", capacity: 80 }] }),
    'problem.json: rooms.2.name: "Ada" is also the name of rooms.0; give each room its own name',
  ],
  [
    "two slots of one id",
    (p) => ({ ...p, slots: [p.slots[0], { ...p.slots[1], id: "mon-1" }] }),
    'problem.json: slots.1.id: "mon-1" is also the id of slots.0; give each slot its own id',
  ],
  [
    "an estimate whose min is above its max",
    (p) => ({ ...p, sessions: [{ ...p.sessions[0], estimate: { min: 40, max: 20 } }] }),
    'problem.json: sessions.0 (#1).estimate: expected min ≤ max, got min 40 and max 20; swap them, or write max null for "40 or more"',
  ],
  [
    "a slot that ends before it starts",
    (p) => ({ ...p, slots: [p.slots[0], { ...p.slots[1], end: "10:45" }] }),
    'problem.json: slots.1.end: expected a time after its start 11:00, got "10:45"; a slot that runs past midnight ends at "00:00" and the next day\'s slot starts there',
  ],
  [
    "two slots of one day that overlap",
    (p) => ({ ...p, slots: [p.slots[0], { ...p.slots[1], start: "10:00" }] }),
    'problem.json: slots.1: 10:00–12:30 overlaps slots.0 ("mon-1", 09:00–10:30) on "2026-03-02"; slots of one day must not overlap, since a chair in both would be in two places: move one, or merge them into one slot',
  ],
  [
    "a plenary room that is not among the rooms",
    (p) => ({ ...p, event: { plenaryRoom: "Adda" } }),
    'problem.json: event.plenaryRoom: expected one of the rooms ("Ada", "Byron"), got "Adda" (did you mean "Ada"?); add that room to "rooms" or correct the name',
  ],
  [
    "a fractional session id",
    (p) => ({ ...p, sessions: [{ ...p.sessions[0], id: 1.5 }] }),
    "problem.json: sessions.0.id: expected a whole number or a non-empty text, got 1.5; give the session a whole-number id such as 12, or a text id",
  ],
  [
    "two sessions of one id (a number and its text)",
    (p) => ({ ...p, sessions: [p.sessions[0], { ...p.sessions[1], id: "1" }] }),
    "problem.json: sessions.1.id: 1 is also the id of sessions.0; give each session its own id",
  ],
  [
    "a requested slot that does not exist",
    (p) => ({ ...p, sessions: [{ ...p.sessions[1], requestedSlots: ["mon-3"] }] }),
    'problem.json: sessions.0 (#2).requestedSlots.0: expected one of the slot ids ("mon-1", "mon-2"), got "mon-3" (did you mean "mon-1"?); correct the id or add that slot',
  ],
  [
    "a conflict with a session that does not exist",
    (p) => ({ ...p, sessions: [{ ...p.sessions[2], avoidConflictsWith: [22] }] }),
    "problem.json: sessions.0 (#3).avoidConflictsWith.0: no session has id 22; remove it or add that session",
  ],
  [
    "a recorded place in a room that does not exist",
    (p) => ({
      ...p,
      sessions: [{ ...p.sessions[0], recorded: [{ slot: "mon-1", room: "Byrn" }] }],
    }),
    'problem.json: sessions.0 (#1).recorded.0.room: expected one of the rooms ("Ada", "Byron"), got "Byrn" (did you mean "Byron"?); correct the name or remove the place',
  ],
  [
    "a time not written HH:MM",
    (p) => ({ ...p, slots: [{ ...p.slots[0], start: "9:00" }, p.slots[1]] }),
    'problem.json: slots.0.start: expected a time HH:MM from 00:00 to 23:59, got "9:00"; write it as 09:00',
  ],
];

describe("roundtable schedule on a broken problem", () => {
  it("schedules the problem the cases below break (so each failure is the break's)", async () => {
    const { code, err } = await schedule(JSON.stringify(valid()));
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });

  for (const [name, breakIt, message] of cases) {
    it(`refuses ${name} in one line, exit 1, scheduling nothing`, async () => {
      const { code, out, err } = await schedule(JSON.stringify(breakIt(valid() as Problem)));
      expect(code).toBe(1);
      expect(out).toEqual([]);
      expect(err).toEqual([`roundtable schedule: ${message}`]);
    });
  }

  it("reads a file saved with a UTF-8 byte-order mark", async () => {
    const { code, err } = await schedule(`\uFEFF${JSON.stringify(valid())}`);
    expect(err).toEqual([]);
    expect(code).toBe(0);
  });

  it("names the line and column of a JSON mistake, with no byte-order mark in the message", async () => {
    const { code, out, err } = await schedule('\uFEFF{\n  "rooms": [],\n}');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(
      /^roundtable schedule: problem\.json:3:1: not JSON \(Expected double-quoted property name\); /,
    );
    expect(err[0]).not.toContain("\uFEFF");
  });
});
