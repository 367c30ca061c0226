import { marker, siteOf } from "../core/index.js";
import {
  type DraftRecord,
  draftRecordOf,
  encodeDraftRecord,
  type MinutesDraft,
  minutesDraftMarker,
} from "../core/minutes/index.js";
import { applyPlan } from "../github/index.js";
import { type MinutesDraftContext, renderMinutesDraft, toMarkdown } from "../render/index.js";
import { loadBoard } from "./load-board.js";
import { draftMinutesFromFiles, type MinutesFiles } from "./minutes.js";
import { meetingLogFromSnapshot } from "./minutes-log.js";
import { loadRepoConfig } from "./repo-config.js";
import { gateOf, type RepoRun } from "./run-context.js";

/** GitHub refuses a comment past 65,536 characters: the draft keeps below, with room to spare. */
export const maxDraftLength = 60_000;

export interface MinutesDraftInput {
  /** The meeting issue. */
  issue: number;
  /** Who uploaded the transcript (a facilitator, checked by the caller). */
  by: string;
  transcript: MinutesFiles["transcript"];
  offsetSeconds?: number;
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
  run: RepoRun,
  options: MinutesDraftInput,
): Promise<{ topics: number; url: string }> {
  const { github, owner, repo } = run;
  const { issue } = options;
  const config = await loadRepoConfig(github, { owner, repo });
  const { snapshot } = await loadBoard(github, {
    owner,
    repo,
    config,
    now: run.now,
    checkFields: false,
  });
  const log = meetingLogFromSnapshot(snapshot, config, issue);
  const draft = await draftMinutesFromFiles({
    transcript: options.transcript,
    log,
    offsetSeconds: options.offsetSeconds ?? 0,
  });
  const { record, body } = fittingDraft(draft, {
    issues: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
    site: siteOf(snapshot),
    by: options.by,
  });
  await applyPlan(
    github,
    [{ kind: "upsert-comment", issue, marker: marker(minutesDraftMarker), body }],
    gateOf(run, null),
  );
  const url = snapshot.issues.find((i) => i.number === issue)?.url ?? "";
  return { topics: record.topics.length, url };
}

/** The draft comment holding the most topics, in meeting order, that fit in one comment. */
export function fittingDraft(
  draft: MinutesDraft,
  context: Omit<MinutesDraftContext, "leftOut">,
): { record: DraftRecord; body: string } {
  for (let shown = draft.topics.length; ; shown--) {
    const record = draftRecordOf({ ...draft, topics: draft.topics.slice(0, shown) });
    const leftOut = draft.topics.length - shown;
    const body = `${toMarkdown(renderMinutesDraft(record, { ...context, leftOut }))}\n${encodeDraftRecord(record)}`;
    if (body.length <= maxDraftLength || shown <= 1) return { record, body };
  }
}
