import { ensureIssueTypes } from "./ensure-issue-types.js";
import { ensureLabels } from "./ensure-labels.js";
import type { BoardRead } from "./load-board.js";
import { type SyncResult, sync } from "./sync.js";
import { runUseCase, type UseCase } from "./use-case.js";

/**
 * A repository the app was installed on, or given: its board comes alive. Run by `runUseCase`.
 *
 * 1. The labels the issue forms and the jobs need (forms add only labels that exist: made before
 *    anyone opens one), and the kinds' issue types where the organisation lets the app make them
 *    (else `byHand` says what an owner can do): each its own use case, run first, in the load.
 * 2. The board loaded, and recounted as sync plans it; the runner applies it.
 */
export const onInstalled: UseCase<
  Record<string, never>,
  { board: BoardRead; byHand: string | null },
  SyncResult & { byHand: string | null }
> = {
  async load(run) {
    await runUseCase(ensureLabels, run);
    const { byHand } = await ensureIssueTypes(run);
    return { board: await sync.load(run, {}), byHand };
  },
  plan({ board, byHand }, _input, run) {
    const planned = sync.plan(board, {}, run);
    return { ...planned, result: { ...planned.result, byHand } };
  },
};
