import type { Effect } from "../../core/index.js";
import { createOnce, noBlindRetry } from "../create-once.js";
import { rest } from "../rest.js";
import type { Handler } from "./handler.js";

/** A label Roundtable uses, created in the repository once. */
export const createLabel: Handler<Extract<Effect, { kind: "create-label" }>> = {
  describe: (effect) => `create the label "${effect.name}"`,
  async apply(effect, { github, owner, repo }) {
    // Made once: after an answer that never came whole, the label is looked up by its name.
    const find = () =>
      rest(github, "GET /repos/{owner}/{repo}/labels/{name}", {
        owner,
        repo,
        name: effect.name,
      }).then(
        ({ data }) => data,
        (error: { status?: number }) => {
          if (error.status === 404) return undefined;
          throw error;
        },
      );
    try {
      await createOnce(find, () =>
        rest(github, "POST /repos/{owner}/{repo}/labels", {
          owner,
          repo,
          name: effect.name,
          color: effect.color,
          description: effect.description,
          ...noBlindRetry,
        }).then(({ data }) => data),
      );
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
