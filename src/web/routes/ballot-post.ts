import type { BallotChange } from "../../core/ballot-view.js";
import { decideBallot } from "../../jobs/ballot-page.js";
import { runContext } from "../../jobs/run-context.js";
import { runUseCase } from "../../jobs/use-case.js";
import { webBase } from "../../render/web/layout.js";
import { noBallots } from "./ballot-view.js";
import { done, wantsJson } from "./done.js";
import { type MakeRoute, repoPath } from "./route.js";

/**
 * POST /roundtable/owner/repo/ballot: a dot added, taken back or moved. The ballot waits, sealed,
 * for its batch (pending-ballots.ts), which the write gate commits with k voters or more; the
 * batch's timer the use case asks for is the app's to arm.
 */
export const ballotPost: MakeRoute = (shared) => ({
  method: "POST",
  path: new RegExp(`${repoPath}/ballot$`),
  run: async (ctx) => {
    const [owner = "", repo = ""] = ctx.groups;
    const allowed = await shared.post(ctx, owner, repo);
    if (!("user" in allowed)) return allowed;
    const keys = shared.ballotKeys;
    if (!keys) return noBallots;
    const change = ballotChange(allowed.form);
    if (!change) return { status: 400, text: "Add, take back or move a dot." };
    // Decided on the board as it stands now: eligibility, the round, the rules.
    const run = runContext({
      github: await shared.installation(owner, repo),
      owner,
      repo,
      installation: await shared.installationId(owner, repo),
      clock: shared.now,
      log: shared.log,
    });
    const pending = (p: string) => shared.ballots.get(owner, repo, p);
    const { decided, followUps } = await runUseCase(decideBallot, run, {
      login: allowed.user.login,
      keys,
      pending,
      change,
      batchSeconds: shared.settings.batchSeconds,
    });
    if ("refused" in decided)
      return wantsJson(ctx)
        ? { status: 409, json: { message: decided.refused } }
        : { status: 403, text: decided.refused };
    await shared.ballots.put(owner, repo, decided.ballot);
    // Held first: its batch's timer (and the round end's), set by the app, finds it waiting.
    await shared.followUps?.(owner, repo, followUps);
    return done(ctx, "Saved.", `${webBase}/${owner}/${repo}/ballot`);
  },
});

/** The change a ballot form asks for: a button `add` or `remove` with a topic, or `from` and `to`. */
function ballotChange(form: URLSearchParams): BallotChange | null {
  const topic = (name: string) => {
    const value = form.get(name);
    return value && /^\d{1,9}$/.test(value) ? Number(value) : null;
  };
  const add = topic("add");
  if (add !== null) return { kind: "add", topic: add };
  const remove = topic("remove");
  if (remove !== null) return { kind: "remove", topic: remove };
  const from = topic("from");
  const to = topic("to");
  if (from !== null && to !== null && from !== to) return { kind: "move", from, to };
  return null;
}
