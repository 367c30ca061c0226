import type { Effect } from "../../core/index.js";
import { cancelInvitation } from "../invitations.js";
import type { Handler } from "./handler.js";

export const cancelInvitationEffect: Handler<Extract<Effect, { kind: "cancel-invitation" }>> = {
  describe: (effect) => `withdraw ${effect.login}'s invitation ${effect.id}`,
  async apply(effect, { github, owner, repo }) {
    await cancelInvitation(github, owner, repo, effect.id);
  },
};
