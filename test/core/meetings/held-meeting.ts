import { type CommentRecord, encodeRecord, type MeetingEvent } from "../../../src/core/index.js";
import { issue } from "../../helpers/factories.js";

let id = 100;
/** The bot's record of a meeting command, as the app writes it in its reply. */
export const botRecord = (events: MeetingEvent[]): CommentRecord => ({
  id: ++id,
  url: `https://github.com/acme/board/issues/1#issuecomment-${id}`,
  author: { login: "roundtable", bot: true, self: true },
  createdAt: events[0]?.at ?? "2026-12-03T16:00:00Z",
  body: `<!-- roundtable:meeting:${id} -->\n${encodeRecord({ command: id, events })}`,
  votes: 0,
});

const topicOn = (topic: number, at: string, until: string): MeetingEvent => ({
  type: "topic",
  at,
  topic,
  sponsor: null,
  until,
  vote: `roman-vote:${topic}`,
});

/** Fay's lean coffee: started 16:00, #2 from 16:01, #3 from 16:11, back to #2 at 16:20, ended 16:25. */
export const heldMeeting = () =>
  issue(1, {
    title: "December lean coffee",
    author: { login: "fay", bot: false },
    labels: ["meeting"],
    body: "### Date\n\n2026-12-03\n\n### Start time\n\n17:00\n\n### Time zone\n\nEurope/Berlin\n\n### Format\n\nLean coffee",
    comments: [
      botRecord([{ type: "start", at: "2026-12-03T16:00:00Z" }]),
      botRecord([topicOn(2, "2026-12-03T16:01:00Z", "2026-12-03T16:11:00Z")]),
      botRecord([
        { type: "close-topic", at: "2026-12-03T16:11:00Z", topic: 2, up: null, down: null },
        topicOn(3, "2026-12-03T16:11:00Z", "2026-12-03T16:21:00Z"),
      ]),
      botRecord([
        { type: "close-topic", at: "2026-12-03T16:20:00Z", topic: 3, up: null, down: null },
        topicOn(2, "2026-12-03T16:20:00Z", "2026-12-03T16:30:00Z"),
      ]),
      botRecord([{ type: "end", at: "2026-12-03T16:25:00Z" }]),
    ],
  });
