/**
 * Wall-clock times in a meeting's time zone, with nothing but Intl: what a clock in that zone
 * shows at an instant, and the instant a clock there shows a given time.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(epoch: number, zone: string): Record<string, number> {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(epoch))
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  return parts;
}

/** "17:10": the time a clock in `zone` shows at the instant `iso`. */
export function clockIn(iso: string, zone: string): string {
  const p = partsIn(Date.parse(iso), zone);
  return `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
}

/** The zone's offset from UTC at an instant, in milliseconds. */
function offsetAt(epoch: number, zone: string): number {
  const p = partsIn(epoch, zone);
  const wall = Date.UTC(
    p.year as number,
    (p.month as number) - 1,
    p.day as number,
    p.hour as number,
    p.minute as number,
    p.second as number,
  );
  return wall - Math.floor(epoch / 1000) * 1000;
}

/**
 * The instant (ISO 8601, UTC) at which a clock in `zone` shows `date` `clock` (YYYY-MM-DD, HH:MM).
 * Across a daylight-saving change the offset is taken again at the first guess, which settles it.
 */
export function instantOf(date: string, clock: string, zone: string): string {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = clock.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const first = wall - offsetAt(wall, zone);
  const settled = wall - offsetAt(first, zone);
  return new Date(settled).toISOString();
}
