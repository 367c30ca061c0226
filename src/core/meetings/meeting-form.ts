import { answer, readForm } from "../read-form.js";

/** The meeting form. templates/ISSUE_TEMPLATE/meeting.yml is written from this text. */
export const meetingFormYaml = `name: Meeting
description: A roundtable meeting, lean coffee or unconference. People join with /join in a comment.
labels: ["meeting"]
body:
  - type: input
    id: date
    attributes:
      label: Date
      description: YYYY-MM-DD
      placeholder: "2026-12-03"
    validations:
      required: true
  - type: input
    id: start
    attributes:
      label: Start time
      description: 24-hour clock, HH:MM
      placeholder: "17:00"
    validations:
      required: true
  - type: input
    id: timeZone
    attributes:
      label: Time zone
      description: An IANA name, like Europe/Berlin or America/New_York
      placeholder: Europe/Berlin
    validations:
      required: true
  - type: input
    id: theme
    attributes:
      label: Theme
  - type: dropdown
    id: format
    attributes:
      label: Format
      options:
        - Lean coffee
        - Unconference
        - Talk followed by discussion
    validations:
      required: true
  - type: input
    id: capacity
    attributes:
      label: Capacity
      description: Seats, first come first served; the rest join a waitlist.
      value: "12"
  - type: input
    id: slots
    attributes:
      label: Unconference slots
      description: How many, how long each in minutes, and optionally when each starts (else one after another from the start time), like 6 x 30 at 10:00, 10:30, 11:15, 11:45, 14:00, 14:30
      value: "6 x 30"
  - type: input
    id: rooms
    attributes:
      label: Unconference rooms
      description: How many, or each room with its seats, like Atrium 40, Library 12
      value: "2"
`;

export type MeetingFormat = "lean-coffee" | "unconference" | "talk";

export interface MeetingForm {
  /** YYYY-MM-DD, or null when missing or not a date. */
  date: string | null;
  /** HH:MM, 24-hour. */
  start: string | null;
  timeZone: string | null;
  theme: string;
  format: MeetingFormat;
  capacity: number;
  slots: number;
  slotMinutes: number;
  /** When each slot starts, HH:MM: as given, or one after another from the start time. */
  slotStarts: string[];
  rooms: number;
  /** The rooms by name with their seats (null: not said), when the form names them. */
  roomList: Array<{ name: string; seats: number | null }>;
  /** The labels of required answers that are missing or unreadable. */
  problems: string[];
}

/**
 * A meeting issue's answers, with the defaults of the form (12 seats, 6 slots of 30 minutes,
 * 2 rooms) where a field is empty, and the problems a facilitator should fix named.
 */
export function parseMeetingForm(body: string): MeetingForm {
  const answers = readForm(body, meetingFormYaml);
  const problems: string[] = [];
  const date = answer(answers, "date");
  const validDate =
    /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`))
      ? date
      : null;
  if (!validDate) problems.push("Date (YYYY-MM-DD)");
  const start = answer(answers, "start");
  const validStart = /^([01]\d|2[0-3]):[0-5]\d$/.test(start) ? start : null;
  if (!validStart) problems.push("Start time (HH:MM)");
  const zone = answer(answers, "timeZone");
  const validZone = zone && isTimeZone(zone) ? zone : null;
  if (!validZone) problems.push("Time zone (like Europe/Berlin)");
  const formatText = answer(answers, "format").toLowerCase();
  const format: MeetingFormat = formatText.startsWith("unconference")
    ? "unconference"
    : formatText.startsWith("talk")
      ? "talk"
      : "lean-coffee";
  const whole = (id: string, fallback: number, min: number, max: number) => {
    const n = Number(answer(answers, id));
    return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
  };
  const slotText = answer(answers, "slots");
  const slots = /^(\d+)\s*[x×]\s*(\d+)(?:\s*(?:at|:)\s*(.+))?$/i.exec(slotText);
  if (slotText && !slots) problems.push("Unconference slots (like 6 x 30)");
  const count = slots ? Math.min(24, Math.max(1, Number(slots[1]))) : 6;
  const slotMinutes = slots ? Math.min(240, Math.max(5, Number(slots[2]))) : 30;
  let slotStarts = Array.from({ length: count }, (_, i) =>
    clockPlus(validStart ?? "09:00", i * slotMinutes),
  );
  if (slots?.[3]) {
    const given = slots[3].split(/[\s,;]+/).filter(Boolean);
    if (given.length === count && given.every((t) => /^([01]?\d|2[0-3]):[0-5]\d$/.test(t)))
      slotStarts = given.map((t) => t.padStart(5, "0"));
    else problems.push(`Unconference slots (${count} start times, HH:MM, separated by commas)`);
  }
  return {
    date: validDate,
    start: validStart,
    timeZone: validZone,
    theme: answer(answers, "theme"),
    format,
    capacity: whole("capacity", 12, 1, 500),
    slots: count,
    slotMinutes,
    slotStarts,
    ...roomsOf(answer(answers, "rooms"), whole("rooms", 2, 1, 20), problems),
    problems,
  };
}

/** "3", or named rooms with their seats: "Atrium 40, Library 12, Garden". */
function roomsOf(
  text: string,
  count: number,
  problems: string[],
): { rooms: number; roomList: MeetingForm["roomList"] } {
  if (!text || /^\d+$/.test(text)) return { rooms: count, roomList: [] };
  const roomList = text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .slice(0, 20)
    .map((part) => {
      const named = /^(.*?)\s*\(?(\d{1,4})\)?(?:\s*seats)?$/i.exec(part);
      return named?.[1] ? { name: named[1], seats: Number(named[2]) } : { name: part, seats: null };
    });
  if (roomList.length === 0) problems.push("Unconference rooms (like Atrium 40, Library 12)");
  return { rooms: roomList.length || count, roomList };
}

/** HH:MM plus some minutes, on a 24-hour clock. */
export function clockPlus(clock: string, minutes: number): string {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/**
 * Zones already asked about. Making a DateTimeFormat to try a zone cost about a twentieth of the
 * app's CPU for a /join (the form is read on every meeting command); a few hundred answers are
 * kept, then forgotten at once, since the zones are what people type.
 */
const zones = new Map<string, boolean>();

function isTimeZone(zone: string): boolean {
  const known = zones.get(zone);
  if (known !== undefined) return known;
  let valid = true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
  } catch {
    valid = false;
  }
  if (zones.size >= 500) zones.clear();
  zones.set(zone, valid);
  return valid;
}
