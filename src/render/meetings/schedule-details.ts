import type { PhrasingContent, RootContent } from "mdast";
import type { MeetingEvent } from "../../core/index.js";
import { heading, link, list, paragraph, table, text } from "../mdast.js";
import { safeText } from "../text/safe-text.js";

type ScheduleEvent = Extract<MeetingEvent, { type: "schedule" }>;
type Issues = Map<number, { title: string; url: string }>;

const topicLink = (issues: Issues, n: number): PhrasingContent => {
  const issue = issues.get(n);
  return issue ? link(issue.url, `#${n} ${safeText(issue.title)}`) : text(`#${n}`);
};

/** A room's name as the schedule shows it: its own, or Room N where the form only counts rooms. */
export function roomName(s: ScheduleEvent, r: number): string {
  return safeText(s.rooms?.[r]?.name ?? `Room ${r + 1}`, 60);
}

/**
 * What the grid does not say: the rooms' seats, each placed session's expected attendance beside
 * the seats of its room, and the topics left out with the reason. Nothing for a schedule recorded
 * before these were kept.
 */
export function scheduleDetails(s: ScheduleEvent, issues: Issues): RootContent[] {
  const out: RootContent[] = [];
  const rooms = s.rooms ?? [];
  if (rooms.some((r) => r.seats !== null)) {
    out.push(
      paragraph(
        `Rooms: ${rooms.map((r) => `${safeText(r.name, 60)}${r.seats === null ? "" : ` (${r.seats} seats)`}`).join(", ")}.`,
      ),
    );
  }
  const placeOf = new Map<number, number>();
  s.grid.forEach((slot) => {
    slot.forEach((topic, r) => {
      if (topic !== null) placeOf.set(topic, r);
    });
  });
  const expected = (s.expected ?? []).filter((e) => placeOf.has(e.topic));
  if (expected.length > 0) {
    out.push(
      heading(3, "Expected attendance"),
      table(
        ["left", "left", "right", "right"],
        ["Session", "Room", "Seats", "Expected"],
        expected.map((e) => {
          const r = placeOf.get(e.topic) as number;
          const seats = rooms[r]?.seats ?? null;
          const top = e.max ?? e.min;
          const range =
            e.max === null ? `${e.min}+` : e.max === e.min ? `${e.min}` : `${e.min}–${e.max}`;
          return [
            [topicLink(issues, e.topic)],
            roomName(s, r),
            seats === null ? "—" : String(seats),
            seats !== null && seats < top ? `${range} (room too small)` : range,
          ];
        }),
      ),
    );
  }
  const unplaced = s.unplaced ?? [];
  if (unplaced.length > 0) {
    out.push(
      heading(3, `Not placed (${unplaced.length})`),
      list(unplaced.map((u) => [topicLink(issues, u.topic), text(`: ${u.reason}.`)])),
    );
  }
  return out;
}
