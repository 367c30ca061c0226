import ICAL from "ical.js";
import ical, { ICalEventStatus } from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { instantOf, type Meeting } from "../../core/index.js";
import { cut, visibleText } from "../text/safe-text.js";

export interface FeedOptions {
  /** owner/name: the UIDs are built from it, so they never change. */
  repository: string;
  /** The feed's name, as calendar apps list it. */
  name: string;
  /** How long a lean coffee lasts (an unconference lasts its slots). */
  durationMinutes: number;
  /** The feed as it stands in the repository: where each event's SEQUENCE is read back. */
  previous: string | undefined;
}

interface Written {
  sequence: number;
  start: number;
  status: string;
}

/** What the feed held for each UID: its sequence, its start, its status. */
function writtenIn(previous: string | undefined): Map<string, Written> {
  const found = new Map<string, Written>();
  if (!previous) return found;
  try {
    const calendar = new ICAL.Component(ICAL.parse(previous));
    // The events' TZID resolve through the feed's own VTIMEZONE.
    for (const zone of calendar.getAllSubcomponents("vtimezone"))
      ICAL.TimezoneService.register(zone);
    for (const vevent of calendar.getAllSubcomponents("vevent")) {
      const event = new ICAL.Event(vevent);
      found.set(event.uid, {
        sequence: event.sequence ?? 0,
        start: event.startDate.toJSDate().getTime(),
        status: String(vevent.getFirstPropertyValue("status") ?? "CONFIRMED"),
      });
    }
  } catch {
    // A feed someone broke by hand: start the sequences again rather than stop the pages.
  }
  return found;
}

/**
 * The series' calendar feed (docs/meetings/calendar.ics), one event per meeting with a date, hour
 * and time zone. Each event's start is written in the meeting's own zone (DTSTART;TZID=…, with the
 * zone's VTIMEZONE from timezones-ical-library), so calendar apps keep the right hour across a
 * daylight-saving change. The UID is built from the repository and the issue, so it never changes;
 * SEQUENCE is kept in the feed itself: read back from the file as committed, raised by one when a
 * meeting moves or is cancelled (closed before it was held). The stamp is the issue's creation, so
 * an unchanged series writes an unchanged file.
 */
export function renderCalendarFeed(meetings: Meeting[], options: FeedOptions): string {
  const before = writtenIn(options.previous);
  const dated = meetings.filter((m) => m.form.date && m.form.start && m.form.timeZone);
  const zones = [...new Set(dated.map((m) => m.form.timeZone as string))];
  const calendar = ical({
    name: cut(visibleText(options.name).trim(), 200),
    prodId: { company: "roundtable", product: "meetings", language: "EN" },
    // One zone for the series, written once; ical-generator adds its VTIMEZONE.
    timezone: {
      name: zones.length === 1 ? (zones[0] as string) : null,
      generator: (zone) => (tzlib_get_ical_block(zone) as string[])[0] ?? null,
    },
  });
  for (const meeting of dated) {
    const { date, start, timeZone, format, slots, slotMinutes } = meeting.form;
    const zone = timeZone as string;
    const begins = DateTime.fromISO(instantOf(date as string, start as string, zone)).setZone(zone);
    const minutes = format === "unconference" ? slots * slotMinutes : options.durationMinutes;
    const uid = `${options.repository.replace("/", ".")}.meeting-${meeting.issue.number}@roundtable`;
    const cancelled = meeting.issue.state === "closed" && !meeting.endedAt;
    const status = cancelled ? "CANCELLED" : "CONFIRMED";
    const was = before.get(uid);
    const moved = was && (was.start !== begins.toMillis() || was.status !== status);
    calendar.createEvent({
      id: uid,
      sequence: was ? was.sequence + (moved ? 1 : 0) : 0,
      stamp: DateTime.fromISO(meeting.issue.createdAt, { zone: "utc" }),
      start: begins,
      end: begins.plus({ minutes }),
      timezone: zone,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      summary: cut(visibleText(meeting.form.theme || meeting.issue.title).trim(), 200),
      url: meeting.issue.url,
      description: meeting.issue.url,
    });
  }
  return calendar.toString();
}
