import { sendNotice } from "../../channels/index.js";
import type { Effect } from "../../core/index.js";
import type { Handler } from "./handler.js";

/**
 * Tells a channel (Slack, Teams, Discord, a webhook) what the plan just did. The one effect that
 * does not write to GitHub: the write gate applies it after the plan's GitHub effects, and its
 * failure is logged, never the plan's (`bestEffort`).
 */
export const notify: Handler<Extract<Effect, { kind: "notify" }>> = {
  describe: (effect) => `notify ${effect.channel.kind}: ${effect.notice.title}`,
  bestEffort: true,
  async apply(effect, { owner, repo, secrets, post }) {
    await sendNotice(effect, `${owner}/${repo}`, secrets ?? {}, post);
  },
};
