import type { ChannelKind } from "../../config/index.js";
import type { Notice } from "../../core/index.js";
import { discordMessage } from "./discord.js";
import { slackMessage } from "./slack.js";
import { teamsMessage } from "./teams.js";
import { webhookDocument } from "./webhook.js";

export { discordLimits } from "./discord.js";
export { slackLimits } from "./slack.js";
export { teamsLimits } from "./teams.js";

/** Each platform's message for a notice. A new platform is a file beside this one and a line here. */
export const channelMessages: {
  [K in ChannelKind]: (notice: Notice, key: string, repository: string) => object;
} = {
  slack: slackMessage,
  teams: teamsMessage,
  discord: discordMessage,
  webhook: webhookDocument,
};
