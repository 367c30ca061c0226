import { DateTime } from "luxon";

/**
 * Wall-clock times in a meeting's time zone. All of Roundtable's time-zone arithmetic goes
 * through Luxon (IANA zones from the runtime's Intl data), never hand-written offsets: what a
 * clock in a zone shows at an instant, the instant a clock there shows a given time, and dates
 * counted in a zone's own days.
 */

/** "17:10": the time a clock in `zone` shows at the instant `iso`. */
export function clockIn(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setZone(zone).toFormat("HH:mm");
}

/**
 * The instant (ISO 8601, UTC, with milliseconds) at which a clock in `zone` shows `date` `clock`
 * (YYYY-MM-DD, HH:MM). A time skipped by a daylight-saving change (02:30 on the night clocks go
 * forward) moves forward by the gap, as Luxon (and Temporal's "compatible") resolve it.
 */
export function instantOf(date: string, clock: string, zone: string): string {
  const local = DateTime.fromISO(`${date}T${clock}`, { zone });
  if (!local.isValid) throw new Error(`not a time in ${zone}: ${date} ${clock}`);
  return local.toUTC().toISO() as string;
}

/** The date (YYYY-MM-DD) a calendar in `zone` shows at the instant `iso`. */
export function dateIn(iso: string, zone: string): string {
  return DateTime.fromISO(iso, { zone: "utc" }).setZone(zone).toISODate() as string;
}

/** `date` (YYYY-MM-DD) plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: "utc" }).plus({ days }).toISODate() as string;
}

/** The weekday of a date, 1 (Monday) to 7 (Sunday). */
export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: "utc" }).weekday;
}
