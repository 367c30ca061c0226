import { marker, type Snapshot, siteOf } from "../core/index.js";
import {
  type DraftRecord,
  draftRecordOf,
  encodeDraftRecord,
  type MeetingLog,
  type MinutesDraft,
  minutesDraftMarker,
} from "../core/minutes/index.js";
import { type MinutesDraftContext, renderMinutesDraft, toMarkdown } from "../render/index.js";
import { loadBoard } from "./load-board.js";
import {
  draftFromText,
  type MinutesFiles,
  readTranscriptText,
  type TranscriptText,
} from "./minutes.js";
import { meetingLogFromSnapshot } from "./minutes-log.js";
import type { UseCase } from "./use-case.js";

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

interface MinutesDraftLoaded {
  snapshot: Snapshot;
  log: MeetingLog;
  transcript: TranscriptText;
}

/**
 * Drafts a meeting's minutes from its transcript and posts them as one bot comment on the
 * meeting issue, updated in place when drafted again. Run by `runUseCase`, with the repository's
 * config read by the adapter (the run's context holds it):
 * 1. load the board and the meeting's comments (its log: when each topic was on the table), and
 *    the transcript's text;
 * 2. plan: draft each topic from the turns of its timeboxes (core/minutes), in memory, and upsert
 *    the draft comment;
 * 3. the runner applies it through the write gate (exactly once, by its marker).
 * The transcript is not written anywhere: the comment holds the drafted sentences only.
 */
export const postMinutesDraft: UseCase<
  MinutesDraftInput,
  MinutesDraftLoaded,
  { topics: number; url: string }
> = {
  async load(run, input) {
    const { github, owner, repo, config } = run;
    const { snapshot } = await loadBoard(github, {
      owner,
      repo,
      config,
      now: run.now,
      checkFields: false,
    });
    // The meeting's log as loadMeetingLog reads it: a meeting with none is told before the
    // transcript is read.
    const log = meetingLogFromSnapshot(snapshot, config, input.issue);
    return { snapshot, log, transcript: await readTranscriptText(input.transcript) };
  },
  plan({ snapshot, log, transcript }, input) {
    const { issue } = input;
    const draft = draftFromText(transcript, { log, offsetSeconds: input.offsetSeconds ?? 0 });
    const { record, body } = fittingDraft(draft, {
      issues: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
      site: siteOf(snapshot),
      by: input.by,
    });
    const url = snapshot.issues.find((i) => i.number === issue)?.url ?? "";
    return {
      effects: [{ kind: "upsert-comment", issue, marker: marker(minutesDraftMarker), body }],
      result: { topics: record.topics.length, url },
    };
  },
};

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
