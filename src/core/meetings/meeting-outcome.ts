import type { TopicStatus } from "../board/status.js";
import type { Command } from "../commands.js";
import type { Discussion, Meeting, MeetingEvent } from "./meeting.js";

/** Everything one event on a meeting issue decided; rendering it into effects is the job's. */
export interface MeetingOutcome {
  /** The meeting with this event's decisions in it, as the next read will show it. */
  meeting: Meeting;
  /** The commands that changed something, in order (the last names the reply). */
  given: Command[];
  /** What happened, for the bot's reply and its hidden record. */
  events: MeetingEvent[];
  /** Status changes of topics on the board. */
  status: Array<{ topic: number; to: TopicStatus }>;
  /** Discussions whose notes (outcome, takeaways) this comment gave: their topics' notes change. */
  noted: Discussion[];
  /** The meeting is over: close its issue. */
  close: boolean;
  /** The meeting ended or was scheduled: its pages are written after the plan is applied. */
  publish: boolean;
  /** Answers for the person who commented: refusals, their place on the waitlist. */
  replies: string[];
  refused: boolean;
}
