import { type Session, schedule } from "../src/core/index.js";
import { loadLpSolver } from "../src/schedule-solver/index.js";
import { random } from "./synthetic-board.js";

/** 60 voters with 3 dots each over `topics` topics, popular ones drawing more, 30 sponsors. */
function dotVotes(topics: number, voters: number, seed: number): Session[] {
  const next = random(seed);
  const sessions: Session[] = Array.from({ length: topics }, (_, i) => ({
    id: i + 1,
    sponsor: `sponsor-${i % 30}`,
    voters: [],
  }));
  for (let v = 0; v < voters; v++) {
    const chosen = new Set<number>();
    while (chosen.size < 3) chosen.add(Math.floor(next() ** 1.5 * topics));
    for (const t of chosen) sessions[t]?.voters.push(`voter-${v}`);
  }
  return sessions;
}

/** The best attendance of any placement, by trying every choice of sessions and every split into slots. */
function exhaustive(sessions: Session[], slots: number, rooms: number): number {
  const attendance = (slot: Session[]) => new Set(slot.flatMap((s) => s.voters)).size;
  const sponsorsOk = (slot: Session[]) => new Set(slot.map((s) => s.sponsor)).size === slot.length;
  let best = 0;
  const place = (i: number, bySlot: Session[][]) => {
    if (i === sessions.length) {
      if (bySlot.every(sponsorsOk))
        best = Math.max(
          best,
          bySlot.reduce((n, slot) => n + attendance(slot), 0),
        );
      return;
    }
    place(i + 1, bySlot); // left out
    for (const slot of bySlot) {
      if (slot.length < rooms) {
        slot.push(sessions[i] as Session);
        place(i + 1, bySlot);
        slot.pop();
      }
    }
  };
  place(
    0,
    Array.from({ length: slots }, () => []),
  );
  return best;
}

export async function benchSchedule(): Promise<void> {
  const solver = await loadLpSolver();
  const sessions = dotVotes(100, 60, 11);
  const t0 = performance.now();
  const result = schedule(sessions, 6, 2);
  const ms = performance.now() - t0;
  const chosen = result.grid.flat().filter((s): s is Session => s !== null);
  const boundChosen = chosen.reduce((n, s) => n + s.voters.length, 0);
  console.log(
    `unconference scheduler: 100 topics, 60 voters × 3 dots, 6 slots × 2 rooms in ${ms.toFixed(1)} ms: attendance ${result.attendance} (greedy start ${result.greedy}); upper bound ${result.upperBound} dots cast, ${boundChosen} on the 12 sessions placed`,
  );
  for (const [name, withSolver] of [
    ["local search alone", null],
    ["with HiGHS", solver],
  ] as const) {
    let worse = 0;
    let gap = 0;
    const t1 = performance.now();
    for (let seed = 1; seed <= 20; seed++) {
      const small = dotVotes(8, 12, seed).map((s, i) => ({ ...s, sponsor: `sponsor-${i % 6}` }));
      const optimum = exhaustive(small, 2, 2);
      const found = schedule(small, 2, 2, withSolver).attendance;
      if (found < optimum) worse++;
      gap += optimum - found;
    }
    console.log(
      `  against the exhaustive optimum, 8 topics in 2 slots × 2 rooms, 20 random cases, ${name}: optimal in ${20 - worse} of 20; total shortfall ${gap} attendances; ${((performance.now() - t1) / 20).toFixed(0)} ms a case`,
    );
  }
}
