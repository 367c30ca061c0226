/** A fiscal quarter, such as 2026-Q4: the year is the fiscal year the quarter ends in. */
export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

/**
 * The quarter a moment falls in, for a fiscal year that starts in `startMonth` (1 = January).
 * With a fiscal year starting in April, 15 May 2026 is in 2027-Q1 (the year is named for the
 * calendar year it ends in, as most companies do).
 */
export function quarterOf(iso: string, startMonth = 1): Quarter {
  const d = new Date(iso);
  const shifted = (d.getUTCMonth() - (startMonth - 1) + 12) % 12;
  const year = d.getUTCFullYear() + (startMonth > 1 && d.getUTCMonth() >= startMonth - 1 ? 1 : 0);
  return { year, q: (Math.floor(shifted / 3) + 1) as Quarter["q"] };
}

export function formatQuarter({ year, q }: Quarter): string {
  return `${year}-Q${q}`;
}

/** Reads "2026-Q4", "2026 Q4" or "Q4 2026" (a milestone's or a field option's name). */
export function parseQuarter(text: string): Quarter | undefined {
  const match = /^\s*(?:(\d{4})[\s-]*Q([1-4])|Q([1-4])[\s-]*(\d{4}))\s*$/i.exec(text);
  if (!match) return undefined;
  const year = Number(match[1] ?? match[4]);
  return { year, q: Number(match[2] ?? match[3]) as Quarter["q"] };
}

export function nextQuarter({ year, q }: Quarter): Quarter {
  return q === 4 ? { year: year + 1, q: 1 } : { year, q: (q + 1) as Quarter["q"] };
}

/** Quarters from `a` to `b`: 0 for the same quarter, 1 for the next, negative for the past. */
export function quartersBetween(a: Quarter, b: Quarter): number {
  return (b.year - a.year) * 4 + (b.q - a.q);
}

/** The first day of a quarter (YYYY-MM-DD), for charts. */
export function quarterStart({ year, q }: Quarter, startMonth = 1): string {
  const monthIndex = startMonth - 1 + (q - 1) * 3; // months after January of the fiscal year's start
  const calendarYear = year - (startMonth > 1 ? 1 : 0) + Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${calendarYear}-${String(month).padStart(2, "0")}-01`;
}

/** A quarter as an iteration of a project's iteration field: its title, first day and length. */
export interface QuarterIteration {
  title: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** In days: to the first day of the quarter after. */
  duration: number;
}

/** A quarter as an iteration: titled like 2026-Q4, as long as the quarter is. */
export function quarterIteration(quarter: Quarter, startMonth = 1): QuarterIteration {
  const startDate = quarterStart(quarter, startMonth);
  const end = quarterStart(nextQuarter(quarter), startMonth);
  const duration = Math.round((Date.parse(end) - Date.parse(startDate)) / 86_400_000);
  return { title: formatQuarter(quarter), startDate, duration };
}

/**
 * The quarters a board plans in: this one to the end of the next fiscal year (five to eight), so
 * next year's items can be placed before it starts.
 */
export function planningQuarters(now: string, startMonth = 1): Quarter[] {
  const first = quarterOf(now, startMonth);
  const out: Quarter[] = [];
  for (let q = first; q.year <= first.year + 1; q = nextQuarter(q)) out.push(q);
  return out;
}
