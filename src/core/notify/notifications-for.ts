import type { Config } from "../../config/index.js";
import type { Effect } from "../plan.js";
import { type NotifyContext, type NotifyInput, noticeOf } from "./notices.js";

/**
 * The one key of an event's notice: the same event decided again (a redelivery, a retried job, a
 * second instance) has the same key, so a plan can tell it was sent (see kernel/notified.ts), and
 * the `webhook` kind's receivers can drop a repeat by its X-Roundtable-Delivery.
 */
export function noticeKey(input: NotifyInput): string {
  switch (input.event) {
    case "meeting.announced":
    case "meeting.reminder":
    case "meeting.ended":
      return `meeting-${input.meeting.issue.number}:${input.event}`;
    case "topic.now":
    case "timebox.ended":
      return `meeting-${input.meeting.issue.number}:${input.event}:${input.topic}:${input.until}`;
    case "topic.outcome":
      return `meeting-${input.meeting.issue.number}:${input.event}:${input.discussion.topic}:${input.discussion.outcome?.comment ?? 0}`;
    case "retro.opened":
      return `retro.opened:${input.title}`;
    case "action-items":
      return `action-items:${input.retro}:${input.items.map((i) => i.title).join("|")}`;
    case "digest":
      return `digest:${input.since.slice(0, 10)}`;
  }
}

/**
 * The notify effects of one event, pure: one for each channel of the config that listens to the
 * event, none when none does. Each names its channel by its secrets' names (the write gate reads
 * the values) and carries the notice; the write gate sends them after the plan's GitHub changes.
 * The caller sends them once: in the plan that records the decision (a meeting's region, an issue
 * opened once), never again when that record is already there.
 */
export function notificationsFor(
  input: NotifyInput,
  config: Config,
  context: Omit<NotifyContext, "config">,
): Effect[] {
  const channels = config.notify.filter((c) => c.events.includes(input.event));
  if (channels.length === 0) return [];
  const notice = noticeOf(input, { ...context, config });
  const key = `${context.repository}/${noticeKey(input)}`;
  return channels.map((c) => ({
    kind: "notify" as const,
    channel: { kind: c.kind, url: c.url, ...(c.secret ? { secret: c.secret } : {}) },
    key,
    notice,
  }));
}
