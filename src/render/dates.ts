const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "20 Nov 2026", in UTC, whatever the machine's locale and time zone. */
export function formatDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** How long ago `since` was, as of `now`: "today", "3 days", "2 weeks", "4 months". */
export function formatAge(since: string, now: string): string {
  const days = Math.floor((Date.parse(now) - Date.parse(since)) / 86_400_000);
  if (days < 1) return "today";
  if (days < 14) return days === 1 ? "1 day" : `${days} days`;
  if (days < 61) return `${Math.floor(days / 7)} weeks`;
  if (days < 730) return `${Math.floor(days / 30.44)} months`;
  return `${Math.floor(days / 365.25)} years`;
}
