const clock = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/;

/**
 * Seconds from a caption timestamp: `01:02:03.450` (WebVTT), `01:02:03,450` (SRT), `02:03.450`
 * (WebVTT without hours), `1:02:03` or `0:03` (Teams and Meet documents). Undefined for anything
 * else, so each reader can say what it expected.
 */
export function parseTimestamp(text: string): number | undefined {
  const match = clock.exec(text.trim());
  if (!match) return undefined;
  const [, hours, minutes, seconds, fraction] = match;
  if (Number(seconds) >= 60 || (hours !== undefined && Number(minutes) >= 60)) return undefined;
  const ms = fraction === undefined ? 0 : Number(fraction.padEnd(3, "0"));
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds) + ms / 1000;
}
