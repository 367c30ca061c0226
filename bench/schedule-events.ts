import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  type Problem,
  readProblem,
  type ScheduleResult,
  solveSchedule,
} from "../src/core/schedule/index.js";
import { random } from "./synthetic-board.js";

/** W3C's real events, kept with the tests (MIT, see the folder's LICENSE). */
const dataDir = resolve(import.meta.dirname, "../test/fixtures/tpac");

/**
 * An event ten times TPAC 2023: 60 rooms (TPAC's sizes, 15–130 seats), 40 slots (10 days × 4),
 * about 2,000 meetings of sessions that each ask for as many times as meetings, with TPAC's mix of
 * estimates, a joint session in ten sharing a group with another, and no slot asked for by more
 * sessions than it has rooms.
 */
export function syntheticEvent(seed: number): Problem {
  const next = random(seed);
  const tpacSeats = [33, 24, 22, 16, 30, 39, 24, 15, 15, 75, 39, 21, 33, 24, 130, 33, 27];
  const rooms = Array.from({ length: 60 }, (_, r) => ({
    name: `Room ${r + 1}`,
    seats: tpacSeats[r % tpacSeats.length] as number,
    plenary: false,
    holds: 1,
  }));
  const slots = Array.from({ length: 40 }, (_, t) => ({
    id: `day ${Math.floor(t / 4) + 1} ${["09:30", "11:30", "14:30", "17:00"][t % 4]}`,
    day: `day ${Math.floor(t / 4) + 1}`,
    start: ["09:30", "11:30", "14:30", "17:00"][t % 4] as string,
    end: ["11:00", "13:00", "16:30", "18:30"][t % 4] as string,
  }));
  const estimates = [
    { min: 1, max: 14 },
    { min: 16, max: 30 },
    { min: 31, max: 50 },
    { min: 51, max: null },
  ];
  const weights = [34, 20, 3, 2];
  const sizes = [1, 1, 2, 2, 4, 4, 4, 6, 8, 8];
  const asked = new Array<number>(slots.length).fill(0);
  const sessions: Problem["sessions"] = [];
  let meetings = 0;
  for (let i = 1; meetings < 2000; i++) {
    const k = Math.min(sizes[Math.floor(next() * sizes.length)] as number, 2000 - meetings);
    const open = slots.map((_, t) => t).filter((t) => (asked[t] as number) < 56);
    const requested: number[] = [];
    while (requested.length < k && open.length > 0) {
      const t = open.splice(Math.floor(next() * open.length), 1)[0] as number;
      requested.push(t);
      asked[t] = (asked[t] as number) + 1;
    }
    let pick = next() * 59;
    let e = 0;
    while (pick >= (weights[e] as number)) pick -= weights[e++] as number;
    const joint = i > 1 && next() < 0.1 ? [`group ${1 + Math.floor(next() * (i - 1))}`] : [];
    sessions.push({
      id: String(i),
      title: `Session ${i}`,
      chairs: [],
      groups: [`group ${i}`, ...joint],
      estimate: estimates[e] ?? null,
      requestedSlots: requested.map((t) => slots[t]?.id as string),
      meetings: requested.length,
      avoid: [],
      tracks: [],
      kind: "breakout",
      voters: [],
      pinned: false,
      recorded: [],
    });
    meetings += requested.length;
  }
  return { rooms, slots, sessions };
}

/** The median of a few runs and their spread: one run on a shared machine says little. */
function timed(runs: number, run: () => void): string {
  const ms = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  const median = ms[Math.floor(runs / 2)] as number;
  return `median ${median.toFixed(0)} ms of ${runs} runs (${(ms[0] as number).toFixed(0)}–${(ms.at(-1) as number).toFixed(0)})`;
}

function line(name: string, time: string, result: ScheduleResult, again: ScheduleResult): string {
  const s = result.stats;
  const same = JSON.stringify(again.assignment) === JSON.stringify(result.assignment);
  const levels = s.levels
    .map(
      (l) =>
        `${l.level} ${l.value}${l.bound === null ? "" : ` (bound ${l.bound}${l.gap === 0 ? ", optimal" : `, gap ${l.gap}`})`} by ${l.method}`,
    )
    .join(" · ");
  return [
    `  ${name}: ${s.meetings.placed}/${s.meetings.asked} placed, ${time}, ${s.optimal ? "proved optimal" : "not proved optimal"}, ${s.evaluations} moves evaluated; run twice: ${same ? "same schedule" : "DIFFERENT schedules"}`,
    `    ${levels}`,
    `    chair clashes ${s.chairClashes} · group clashes ${s.groupClashes} · room clashes ${s.roomClashes} · plenary rules broken ${s.plenaryRulesBroken} · empty room-slots ${s.emptyRoomSlots}`,
  ].join("\n");
}

export function benchScheduleEvents(): void {
  console.log(
    "event scheduler (greedy + local search, bounds counted from the problem; HiGHS only where it runs in the CLI):",
  );
  for (const file of ["tpac2023.json", "breakouts-day-2024.json"]) {
    const problem = readProblem(readFileSync(resolve(dataDir, file), "utf8"), file);
    let result = solveSchedule(problem);
    const time = timed(5, () => {
      result = solveSchedule(problem);
    });
    console.log(line(file, time, result, solveSchedule(problem)));
  }
  const big = syntheticEvent(2023);
  const first = solveSchedule(big);
  let result = first;
  const time = timed(1, () => {
    result = solveSchedule(big);
  });
  console.log(
    line(
      `synthetic, 10× TPAC (${big.sessions.length} sessions, ${big.rooms.length} rooms × ${big.slots.length} slots)`,
      time,
      result,
      first,
    ),
  );
}
