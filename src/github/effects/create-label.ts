import type { Effect } from "../../core/index.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

/** A label Roundtable uses, created in the repository once. */
export const createLabel: Handler<Extract<Effect, { kind: "create-label" }>> = {
  describe: (effect) => `create the label "${effect.name}"`,
  async apply(effect, { github, owner, repo }) {
    try {
      await rest(github, "POST /repos/{owner}/{repo}/labels", {
        owner,
        repo,
        name: effect.name,
        color: effect.color,
        description: effect.description,
      });
    } catch (error) {
      // Someone made it since it was read: the state is as wanted.
      if (!alreadyExists(error)) throw error;
    }
  },
};

/** GitHub's 422 for a label whose name is taken: `errors: [{ code: "already_exists" }]`. */
function alreadyExists(error: unknown): boolean {
  const e = error as {
    status?: number;
    response?: { data?: { errors?: Array<{ code?: string }> } };
  };
  return (
    e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.code === "already_exists")
  );
}
