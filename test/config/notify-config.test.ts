import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../src/config/index.js";

function problemOf(text: string): ConfigError {
  try {
    parseConfig(text, ".github/roundtable.yml");
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

const hook = "https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx";

describe("notify: in the config", () => {
  it("takes channels whose URLs are env:NAME, listening to every event by default", () => {
    const config = parseConfig(
      "notify:\n  - kind: slack\n    url: env:ROUNDTABLE_SLACK_URL\n  - kind: discord\n    url: env:ROUNDTABLE_DISCORD_URL\n    events: [topic.now, meeting.ended]\n",
    );
    expect(config.notify[0]?.events).toHaveLength(9);
    expect(config.notify[1]).toEqual({
      kind: "discord",
      url: "env:ROUNDTABLE_DISCORD_URL",
      events: ["topic.now", "meeting.ended"],
    });
  });

  it("refuses a literal URL with the file, line and fix, and never repeats the URL", () => {
    const error = problemOf(`votes:\n  perPerson: 3\nnotify:\n  - kind: slack\n    url: ${hook}\n`);
    expect(error.problems).toHaveLength(1);
    expect(error.message).toMatch(
      /^\.github\/roundtable\.yml:5:10: notify\[0\]\.url: expected env:NAME, got the webhook URL itself \(not repeated here\)\. This file is public: anyone who reads it can post to your channel\. Put the webhook URL in a secret .* write env:ROUNDTABLE_SLACK_URL here, and revoke this one/,
    );
    expect(error.message).not.toContain("hooks.slack.com");
    expect(error.message).not.toContain("T0001");
  });

  it("names the event meant when one is misspelt, and the list", () => {
    const error = problemOf(
      "notify:\n  - kind: teams\n    url: env:ROUNDTABLE_TEAMS\n    events: [meeting.anounced, digest, retro]\n",
    );
    expect(error.message.split("\n")).toEqual([
      '.github/roundtable.yml:4:14: notify[0].events[0]: unknown event; did you mean meeting.announced? expected one of meeting.announced, meeting.reminder, topic.now, timebox.ended, topic.outcome, meeting.ended, retro.opened, action-items, digest, got "meeting.anounced"',
      '.github/roundtable.yml:4:40: notify[0].events[2]: unknown event; did you mean retro.opened? expected one of meeting.announced, meeting.reminder, topic.now, timebox.ended, topic.outcome, meeting.ended, retro.opened, action-items, digest, got "retro"',
    ]);
  });
});

describe("a channel's env:NAME", () => {
  it("must start ROUNDTABLE_, so a config cannot point at the app's own secrets", () => {
    const error = problemOf("notify:\n  - kind: webhook\n    url: env:PRIVATE_KEY\n");
    expect(error.message).toBe(
      ".github/roundtable.yml:3:10: notify[0].url: expected a variable named ROUNDTABLE_…, got env:PRIVATE_KEY: Roundtable reads only those, so that a config never reaches the app's own secrets; name it env:ROUNDTABLE_PRIVATE_KEY",
    );
  });
});
