import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { encodeRecord, parseSnapshot } from "../../src/core/index.js";
import { renderPages } from "../../src/render/pages/render-pages.js";
import { expectGolden } from "../helpers/golden.js";
import { markdownProblems } from "../helpers/markdownlint.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const exampleConfig = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
const pages = renderPages(example, exampleConfig, () => undefined);
const page = (path: string) => pages.find((p) => p.path === path)?.content ?? "";

describe("the meeting pages", () => {
  it("of the example's lean coffee and offsite, and the takeaways, match their golden files and pass markdownlint", () => {
    for (const [path, golden] of [
      ["docs/meetings/2026-11-12-on-call-and-postmortems.md", "meetings-example/lean-coffee.md"],
      ["docs/meetings/2026-12-10-platform-offsite.md", "meetings-example/unconference.md"],
      ["docs/takeaways.md", "meetings-example/takeaways.md"],
    ] as const) {
      expectGolden(page(path), golden);
      expect(markdownProblems(page(path))).toEqual([]);
    }
  });

  it("gives two meetings of one day and theme a page each: the later issue's name carries its number", () => {
    const twice = structuredClone(example);
    const first = twice.issues.find((i) => i.number === 61);
    if (!first) throw new Error("the example has no offsite");
    twice.issues.push({
      ...structuredClone(first),
      number: 90,
      title: "Offsite, again",
      comments: [],
    });
    const paths = renderPages(twice, exampleConfig, () => undefined)
      .map((p) => p.path)
      .filter((p) => p.includes("platform-offsite"));
    expect(paths).toEqual([
      "docs/meetings/2026-12-10-platform-offsite.md",
      "docs/meetings/2026-12-10-platform-offsite-90.md",
    ]);
  });

  it("shows an unscheduled unconference's draft schedule, and no calendar until /schedule fixes it", () => {
    const offsite = page("docs/meetings/2026-12-10-platform-offsite.md");
    expect(offsite).toContain("A draft from the dot votes as they stand");
    expect(offsite).toContain("| 10:00–10:45 | [#13 Engineering metrics");
    // The series' feed lists every dated meeting; a meeting's own sessions file waits for /schedule.
    const sessions = pages.filter(
      (p) => p.path.endsWith(".ics") && !p.path.endsWith("/calendar.ics"),
    );
    expect(sessions).toEqual([]);
    expect(pages.some((p) => p.path === "docs/meetings/calendar.ics")).toBe(true);
  });

  it("writes the calendar beside the page once the schedule is fixed, and the same file every time", () => {
    const scheduled = structuredClone(example);
    const offsite = scheduled.issues.find((i) => i.number === 61);
    offsite?.comments?.push({
      id: 9999,
      url: "https://github.com/acme-leads/roundtable/issues/61#issuecomment-9999",
      author: { login: "roundtable[bot]", bot: true, self: true },
      createdAt: "2026-12-01T09:00:00Z",
      body: `<!-- roundtable:meeting:9998 -->\n${encodeRecord({
        command: 9998,
        events: [
          {
            type: "schedule",
            at: "2026-12-01T09:00:00Z",
            grid: [[13, 8], [5, null], [], []],
            attendance: 14,
            upperBound: 36,
          },
        ],
      })}`,
      votes: 0,
    });
    const render = () => renderPages(scheduled, exampleConfig, () => undefined);
    const ics = render().find((p) => p.path === "docs/meetings/2026-12-10-platform-offsite.ics");
    expect(ics?.content).toBe(
      render().find((p) => p.path === "docs/meetings/2026-12-10-platform-offsite.ics")?.content,
    );
    const events = ics?.content.split("BEGIN:VEVENT").slice(1) ?? [];
    expect(events).toHaveLength(3);
    expect(events[0]).toContain("UID:acme-leads.roundtable.61.13@roundtable\r\n");
    expect(events[0]).toContain("DTSTART:20261210T090000Z\r\n");
    expect(events[0]).toContain("LOCATION:Room 1\r\n");
    expect(events[2]).toContain("DTSTART:20261210T100000Z\r\n");
    const md = render().find((p) => p.path === "docs/meetings/2026-12-10-platform-offsite.md");
    expect(md?.content).toContain("Planned at 10:00 from the dot votes: attendance 14 of 36.");
    expect(md?.content).toContain(
      "| 11:00–11:45 | [#5 Build vs buy for an internal developer platform]",
    );
    expect(md?.content).toContain(
      "[Add the sessions to your calendar (.ics)](2026-12-10-platform-offsite.ics)",
    );
  });
});
