import type { TopicStatus } from "../board/status.js";
import type { MeetingEvent } from "./meeting.js";

/** What one command on a meeting decided: refused with its reason, or done with what happened. */
export type MeetingDecision =
  | { kind: "refused"; reason: string }
  | {
      kind: "done";
      /** What happened, for the bot's reply and its hidden record; empty when nothing did. */
      events: MeetingEvent[];
      /** Status changes of topics on the board. */
      status: Array<{ topic: number; to: TopicStatus }>;
      /** The meeting is over: close its issue. */
      close: boolean;
    };
