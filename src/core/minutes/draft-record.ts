import { z } from "zod";
import type { MinutesDraft } from "./draft-minutes.js";

/** The marker of the one comment on a meeting issue that holds its draft minutes. */
export const minutesDraftMarker = "minutes-draft";

const actionItem = z.object({
  who: z.string().optional(),
  what: z.string(),
  when: z.string().optional(),
});

const schema = z.object({
  topics: z.array(
    z.object({
      /** The topic's issue number: what `/accept #N` names. */
      topic: z.number().int(),
      title: z.string(),
      outcome: z.string(),
      takeaways: z.array(z.string()),
      actionItems: z.array(actionItem),
    }),
  ),
});

/** What the draft comment proposes, per topic: the text `/accept #N` records. */
export type DraftRecord = z.infer<typeof schema>;
export type DraftedTopic = DraftRecord["topics"][number];

/** The draft as its comment keeps it: the topics' drafts, none of the transcript besides. */
export function draftRecordOf(draft: MinutesDraft): DraftRecord {
  return {
    topics: draft.topics.map((t) => ({
      topic: t.index,
      title: t.title,
      outcome: t.outcome,
      takeaways: t.takeaways,
      actionItems: t.actionItems,
    })),
  };
}

/**
 * The record, hidden in the last line of the draft comment: JSON with `<` and `>` escaped, so
 * that no quoted word can end the HTML comment it sits in.
 */
export function encodeDraftRecord(record: DraftRecord): string {
  const json = JSON.stringify(record).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
  return `<!-- roundtable:minutes-draft-record ${json} -->`;
}

const pattern = /\n<!-- roundtable:minutes-draft-record ([^\n]*) -->\s*$/;

/** The draft a comment holds (read only from Roundtable's own comment), or null. */
export function decodeDraftRecord(body: string): DraftRecord | null {
  const match = pattern.exec(body);
  if (!match) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(match[1] as string));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
