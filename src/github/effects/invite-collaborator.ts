import type { Effect } from "../../core/index.js";
import { inviteCollaborator } from "../invitations.js";
import type { Handler } from "./handler.js";

export const inviteCollaboratorEffect: Handler<Extract<Effect, { kind: "invite-collaborator" }>> = {
  describe: (effect) => `invite ${effect.login} to the repository (${effect.permission})`,
  async apply(effect, { github, owner, repo }) {
    await inviteCollaborator(github, owner, repo, effect.login, effect.permission);
  },
};
