import ICAL from "ical.js";
import { DateTime } from "luxon";
import { tzlib_get_ical_block } from "timezones-ical-library";
import type { Meeting } from "../../core/meetings/meeting.js";
import { instantOf } from "../../core/zoned-time.js";
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
 * zone's VTIMEZONE from timezones-ical-library, written once where the series has one zone), so calendar apps keep the right hour across a
 * daylight-saving change. The UID is built from the repository and the issue, so it never changes;
 * SEQUENCE is kept in the feed itself: read back from the file as committed, raised by one when a
 * meeting moves or is cancelled (closed before it was held). The stamp is the issue's creation, so
 * an unchanged series writes an unchanged file.
 */
export function renderCalendarFeed(meetings: Meeting[], options: FeedOptions): string {
  const before = writtenIn(options.previous);
  const dated = meetings.filter((m) => m.form.date && m.form.start && m.form.timeZone);
  const zones = [...new Set(dated.map((m) => m.form.timeZone as string))];
  const name = cut(visibleText(options.name).trim(), 200);
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("prodid", "-//roundtable//meetings//EN");
  calendar.addPropertyWithValue("name", name);
  calendar.addPropertyWithValue("x-wr-calname", name);
  // Each zone's VTIMEZONE, once, before the events that name it.
  for (const zone of zones) {
    const block = (tzlib_get_ical_block(zone) as string[])[0];
    if (block) calendar.addSubcomponent(new ICAL.Component(ICAL.parse(block)));
  }
  if (zones.length === 1) {
    calendar.addPropertyWithValue("timezone-id", zones[0] as string);
    calendar.addPropertyWithValue("x-wr-timezone", zones[0] as string);
  }
  for (const meeting of dated) calendar.addSubcomponent(feedEvent(meeting, options, before));
  return calendar.toString();
}

/** A time as the zone's wall clock, written with the zone's TZID. */
function zoned(event: ICAL.Component, name: string, at: DateTime, zone: string): void {
  const time = ICAL.Time.fromData({
    year: at.year,
    month: at.month,
    day: at.day,
    hour: at.hour,
    minute: at.minute,
    second: at.second,
  });
  event.addPropertyWithValue(name, time).setParameter("tzid", zone);
}

/** One meeting's event; its SEQUENCE raised by one where it moved or was cancelled. */
function feedEvent(
  meeting: Meeting,
  options: FeedOptions,
  before: Map<string, Written>,
): ICAL.Component {
  const { date, start, timeZone, format, slots, slotMinutes } = meeting.form;
  const zone = timeZone as string;
  const begins = DateTime.fromISO(instantOf(date as string, start as string, zone)).setZone(zone);
  const minutes = format === "unconference" ? slots * slotMinutes : options.durationMinutes;
  const uid = `${options.repository.replace("/", ".")}.meeting-${meeting.issue.number}@roundtable`;
  const cancelled = meeting.issue.state === "closed" && !meeting.endedAt;
  const status = cancelled ? "CANCELLED" : "CONFIRMED";
  const was = before.get(uid);
  const moved = was && (was.start !== begins.toMillis() || was.status !== status);
  const event = new ICAL.Component("vevent");
  event.addPropertyWithValue("uid", uid);
  event.addPropertyWithValue("sequence", was ? was.sequence + (moved ? 1 : 0) : 0);
  event.addPropertyWithValue(
    "dtstamp",
    ICAL.Time.fromJSDate(new Date(meeting.issue.createdAt), true),
  );
  zoned(event, "dtstart", begins, zone);
  zoned(event, "dtend", begins.plus({ minutes }), zone);
  event.addPropertyWithValue(
    "summary",
    cut(visibleText(meeting.form.theme || meeting.issue.title).trim(), 200),
  );
  event.addPropertyWithValue("description", meeting.issue.url);
  event.addPropertyWithValue("url", meeting.issue.url).setParameter("value", "URI");
  event.addPropertyWithValue("status", status);
  return event;
}
