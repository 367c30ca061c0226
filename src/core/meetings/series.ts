import type { Config } from "../../config/index.js";
import { sameName } from "../kernel/same-name.js";
import { type Effect, marker } from "../plan.js";
import { type IssueRecord, type Snapshot, siteOf } from "../snapshot.js";
import { addDays, dateIn, instantOf, weekdayOf } from "../zoned-time.js";
import { meetingOf, meetingSlug } from "./meeting.js";

type Series = NonNullable<Config["meetings"]["series"]>;

const weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** The marker that makes a series meeting's issue findable again: one issue per date. */
export const seriesMarker = (date: string) => marker(`series:${date}`);

/**
 * The series' meeting dates (local, YYYY-MM-DD) from its first up to `until`: the first `weekday`
 * on or after `start`, then every `every` weeks; the `skip` dates are left out.
 */
export function seriesDates(series: Series, until: string): string[] {
  const first = series.start.slice(0, 10);
  const want = weekdays.indexOf(series.weekday) + 1;
  let date = addDays(first, (want - weekdayOf(first) + 7) % 7);
  const dates: string[] = [];
  while (date <= until) {
    if (!series.skip.includes(date)) dates.push(date);
    date = addDays(date, series.every * 7);
  }
  return dates;
}

/** The instant a date's issue is due: midnight in the series' zone, `openBefore` days ahead. */
export const openingOf = (series: Series, date: string): string =>
  instantOf(addDays(date, -series.openBefore), "00:00", series.timeZone);

/**
 * When the app's series timer should run, pure: `due`, the opening instant of a date whose issue
 * may be due now (its opening has come, the date has not passed), so that a run catches up at
 * once; `next`, the first opening still ahead. Null where there is none.
 */
export function seriesOpenings(
  series: Series,
  now: string,
): { due: string | null; next: string | null } {
  const today = dateIn(now, series.timeZone);
  // Every date whose opening could be at or before a year from now.
  const dates = seriesDates(series, addDays(today, 366 + series.openBefore));
  const at = Date.parse(now);
  const due = dates.filter((d) => d >= today && Date.parse(openingOf(series, d)) <= at).at(-1);
  const next = dates.find((d) => Date.parse(openingOf(series, d)) > at);
  return {
    due: due ? openingOf(series, due) : null,
    next: next ? openingOf(series, next) : null,
  };
}

/** Whether Roundtable opened an issue for this date (its marker leads the body it wrote). */
function openedFor(issues: IssueRecord[], date: string): boolean {
  return issues.some((i) => i.author.bot && i.body.startsWith(`${seriesMarker(date)}\n`));
}

/**
 * The series' plan, pure: the meeting issue of each date whose opening day (`openBefore` days
 * ahead, counted in the series' zone) has come and that has not passed, unless Roundtable opened
 * it already. Run again, on any clock, it plans nothing more. The theme is left for the
 * facilitator; the body links the previous meeting's page and lists the open action items.
 */
export function planSeries(snapshot: Snapshot, config: Config, now: string): Effect[] {
  const series = config.meetings.series;
  if (!series) return [];
  const today = dateIn(now, series.timeZone);
  const due = seriesDates(series, addDays(today, series.openBefore)).filter(
    (date) => date >= today && !openedFor(snapshot.issues, date),
  );
  if (due.length === 0) return [];
  const meetings = snapshot.issues
    .filter((i) => i.labels.some((l) => sameName(l, config.labels.meeting)))
    .map((i) => meetingOf(i, config))
    .filter((m) => m.form.date && m.form.date < (due[0] as string))
    .sort((a, b) => (a.form.date as string).localeCompare(b.form.date as string));
  const previous = meetings.at(-1);
  const actionItems = snapshot.issues.filter(
    (i) => i.state === "open" && i.labels.some((l) => sameName(l, config.labels.actionItem)),
  );
  const site = siteOf(snapshot);
  const pageUrl = previous
    ? `${site}/${snapshot.repository}/blob/HEAD/${config.pages.meetings}/${meetingSlug(previous)}.md`
    : null;
  const format = series.format === "unconference" ? "Unconference" : "Lean coffee";
  return due.map((date) => ({
    kind: "open-issue" as const,
    marker: seriesMarker(date),
    title: `${format} ${date}`,
    body: [
      `### Date\n\n${date}`,
      `### Start time\n\n${series.start.slice(11, 16)}`,
      `### Time zone\n\n${series.timeZone}`,
      "### Theme\n\n_No response_",
      `### Format\n\n${format}`,
      `### Capacity\n\n${series.capacity}`,
      [
        "---",
        "",
        "Opened by Roundtable for the series: the facilitator gives it a theme by editing **Theme** above. Comment `/join` to take a seat.",
        previous && pageUrl
          ? `\nPrevious meeting: [${previous.form.date} ${previous.form.theme || previous.issue.title}](${pageUrl}) (#${previous.issue.number}).`
          : "",
        actionItems.length > 0
          ? `\nOpen action items:\n\n${actionItems.map((i) => `- [ ] #${i.number}`).join("\n")}`
          : "",
      ].join("\n"),
    ].join("\n\n"),
    labels: [config.labels.meeting],
    assignees: [],
  }));
}
