import { z } from "zod";

/**
 * Whether a meeting acts for the group. Anyone who can open an issue can open a meeting, so a
 * meeting's author is only its host: the meeting acts on the board (sets topics' statuses, closes
 * the voting round, says who votes with `votes.eligible: participants`) only when its host was one
 * of the group's facilitators (or Roundtable itself) when the app first read the meeting.
 *
 * The finding is a hidden line of the meeting-state comment, which only Roundtable writes, so
 * every reader (the board, pages, the Action) takes it from there without asking GitHub; the same
 * line in a person's comment means nothing. A meeting whose state does not say it is not trusted.
 */
const trustSchema = z.object({
  host: z.string(),
  trusted: z.boolean(),
  /** When the host's authority was checked. */
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}T/),
});

export type MeetingTrust = z.infer<typeof trustSchema>;

const pattern = /\n<!-- roundtable:trust ([^\n]*) -->/;

/** The finding in the meeting-state comment's body; null when it says none (or an unreadable one). */
export function trustIn(body: string): MeetingTrust | null {
  const match = pattern.exec(body);
  if (!match) return null;
  try {
    const parsed = trustSchema.safeParse(JSON.parse(match[1] as string));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The hidden line (JSON with `<`, `>` and `--` escaped, so it never ends the comment). */
export function trustLine(trust: MeetingTrust): string {
  const json = JSON.stringify(trust)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/--/g, "-\\u002d");
  return `<!-- roundtable:trust ${json} -->`;
}

/**
 * What the meeting's readers are told, once, in its state: nothing for a meeting the group's
 * facilitators run (the usual case), and what a host's own meeting does and does not do otherwise.
 * A login is no mention (no `@`), so the state's rewrites ping nobody.
 */
export function trustSentence(trust: MeetingTrust): string | null {
  if (trust.trusted) return null;
  return `_${trust.host} hosts this meeting but is not one of the group's facilitators (\`facilitators\` and \`facilitatorRoles\` in .github/roundtable.yml): it seats people and keeps its notes, but sets the status of no topic but ${trust.host}'s own, closes no voting round, does not say who votes and invites nobody to the repository._`;
}
