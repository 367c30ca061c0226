// @vitest-environment node
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Config } from "../../src/config/index.js";
import { parseConfig } from "../../src/config/index.js";
import {
  boardOf,
  meetingSlug,
  meetingsOf,
  parseSnapshot,
  type Snapshot,
  siteOf,
} from "../../src/core/index.js";
import {
  renderMeetingRegion,
  renderMeetingReply,
  renderQueueComment,
  renderTopicNotes,
  renderWelcomeComment,
  toMarkdown,
} from "../../src/render/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { githubHtml, htmlProblems } from "../helpers/github-html.js";
import { hostileBoard } from "../helpers/hostile-board.js";

/** Every page and every bot comment a board yields, as Markdown, by a name for messages. */
function everything(snapshot: Snapshot, config: Config): Array<[string, string]> {
  const out: Array<[string, string]> = renderPages(snapshot, config, () => undefined)
    .filter((p) => p.path.endsWith(".md"))
    .map((p) => [p.path, p.content]);
  const site = siteOf(snapshot);
  const board = boardOf(snapshot, config);
  out.push([
    "queue comment",
    toMarkdown(renderQueueComment(board.queue, site, config.pages.topics)),
  ]);
  for (const topic of [...board.queue.toDiscuss, ...board.queue.discussing].map((e) => e.topic))
    out.push([`welcome #${topic.number}`, toMarkdown(renderWelcomeComment(topic, board, config))]);
  const issues = new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }]));
  for (const meeting of meetingsOf(snapshot, config)) {
    const ctx = { meeting, issues, site, config };
    out.push([
      `meeting #${meeting.issue.number}`,
      toMarkdown(renderMeetingRegion(ctx, board.queue.toDiscuss)),
    ]);
    for (const d of meeting.discussions)
      out.push([`notes on #${d.topic}`, toMarkdown(renderTopicNotes(ctx, d))]);
    if (meeting.endedAt)
      out.push([
        `end of #${meeting.issue.number}`,
        toMarkdown(renderMeetingReply(ctx, "end", [{ type: "end", at: meeting.endedAt }] as never)),
      ]);
  }
  return out;
}

/** People's own links (in their comments) are theirs to show; every other link is the project's. */
function ownLinks(snapshot: Snapshot) {
  const site = siteOf(snapshot);
  const written = snapshot.issues.flatMap((i) => (i.comments ?? []).map((c) => c.body)).join("\n");
  return (href: string) =>
    href.startsWith(`${site}/`) ||
    (!/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith("//")) ||
    (href.startsWith("https://") && written.includes(`](${href})`));
}

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));

describe.each([
  ["the example board", example, exampleConfig],
  ["a hostile board", hostileBoard().snapshot, hostileBoard().config],
])(
  "as GitHub renders it (cmark-gfm), every page and bot comment of %s",
  { timeout: 60_000 },
  (_, snapshot, config) => {
    const all = everything(snapshot, config);
    const isOwn = ownLinks(snapshot);

    it("holds no HTML but the markers, no mention, no link but the project's own, and whole table rows", () => {
      expect(all.length).toBeGreaterThan(10);
      const problems = all.flatMap(([name, markdown]) =>
        htmlProblems(githubHtml(markdown), isOwn).map((p) => `${name}: ${p}`),
      );
      expect(problems).toEqual([]);
    }, 60_000);

    it("shows no bidi control or invisible format character", () => {
      for (const [name, markdown] of all)
        expect([name, /[\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f]/.test(markdown)]).toEqual([
          name,
          false,
        ]);
    });
  },
);

describe("a hostile board", () => {
  const { snapshot, config } = hostileBoard();
  const pages = renderPages(snapshot, config, () => undefined);

  it("shows people's HTML, mentions and bidi overrides as harmless text, and their Markdown rendered", () => {
    const retro = pages.find((p) => p.path.startsWith("docs/retros/"))?.content ?? "";
    const html = githubHtml(retro);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("@\u2060everyone");
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toContain('<input type="checkbox" disabled="" /> a task');
    expect(html).toContain('<a href="https://example.com/ok">a link</a>');
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("evil.example/p.png");
  });

  it("names meeting files with letters, digits and dashes only, whatever the theme", () => {
    const meetings = meetingsOf(snapshot, config);
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(meetingSlug(m)).toMatch(/^[a-z0-9-]+$/);
    for (const p of pages) expect(p.path).toMatch(/^[\w/.-]+$/);
  });

  it("passes the config's lane text through the same escaping as issue text", () => {
    const roadmap = pages.find((p) => p.path === "docs/roadmap.md")?.content ?? "";
    expect(htmlProblems(githubHtml(roadmap), () => true)).toEqual([]);
    expect(roadmap).toContain("Ask @\u2060everyone");
  });
});
