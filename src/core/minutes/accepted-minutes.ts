import type { ActionItem } from "./action-items.js";
import type { DraftedTopic } from "./draft-record.js";

/** What an `/accept` records for a topic: the outcome, the takeaways, the action items. */
export interface AcceptedMinutes {
  outcome: string | null;
  takeaways: string[];
  actionItems: ActionItem[];
}

const maxTakeaways = 10;
const maxActions = 10;
const lineShape = /^(outcome|takeaway|action)\s*:\s*(.*)$/i;
// "Omar: send the costs by Friday": a name of up to three words before the colon.
const owner = /^([^:\s][^:]{0,40}?)\s*:\s*(.+)$/;

/**
 * What `/accept #N` records: the draft as it stands, or, when edited lines follow the command,
 * those lines and nothing of the draft (what the facilitator did not write is not accepted).
 * Each line is `outcome: …` (one), `takeaway: …` or `action: [who:] what`. Returns a one-line
 * refusal naming the line when one has another shape.
 */
export function acceptedMinutes(
  drafted: DraftedTopic,
  lines: string[] | undefined,
): AcceptedMinutes | { refused: string } {
  if (!lines || lines.length === 0)
    return {
      outcome: drafted.outcome,
      takeaways: drafted.takeaways,
      actionItems: drafted.actionItems,
    };
  const accepted: AcceptedMinutes = { outcome: null, takeaways: [], actionItems: [] };
  for (const [i, line] of lines.entries()) {
    const match = lineShape.exec(line);
    const kind = match?.[1]?.toLowerCase();
    const value = (match?.[2] ?? "").trim();
    const where = `line ${i + 2} of the /accept`;
    if (!match || value === "")
      return {
        refused: `${where} reads \`${line.slice(0, 60).replace(/`/g, "'")}\`: expected \`outcome: …\`, \`takeaway: …\` or \`action: who: what\`, each with its text.`,
      };
    if (kind === "outcome") {
      if (accepted.outcome !== null)
        return { refused: `${where} is a second outcome: a topic has one; keep one line.` };
      accepted.outcome = value;
    } else if (kind === "takeaway") {
      if (accepted.takeaways.length >= maxTakeaways)
        return { refused: `${where}: at most ${maxTakeaways} takeaways are accepted at once.` };
      accepted.takeaways.push(value);
    } else {
      if (accepted.actionItems.length >= maxActions)
        return { refused: `${where}: at most ${maxActions} action items are accepted at once.` };
      const named = owner.exec(value);
      const who = named?.[1] && named[1].split(/\s+/).length <= 3 ? named[1] : undefined;
      accepted.actionItems.push(who ? { who, what: named?.[2] ?? value } : { what: value });
    }
  }
  return accepted;
}
