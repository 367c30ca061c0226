import { describe, expect, it } from "vitest";
import type { Notice } from "../../src/core/index.js";
import {
  channelMessages,
  discordLimits,
  slackLimits,
  teamsLimits,
} from "../../src/render/index.js";

const hostile = [
  "<!channel>",
  "<!here>",
  "@everyone",
  "@here",
  "<@U123>",
  "<#C123>",
  "*bold*",
  "_italic_",
  "~strike~",
  "`code`",
  "<https://evil.example|click me>",
  "[click me](https://evil.example)",
  "<at>Megan</at>",
  "> quote",
  "# heading",
].join(" ");

/** A notice whose every piece of people's text is hostile: a title, a topic, an outcome, a name. */
const notice: Notice = {
  event: "topic.outcome",
  title: `Outcome: #2 ${hostile}`,
  url: "https://github.com/acme/board/issues/2",
  sections: [
    {
      heading: "Topics",
      list: true,
      lines: [
        [
          { text: `#2 ${hostile}`, url: "https://github.com/acme/board/issues/2" },
          { text: ` · ${hostile}` },
        ],
      ],
    },
  ],
};

/** Every string of a payload, wherever it sits. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object")
    for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe("a hostile title on every platform", () => {
  it("Slack: no broadcast, mention or link syntax survives in mrkdwn or plain_text, and rich text holds only text and links", () => {
    const message = channelMessages.slack(notice, "k", "acme/board") as {
      text: string;
      blocks: Array<{ type: string; text?: { text: string }; elements?: unknown[] }>;
    };
    const header = message.blocks[0]?.text?.text ?? "";
    for (const parsed of [message.text, header]) {
      expect(parsed).not.toMatch(/<[!@#]/);
      expect(parsed).not.toContain("<https://evil");
      expect(parsed).toContain("&lt;!channel&gt;");
      expect(parsed).toContain("&lt;@U123&gt;");
    }
    // mrkdwn has no escape for its formatting: the look-alikes show the same words, unformatted.
    expect(message.text).toContain("∗bold∗");
    expect(message.text).not.toMatch(/[*_~`]/);
    // Rich text: elements of kind text and link only, the link to GitHub's own issue.
    const rich = JSON.stringify(message.blocks.filter((b) => b.type === "rich_text"));
    const kinds = new Set([...rich.matchAll(/"type":"([a-z_]+)"/g)].map((m) => m[1]));
    expect([...kinds].sort()).toEqual([
      "link",
      "rich_text",
      "rich_text_list",
      "rich_text_section",
      "text",
    ]);
    const urls = [...rich.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(urls)).toEqual(new Set(["https://github.com/acme/board/issues/2"]));
  });

  it("Discord: mentions off, and no mention, heading, quote or link syntax survives unescaped", () => {
    const message = channelMessages.discord(notice, "k", "acme/board") as {
      allowed_mentions: unknown;
      embeds: Array<{ title: string; description: string }>;
    };
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const embed = message.embeds[0];
    for (const text of [embed?.title ?? "", embed?.description ?? ""]) {
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).toContain("@\u200beveryone");
      expect(text).not.toMatch(/(^|[^\\])<[@#!]/);
      expect(text).not.toMatch(/(^|[^\\])\*bold/);
      expect(text).not.toMatch(/(^|[^\\])\[click me/);
      expect(text).not.toMatch(/^#/m);
    }
    // The one real link is Roundtable's, to the issue.
    const links = [...(embed?.description ?? "").matchAll(/[^\\]\]\((https?:[^)]+)\)/g)].map(
      (m) => m[1],
    );
    expect(links).toEqual(
      ["https://github.com/acme/board/issues/2", "https://github.com/acme/board/issues/2"].slice(
        0,
        links.length,
      ),
    );
    expect(links.length).toBeGreaterThan(0);
  });

  it("Teams: only TextRuns (no Markdown), no mention entities, and <at> defused", () => {
    const message = channelMessages.teams(notice, "k", "acme/board") as {
      attachments: Array<{
        content: {
          body: Array<{ type: string; inlines: Array<{ type: string; text: string }> }>;
          msteams?: unknown;
        };
      }>;
    };
    const card = message.attachments[0]?.content;
    expect(card?.msteams).toBeUndefined();
    expect(new Set(card?.body.map((b) => b.type))).toEqual(new Set(["RichTextBlock"]));
    const runs = card?.body.flatMap((b) => b.inlines) ?? [];
    expect(new Set(runs.map((r) => r.type))).toEqual(new Set(["TextRun"]));
    expect(runs.map((r) => r.text).join("")).not.toMatch(/<\/?at>/i);
  });

  it("webhook: the words as written, unescaped, for the receiver to escape", () => {
    const doc = channelMessages.webhook(notice, "acme/board/k", "acme/board") as Record<
      string,
      unknown
    >;
    expect(doc.title).toBe(notice.title);
    expect(doc).toMatchObject({ version: 1, event: "topic.outcome", key: "acme/board/k" });
  });
});

describe("a long notice", () => {
  const long: Notice = {
    event: "meeting.ended",
    title: "x".repeat(400),
    url: "https://github.com/acme/board/blob/HEAD/docs/meetings/m.md",
    sections: Array.from({ length: 30 }, (_, s) => ({
      heading: `Section ${s}`,
      list: true,
      lines: Array.from({ length: 20 }, (_, i) => [{ text: `line ${i} ${"y".repeat(400)}` }]),
    })),
  };

  it("keeps within each platform's documented limits, and ends with a link to the whole page", () => {
    const slack = channelMessages.slack(long, "k", "r") as {
      text: string;
      blocks: Array<{ text?: { text: string } }>;
    };
    expect(slack.blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
    expect(slack.blocks[0]?.text?.text.length).toBeLessThanOrEqual(slackLimits.header);
    for (const s of strings(slack.blocks)) expect(s.length).toBeLessThanOrEqual(slackLimits.text);
    expect(JSON.stringify(slack.blocks)).toContain("more on GitHub");

    const discord = channelMessages.discord(long, "k", "r") as {
      embeds: Array<{ title: string; description: string }>;
    };
    expect(discord.embeds.length).toBeLessThanOrEqual(discordLimits.embeds);
    const [embed] = discord.embeds;
    expect(embed?.title.length).toBeLessThanOrEqual(discordLimits.title);
    expect(embed?.description.length).toBeLessThanOrEqual(discordLimits.description);
    expect((embed?.title.length ?? 0) + (embed?.description.length ?? 0)).toBeLessThanOrEqual(
      discordLimits.total,
    );
    expect(embed?.description).toMatch(
      /…and \[\d+ more on GitHub\]\(https:\/\/github\.com\/acme\/board\/blob\/HEAD\/docs\/meetings\/m\.md\)$/,
    );

    const teams = JSON.stringify(channelMessages.teams(long, "k", "r"));
    expect(Buffer.byteLength(teams)).toBeLessThanOrEqual(teamsLimits.bytes);
    expect(teams).toContain("more on GitHub");
  });
});
