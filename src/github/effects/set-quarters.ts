import {
  type Effect,
  keptQuartersText,
  quartersBranch,
  quartersPath,
  requireField,
} from "../../core/index.js";
import { RoundtableError } from "../../errors/index.js";
import type { GitHub } from "../client.js";
import { commitFiles } from "../commit-files.js";
import {
  projectQuartersQuery,
  updateItemFieldMutation,
  updateIterationFieldMutation,
} from "../operations/index.js";
import { query } from "../query.js";
import { projectOf } from "./board.js";
import type { Handler } from "./handler.js";

type SetQuarters = Extract<Effect, { kind: "set-quarters" }>;

/**
 * The Quarter field's iterations replaced, and every item's quarter written back. GitHub's
 * `updateProjectV2Field` makes every iteration anew (new ids) and clears every item's value of the
 * field: the values are kept on Roundtable's branch first, so a run that stops after the update
 * is completed by the next (its plan reads them back), and the branch's list is emptied last.
 */
export const setQuarters: Handler<SetQuarters> = {
  describe: (effect) =>
    effect.iterations
      ? `set the iterations of "${effect.field}" to ${effect.iterations.map((i) => `"${i.title}"`).join(", ")}, keeping ${effect.values.length} items' quarters`
      : `write back ${effect.values.length} items' quarters in "${effect.field}"`,
  async apply(effect, ctx) {
    const project = projectOf(ctx);
    const field = requireField(project, effect.field);
    const keep = (values: SetQuarters["values"], message: string) =>
      commitFiles(ctx.github, {
        owner: ctx.owner,
        repo: ctx.repo,
        message,
        mode: "branch",
        branch: quartersBranch,
        dryRun: false,
        log: () => {},
        render: () => [{ path: quartersPath, content: keptQuartersText(effect.field, values) }],
      });
    let ids: Map<string, string>;
    if (effect.iterations) {
      await keep(
        effect.values,
        `Quarters: ${effect.values.length} items' quarters kept while the iterations change`,
      );
      const [first] = effect.iterations;
      const data = await query(ctx.github, updateIterationFieldMutation, {
        fieldId: field.id,
        configuration: {
          startDate: first?.startDate ?? "",
          duration: first?.duration ?? 91,
          iterations: effect.iterations.map(({ title, startDate, duration }) => ({
            title,
            startDate,
            duration,
          })),
        },
      });
      const made = data.updateProjectV2Field?.projectV2Field;
      ids = new Map(
        (made && "configuration" in made ? made.configuration.iterations : []).map((i) => [
          i.title,
          i.id,
        ]),
      );
    } else ids = await iterationIds(ctx.github, project.id, effect.field);
    for (const value of effect.values) {
      const iterationId = ids.get(value.title);
      if (!iterationId)
        throw new RoundtableError(`the field "${effect.field}" has no iteration "${value.title}"`);
      await query(ctx.github, updateItemFieldMutation, {
        projectId: project.id,
        itemId: value.item,
        fieldId: field.id,
        value: { iterationId },
      });
    }
    await keep([], "Quarters: every item's quarter written back");
  },
};

/** The field's iterations by title, as GitHub holds them now. */
async function iterationIds(github: GitHub, projectId: string, field: string) {
  const data = await query(github, projectQuartersQuery, { projectId, field });
  const f = data.node && "field" in data.node ? data.node.field : null;
  const all =
    f && "configuration" in f
      ? [...f.configuration.completedIterations, ...f.configuration.iterations]
      : [];
  return new Map(all.map((i) => [i.title, i.id]));
}
