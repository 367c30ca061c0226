import type { Effect } from "../../core/index.js";
import { createOnce, noBlindRetry } from "../create-once.js";
import { readIssueTypes } from "../read-issue-types.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

/**
 * One of the kinds' issue types made for the organisation that owns the repository (the App's
 * organisation permission "Issue Types": write). Made once: after an answer that never came whole,
 * the organisation's types are read and the name found means done; a 422 for a name taken since
 * the plan read them is done too.
 */
export const createIssueType: Handler<Extract<Effect, { kind: "create-issue-type" }>> = {
  describe: (effect) => `create the issue type "${effect.name}" for the organisation`,
  async apply(effect, { github, owner }) {
    const find = async () =>
      (await readIssueTypes(github, owner))?.find(
        (t) => t.toLowerCase() === effect.name.toLowerCase(),
      );
    try {
      await createOnce(find, () =>
        rest(github, "POST /orgs/{org}/issue-types", {
          org: owner,
          name: effect.name,
          is_enabled: true,
          description: effect.description,
          color: effect.color,
          ...noBlindRetry,
        }).then(() => effect.name),
      );
    } catch (error) {
      if ((error as { status?: number }).status !== 422 || !(await find())) throw error;
    }
  },
};
