import { marker, siteOf } from "../core/index.js";
import { draftRecordOf, encodeDraftRecord, minutesDraftMarker } from "../core/minutes/index.js";
import { applyPlan, type GitHub } from "../github/index.js";
import { renderMinutesDraft, toMarkdown } from "../render/index.js";
import { loadBoard } from "./load-board.js";
import { draftMinutesFromFiles, type MinutesFiles } from "./minutes.js";
import { meetingLogFromSnapshot } from "./minutes-log.js";
import { loadRepoConfig } from "./repo-config.js";

/** One comment holds at most this many topics' drafts (GitHub's limit is 65,536 characters). */
export const maxDraftedTopics = 15;

export interface MinutesDraftOptions {
  owner: string;
  repo: string;
  /** The meeting issue. */
  issue: number;
  /** Who uploaded the transcript (a facilitator, checked by the caller). */
  by: string;
  transcript: MinutesFiles["transcript"];
  offsetSeconds?: number;
  now: string;
  dryRun?: boolean;
  log: (line: string) => void;
}

/**
 * Drafts a meeting's minutes from its transcript and posts them as one bot comment on the
 * meeting issue, updated in place when drafted again:
 * 1. read the config, the board and the meeting's comments (its log: when each topic was on
 *    the table);
 * 2. draft each topic from the turns of its timeboxes (core/minutes), in memory;
 * 3. upsert the draft comment through the write gate (exactly once, by its marker).
 * The transcript is not written anywhere: the comment holds the drafted sentences only.
 */
export async function postMinutesDraft(
  github: GitHub,
  options: MinutesDraftOptions,
): Promise<{ topics: number; url: string }> {
  const { owner, repo, issue } = options;
  const config = await loadRepoConfig(github, { owner, repo });
  const { snapshot } = await loadBoard(github, {
    owner,
    repo,
    config,
    now: options.now,
    checkFields: false,
  });
  const log = meetingLogFromSnapshot(snapshot, config, issue);
  const draft = await draftMinutesFromFiles({
    transcript: options.transcript,
    log,
    offsetSeconds: options.offsetSeconds ?? 0,
  });
  const record = draftRecordOf({ ...draft, topics: draft.topics.slice(0, maxDraftedTopics) });
  const shown = renderMinutesDraft(record, {
    issues: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
    site: siteOf(snapshot),
    by: options.by,
    leftOut: draft.topics.length - record.topics.length,
  });
  const body = `${toMarkdown(shown)}\n${encodeDraftRecord(record)}`;
  await applyPlan(
    github,
    [{ kind: "upsert-comment", issue, marker: marker(minutesDraftMarker), body }],
    { owner, repo, project: null, dryRun: options.dryRun ?? false, log: options.log },
  );
  const url = snapshot.issues.find((i) => i.number === issue)?.url ?? "";
  return { topics: record.topics.length, url };
}
