import type { Effect } from "../../core/index.js";
import { removeCollaborator } from "../invitations.js";
import type { Handler } from "./handler.js";

export const removeCollaboratorEffect: Handler<Extract<Effect, { kind: "remove-collaborator" }>> = {
  describe: (effect) => `remove ${effect.login} from the repository's collaborators`,
  async apply(effect, { github, owner, repo }) {
    await removeCollaborator(github, owner, repo, effect.login);
  },
};
