import type { Config } from "../config/index.js";
import {
  type Effect,
  type IssueRecord,
  marker,
  meetingOf,
  notificationsFor,
  runningTimebox,
  type Snapshot,
  sameName,
  siteOf,
  type Timebox,
  timesUp,
  timesUpMarker,
} from "../core/index.js";
import { loadSnapshot } from "../github/index.js";
import { renderTimesUp, toMarkdown } from "../render/index.js";
import { type FollowUp, timeboxEnd } from "./follow-up.js";
import type { RunContext } from "./run-context.js";
import type { UseCase } from "./use-case.js";

/**
 * A timebox's end came (a timer fired): the bot calls time on the meeting issue, once. Run by
 * `runUseCase`; `called` false when there was nothing to call (the adapter says so).
 *
 * 1. Load the meeting as its comments tell it (reads only).
 * 2. Decide: the timebox is still the one running (the group did not move on or extend it) and
 *    time has not been called on it yet.
 * 3. Plan the "time's up" comment, keyed by topic and end (written twice, it is still one comment),
 *    and the channels' `timebox.ended`: the comment is its record, so once time is called, the
 *    timer fired again decides nothing and sends nothing.
 * 4. The runner applies it through the write gate (the comment first, the notices after it).
 */
export const onTimeboxEnded: UseCase<Timebox, { snapshot: Snapshot }, { called: boolean }> = {
  async load({ github, owner, repo, config, now }) {
    const { snapshot } = await loadSnapshot(github, { owner, repo, config, now });
    return { snapshot };
  },
  plan({ snapshot }, timebox, { config, now }) {
    const issue = snapshot.issues.find((i) => i.number === timebox.issue);
    const meeting = issue ? meetingOf(issue, config) : null;
    if (!meeting || !timesUp(meeting, timebox, now))
      return { effects: [], result: { called: false } };
    const view = {
      meeting,
      issues: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
      site: siteOf(snapshot),
      config,
    };
    const voteUrl = meeting.current ? (meeting.bot.get(meeting.current.vote)?.url ?? null) : null;
    const effects: Effect[] = [
      {
        kind: "upsert-comment",
        issue: timebox.issue,
        marker: marker(timesUpMarker(timebox)),
        body: toMarkdown(renderTimesUp(view, timebox.topic, voteUrl)),
      },
      ...notificationsFor(
        { event: "timebox.ended", meeting, topic: timebox.topic, until: timebox.until },
        config,
        { repository: snapshot.repository, site: view.site, titles: view.issues },
      ),
    ];
    return { effects, result: { called: true } };
  },
};

/** The timeboxes running on the repository's open meetings, for timers lost with a restart. */
export async function runningTimeboxes(run: RunContext): Promise<Timebox[]> {
  const { snapshot } = await loadSnapshot(run.github, run);
  return snapshot.issues
    .filter((i) => isOpenMeeting(i, run.config))
    .flatMap((i) => runningTimebox(meetingOf(i, run.config)) ?? []);
}

const isOpenMeeting = (issue: IssueRecord, config: Config) =>
  issue.state === "open" && issue.labels.some((l) => sameName(l, config.labels.meeting));

/** The timers of the timeboxes running on the repository's open meetings (after a restart). */
export async function timeboxEnds(run: RunContext): Promise<Array<FollowUp & { at: string }>> {
  return (await runningTimeboxes(run)).map(timeboxEnd);
}
