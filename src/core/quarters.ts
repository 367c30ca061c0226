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
  // A UTC time as GitHub writes it (2026-05-15T10:00:00Z) names its year and month: read them
  // from the text rather than through a Date (the metrics ask this of every issue and 👍).
  const utc = utcYearMonth.exec(iso);
  const d = utc ? undefined : new Date(iso);
  const fullYear = utc ? Number(utc[1]) : (d as Date).getUTCFullYear();
  const month = utc ? Number(utc[2]) - 1 : (d as Date).getUTCMonth();
  const shifted = (month - (startMonth - 1) + 12) % 12;
  const year = fullYear + (startMonth > 1 && month >= startMonth - 1 ? 1 : 0);
  return { year, q: (Math.floor(shifted / 3) + 1) as Quarter["q"] };
}

/**
 * Year and month of a UTC date-time that is surely valid (days 01–28, a real time, `Z`): any other
 * text goes through a Date, which rolls 31 June over into July, as it always did.
 */
const utcYearMonth =
  /^(\d{4})-(0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?Z$/;

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
