import type { Effect } from "../../core/index.js";
import { inviteCollaborator } from "../invitations.js";
import type { Handler } from "./handler.js";

export const inviteCollaboratorEffect: Handler<Extract<Effect, { kind: "invite-collaborator" }>> = {
  describe: (effect) => `invite ${effect.login} to the repository (${effect.permission})`,
  // Answered with the invitation's id (or "added"), which the meeting's state records.
  async apply(effect, { github, owner, repo }) {
    const answer = await inviteCollaborator(github, owner, repo, effect.login, effect.permission);
    return { kind: "invite-collaborator", ...answer };
  },
};
