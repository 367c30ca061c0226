// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { AdaptiveCard, SerializationContext } from "adaptivecards";
import { describe, expect, it } from "vitest";
import type { Notice } from "../../src/core/index.js";
import { channelMessages } from "../../src/render/index.js";

/** What Microsoft's own Adaptive Cards library says of a card: parse events and validation failures. */
function problems(content: object): string[] {
  const card = new AdaptiveCard();
  const context = new SerializationContext();
  card.parse(content, context);
  const events = Array.from(
    { length: context.eventCount },
    (_, i) => context.getEventAt(i).message,
  );
  const validation = card.validateProperties();
  return [...events, ...validation.validationEvents.map((e) => e.message)];
}

const contentOf = (message: object) =>
  (message as { attachments: Array<{ content: object }> }).attachments[0]?.content ?? {};

describe("the Teams card", () => {
  it("of the example's meeting.ended parses and validates with Microsoft's Adaptive Cards library", () => {
    const message = JSON.parse(
      readFileSync("test/golden/channels-example/meeting-ended.teams.json", "utf8"),
    );
    expect(problems(contentOf(message))).toEqual([]);
  });

  it("the check can fail: an element Teams does not know is reported", () => {
    const message = JSON.parse(
      readFileSync("test/golden/channels-example/meeting-ended.teams.json", "utf8"),
    );
    const content = contentOf(message) as { body: object[] };
    content.body.push({ type: "Blink", text: "x" });
    expect(problems(content).join("\n")).toMatch(/Blink/);
  });

  it("renders a hostile title as the words written, no mention, with the official renderer", () => {
    const notice: Notice = {
      event: "topic.now",
      title: "Now on the table: #2 <at>Megan</at> @everyone <!channel> **bold**",
      url: "https://github.com/acme/board/issues/1",
      sections: [
        {
          lines: [
            [
              {
                text: "#2 [x](https://evil.example)",
                url: "https://github.com/acme/board/issues/2",
              },
            ],
          ],
        },
      ],
    };
    const card = new AdaptiveCard();
    card.parse(contentOf(channelMessages.teams(notice, "k", "acme/board")));
    const element = card.render();
    // jsdom keeps what the renderer sets as innerText as it was given: the words shown.
    const shown = [...(element?.querySelectorAll(".ac-textRun, .ac-textRun a") ?? [])]
      .map((e) => (e as unknown as { innerText?: string }).innerText ?? "")
      .join("|");
    expect(shown).toContain(
      "Now on the table: #2 <\u2060at>Megan<\u2060/at> @everyone <!channel> **bold**",
    );
    expect(shown).toContain("#2 [x](https://evil.example)");
    expect(element?.querySelector("strong, b, em")).toBeNull();
    const links = [...(element?.querySelectorAll("a") ?? [])].map((a) => a.getAttribute("href"));
    expect(links).toEqual(["https://github.com/acme/board/issues/2"]);
  });
});
