import type { RESTPostAPIWebhookWithTokenJSONBody } from "discord-api-types/v10";
import type { Line, Notice } from "../../core/index.js";
import { discordLink, discordText } from "../text/discord.js";
import { cutTo, fitted, moreLine } from "./limits.js";

/** Discord's documented limits: 10 embeds; a title 256 characters, a description 4,096, 6,000 in all. */
export const discordLimits = { embeds: 10, title: 256, description: 4096, total: 6000, lines: 40 };

const rendered = (line: Line) =>
  line.map((s) => ("url" in s ? discordLink(s.url, s.text) : discordText(s.text))).join("");

/**
 * A notice as a Discord webhook message: one embed (title linking the whole, the sections in its
 * description as Markdown), with every mention switched off (`allowed_mentions.parse: []`). A
 * description past Discord's limit loses its last lines, and says how many are on GitHub.
 */
export function discordMessage(notice: Notice): RESTPostAPIWebhookWithTokenJSONBody {
  const { sections, left } = fitted(notice, discordLimits.lines);
  const blocks = sections.map((s) =>
    [
      ...(s.heading ? [`**${discordText(s.heading)}**`] : []),
      ...s.lines.map((l) => `${s.list ? "- " : ""}${rendered(l)}`),
    ].join("\n"),
  );
  const more = (n: number) => rendered(moreLine(notice, n));
  let description = [...blocks, ...(left > 0 ? [more(left)] : [])].join("\n\n");
  if (description.length > discordLimits.description) {
    const lines = description.split("\n");
    let dropped = left;
    while (
      lines.length > 0 &&
      [...lines, more(dropped + 1)].join("\n").length > discordLimits.description
    ) {
      lines.pop();
      dropped++;
    }
    description = [...lines, more(dropped)].join("\n");
  }
  return {
    username: "Roundtable",
    allowed_mentions: { parse: [] },
    embeds: [
      {
        title: cutTo(discordText(notice.title), discordLimits.title),
        url: notice.url,
        description,
        color: 0x6f42c1,
      },
    ],
  };
}
