import type { ProjectView } from "../../core/index.js";
import { RoundtableError } from "../../errors/index.js";
import type { EffectContext } from "./handler.js";

/** The configured project; a board effect without one is a mistake in the plan's inputs. */
export function projectOf(ctx: EffectContext): ProjectView {
  if (!ctx.project)
    throw new RoundtableError("this change needs a project, and none is configured");
  return ctx.project;
}

/** The project item of an issue, read before planning or added by this plan. */
export function itemOf(ctx: EffectContext, issue: number): string {
  const id = ctx.itemOf.get(issue);
  if (!id) throw new RoundtableError(`#${issue} is not on the project`);
  return id;
}
