import type { Config } from "../../config/index.js";
import { RoundtableError } from "../../errors/index.js";
import type { Effect, Plan } from "../plan.js";
import type { Board } from "./board.js";
import type { ProjectView } from "./project-view.js";
import { planReorder } from "./reorder.js";
import { sameName, statusOption } from "./status.js";

/** The snapshot lacks what a plan needs; the message says how to get it. */
export class PlanError extends RoundtableError {
  override name = "PlanError";
}

/**
 * What it takes to make the project board show the board: open topics missing from it are added,
 * each topic's Status field shows its status, and the To-discuss column is in queue order, reached
 * with the fewest moves (n − LIS). Closed topics not on the board stay off it: history is not
 * news. A converged board gives an empty plan.
 */
export function planBoardSync(board: Board, config: Config, project: ProjectView): Plan {
  if (!config.project) return [];
  const statusField = config.project.fields.status;
  const onBoard = new Set(
    project.items.flatMap((item) => (item.issue === null ? [] : [item.issue])),
  );
  const plan: Effect[] = [];
  const added: number[] = [];

  for (const topic of board.topics) {
    const wanted = statusOption(config, topic.status);
    if (!onBoard.has(topic.number)) {
      if (topic.state === "closed") continue;
      if (!topic.id) {
        throw new PlanError(
          `topic #${topic.number} has no node id in the snapshot, so it cannot be added to the project; take the snapshot from GitHub with 'roundtable snapshot'`,
        );
      }
      plan.push(
        { kind: "add-to-project", issue: topic.number, contentId: topic.id },
        { kind: "set-field", issue: topic.number, field: statusField, value: { option: wanted } },
      );
      added.push(topic.number);
      continue;
    }
    const shown = topic.board?.fields[statusField];
    if (shown === undefined || !sameName(shown, wanted)) {
      plan.push({
        kind: "set-field",
        issue: topic.number,
        field: statusField,
        value: { option: wanted },
      });
    }
  }

  // New items land at the bottom of the project, so the column is read as it will stand then.
  const desired = board.queue.toDiscuss.map((e) => String(e.topic.number));
  const inColumn = new Set(desired);
  const current = [...project.items.flatMap((i) => (i.issue === null ? [] : [i.issue])), ...added]
    .map(String)
    .filter((n) => inColumn.has(n));
  for (const move of planReorder(current, desired)) {
    plan.push({
      kind: "move",
      issue: Number(move.item),
      after: move.after === null ? null : Number(move.after),
    });
  }
  return plan;
}
