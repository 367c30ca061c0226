import { describe, expect, it } from "vitest";
import { boardOf, meetingOf } from "../../src/core/index.js";
import { renderMeetingRegion, toMarkdown } from "../../src/render/index.js";
import { config, issue, snapshot, vote } from "../helpers/factories.js";
import { markdownProblems } from "../helpers/markdownlint.js";

const hostile = "Ping @everyone | <script>alert(1)</script>\n# not a heading";

describe("the meeting's region", () => {
  const topics = Array.from({ length: 8 }, (_, i) =>
    issue(i + 2, {
      title: i === 0 ? hostile : `Topic ${i + 2}`,
      reactions: Array.from({ length: 8 - i }, (_, k) => vote(`v${k}`, "2026-11-22T09:00:00Z")),
    }),
  );
  const region = (body: string) => {
    const meeting = meetingOf(issue(1, { labels: ["meeting"], body, comments: [] }), config());
    const board = boardOf(snapshot(topics), config());
    return toMarkdown(
      renderMeetingRegion(
        {
          meeting,
          issues: new Map(topics.map((t) => [t.number, { title: t.title, url: t.url }])),
          site: "https://github.com",
          config: config(),
        },
        board.queue.toDiscuss,
      ),
    );
  };

  it("says what to fix in a broken form, and shows the five most-voted topics as the agenda", () => {
    const text = region("### Date\n\nnext Thursday\n\n### Format\n\nLean coffee");
    expect(text).toContain(
      "**Fix the meeting's form:** Date (YYYY-MM-DD); Start time (HH:MM); Time zone (like Europe/Berlin).",
    );
    const agenda = text.split("### Agenda")[1]?.split("###")[0] ?? "";
    expect(agenda.match(/^\d\. /gm)).toHaveLength(5);
    // The region sits in an issue body below the form's answers, which start with a heading.
    expect(markdownProblems(`# Meeting\n\n## Date\n\n${text}`)).toEqual([]);
  });

  it("shows a hostile title as text: no mention, no HTML, no heading", () => {
    const text = region("### Date\n\n2026-12-03");
    expect(text).not.toContain("@everyone");
    expect(text).toContain("\\<script>alert(1)\\</script>");
    expect(text).not.toMatch(/^# not a heading/m);
    expect(text).toContain("Ping @\u2060everyone");
  });
});
