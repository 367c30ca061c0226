import type { QueueEntry } from "../board/queue.js";
import { readSessionAnswers } from "../board/session-answers.js";
import { topicFormYaml } from "../board/topic-form.js";
import type { Problem } from "../schedule/problem.js";
import type { MeetingForm } from "./meeting-form.js";

/** A room the form names without seats is not checked against estimates. */
export const unknownSeats = Number.MAX_SAFE_INTEGER;

/**
 * A meeting's scheduling problem, from where people wrote it: its rooms (named with seats, or a
 * count) and slots from the meeting form; its sessions from the topics to discuss, each with its
 * dot votes, its sponsor and co-chairs, and the topic form's session section (expected
 * attendance, preferred slots by start time, topics to avoid).
 */
export function meetingProblem(form: MeetingForm, entries: QueueEntry[]): Problem {
  const rooms = form.roomList.length
    ? form.roomList.map((r) => ({ name: r.name, seats: r.seats ?? unknownSeats }))
    : Array.from({ length: form.rooms }, (_, r) => ({
        name: `Room ${r + 1}`,
        seats: unknownSeats,
      }));
  const slotOf = new Map(form.slotStarts.map((start, i) => [start, String(i + 1)]));
  const numbers = new Set(entries.map((e) => String(e.topic.number)));
  return {
    rooms: rooms.map((r) => ({ ...r, plenary: false, holds: 1 })),
    slots: Array.from({ length: form.slots }, (_, i) => ({
      id: String(i + 1),
      day: form.date ?? "",
      start: form.slotStarts[i] ?? "",
      end: "",
    })),
    sessions: [...entries]
      .sort((a, b) => a.topic.number - b.topic.number)
      .map((e) => {
        const answers = readSessionAnswers(e.topic.body ?? "", topicFormYaml);
        const requested = answers.preferredSlots.flatMap((t) => slotOf.get(t) ?? []);
        return {
          id: String(e.topic.number),
          title: e.topic.title,
          chairs: [
            ...new Set(
              [e.topic.sponsor, ...answers.cochairs].flatMap((c) => (c ? [c.toLowerCase()] : [])),
            ),
          ],
          groups: [],
          estimate: answers.estimate,
          requestedSlots: requested.length ? [...new Set(requested)] : null,
          meetings: 1,
          avoid: answers.conflicts.map(String).filter((n) => numbers.has(n)),
          tracks: [],
          kind: "breakout" as const,
          voters: [...new Set(e.voters.map((v) => v.toLowerCase()))],
          pinned: false,
          recorded: [],
        };
      }),
  };
}
