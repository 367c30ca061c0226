import { marker } from "../plan.js";
import type { IssueRecord } from "../snapshot.js";

/** A command Roundtable marked 👀 and never settled, and whether its decision was recorded. */
export interface StaleCommand {
  id: number;
  /** Its record (what a meeting command decided) or its reply was written. */
  recorded: boolean;
}

/**
 * The commands on an issue that Roundtable marked 👀 and then neither 👍 nor 😕: their run was
 * stopped part-way (the process died, or settling itself failed). The next event on the issue
 * settles them. `current` is the comment being answered now, which is not stale. Only an open
 * issue's: its comments (and the reactions on them) are read afresh for every event, a closed
 * one's only when the issue changed.
 */
export function staleCommands(issue: IssueRecord, current?: number): StaleCommand[] {
  if (issue.state !== "open") return [];
  const comments = issue.comments ?? [];
  return comments
    .filter((c) => {
      const mine = c.mine ?? [];
      return (
        c.id !== current &&
        !c.author.self &&
        mine.includes("eyes") &&
        !mine.includes("+1") &&
        !mine.includes("confused")
      );
    })
    .map((c) => ({
      id: c.id,
      // The record of a meeting command's decision, or the reply to any command.
      recorded: comments.some(
        (r) =>
          r.author.self &&
          (r.body.startsWith(marker(`meeting:${c.id}`)) ||
            r.body.startsWith(marker(`reply:${c.id}`))),
      ),
    }));
}
