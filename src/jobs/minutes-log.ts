import type { Config } from "../config/index.js";
import { meetingOf, type Snapshot, sameName } from "../core/index.js";
import { meetingLogOf } from "../core/meetings/meeting-log-of.js";
import type { MeetingLog } from "../core/minutes/index.js";
import { userError } from "../errors/index.js";
import { type GitHub, loadSnapshot } from "../github/index.js";

/**
 * Meeting issue `issue`'s log from a snapshot: when each topic was on the table, as the bot's
 * records say (`roundtable minutes --snapshot FILE --issue N`).
 */
export function meetingLogFromSnapshot(
  snapshot: Snapshot,
  config: Config,
  issue: number,
): MeetingLog {
  const record = snapshot.issues.find((i) => i.number === issue);
  if (!record?.labels.some((label) => sameName(label, config.labels.meeting)))
    throw userError("is not a meeting issue", {
      where: { issue },
      expected: `an issue labelled "${config.labels.meeting}"`,
      given: record ? `"${record.title}"` : "no such issue",
    });
  const titles = new Map(snapshot.issues.map((i) => [i.number, i.title]));
  const log = meetingLogOf(meetingOf(record, config), (topic) => titles.get(topic));
  if (!log)
    throw userError("has had no topic on the table", {
      where: { issue },
      expected: "a meeting the facilitator ran with /start and /topic (or /next)",
      fix: "the minutes follow the log of a meeting run with /start and /next; without one, draft with the CLI from a meeting log (roundtable minutes --timeboxes LOG.json)",
    });
  return log;
}

/** The same, read from GitHub: the repository's board and the meeting's comments, read only. */
export async function loadMeetingLog(
  github: GitHub,
  options: { owner: string; repo: string; config: Config; issue: number; now: string },
): Promise<MeetingLog> {
  const { snapshot } = await loadSnapshot(github, options);
  return meetingLogFromSnapshot(snapshot, options.config, options.issue);
}
