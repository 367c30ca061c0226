import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FakeGitHub, fakeFetch } from "../helpers/fake-github.js";

/**
 * A year of a series that runs itself: the Action's runner, in this process, run every day on a
 * clock moved a day at a time (twice on some days), against the fake GitHub as this process's
 * fetch (over 400 runs: through loopback HTTP and nock's interceptors, the transport was about
 * half of the file's CPU; the Action's HTTP is tested as a process elsewhere). Berlin changes to
 * summer time on 2027-03-28 and back on 2027-10-31.
 */
const config = `meetings:
  series:
    every: 6
    weekday: thursday
    start: "2027-01-07T17:00"
    timeZone: Europe/Berlin
    openBefore: 14
    skip: ["2027-08-12"]
`;

let fake: FakeGitHub;
beforeAll(async () => {
  fake = new FakeGitHub("Codertocat", "Hello-World");
  fake.repoLabels = [{ name: "meeting", color: "ededed", description: "" }];
  fake.pushCommit("main", { ".github/roundtable.yml": config });
  vi.stubGlobal("fetch", fakeFetch(fake));
  const dir = mkdtempSync(join(tmpdir(), "rt-series-"));
  writeFileSync(join(dir, "summary"), "");
  writeFileSync(join(dir, "output"), "");
  const env = {
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: join(dir, "summary"),
    INPUT_TOKEN: "ghs_test",
    "INPUT_CONFIG-PATH": ".github/roundtable.yml",
    "INPUT_DRY-RUN": "false",
    "INPUT_COMMIT-MODE": "direct",
    // Against the stand-in, as the app's process tests: Bottleneck's queues cost ~15 ms a request
    // (a few setTimeout(0) each), which was three quarters of each run here.
    ROUNDTABLE_THROTTLING: "off",
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
});
// This file's worker runs other files after it: it leaves the env, the clock and the exit code as
// it found them.
afterAll(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  process.exitCode = undefined;
});

/** The Action's run at `at`, with these jobs. */
async function action(at: string, jobs: string): Promise<void> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(at));
  vi.stubEnv("INPUT_JOBS", jobs);
  process.exitCode = undefined;
  const { runAction } = await import("../../src/action/runner.js");
  await runAction();
  vi.useRealTimers();
  expect(process.exitCode ?? 0).toBe(0);
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Berlin's summer time in 2027, from the EU's rule (last Sunday of March to last of October). */
const summer = (date: string) => date >= "2027-03-28" && date < "2027-10-31";

/** The series' dates, every 6 weeks from 2027-01-07, without the skipped one. */
const dates: string[] = [];
for (let d = "2027-01-07"; d <= "2028-01-13"; d = addDays(d, 42))
  if (d !== "2027-08-12") dates.push(d);

const feed = () => {
  const text = fake.files().get("docs/meetings/calendar.ics") ?? "";
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return {
    text,
    events: calendar.getAllSubcomponents("vevent").map((v) => {
      const e = new ICAL.Event(v);
      return {
        uid: e.uid,
        sequence: e.sequence,
        start: e.startDate.toJSDate().toISOString(),
        zone: e.startDate.zone?.tzid,
        status: String(v.getFirstPropertyValue("status")),
      };
    }),
  };
};

describe("a series over a year", () => {
  it("opens each meeting's issue once, openBefore days ahead, on a clock moved a day at a time", async () => {
    const openedOn = new Map<string, string>();
    for (let day = "2026-12-20"; day <= "2027-12-31"; day = addDays(day, 1)) {
      const before = fake.openedIssues.length;
      await action(`${day}T05:00:00Z`, "series");
      // A rerun the same day (a second scheduled run, a retry) opens nothing more.
      if (day.endsWith("5")) await action(`${day}T22:30:00Z`, "series");
      for (const issue of fake.openedIssues.slice(before))
        openedOn.set(/### Date\n\n(\S+)/.exec(issue.body)?.[1] ?? "?", day);
    }
    const due = dates.filter((d) => addDays(d, -14) <= "2027-12-31");
    expect(fake.openedIssues.map((i) => i.title)).toEqual(due.map((d) => `Lean coffee ${d}`));
    for (const d of due) expect(openedOn.get(d)).toBe(addDays(d, -14));
    for (const issue of fake.openedIssues) {
      expect(issue.body).toContain("### Start time\n\n17:00");
      expect(issue.body).toContain("### Time zone\n\nEurope/Berlin");
      expect(issue.labels).toEqual(["meeting"]);
    }
    // The second links the first meeting's page.
    expect(fake.openedIssues[1]?.body).toMatch(
      /Previous meeting: \[2027-01-07 Lean coffee 2027-01-07\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/blob\/HEAD\/docs\/meetings\/2027-01-07-lean-coffee-2027-01-07\.md\)/,
    );
  }, 300_000);

  it("publishes a feed an independent parser reads, each event at the right UTC instant, in its zone", async () => {
    await action("2027-12-31T06:00:00Z", "publish");
    const { text, events } = feed();
    expect(text).toContain("BEGIN:VTIMEZONE");
    expect(text).toContain("DTSTART;TZID=Europe/Berlin:");
    const due = dates.filter((d) => addDays(d, -14) <= "2027-12-31");
    expect(events.map((e) => e.start)).toEqual(
      due.map((d) => `${d}T${summer(d) ? "15" : "16"}:00:00.000Z`),
    );
    expect(events.every((e) => e.zone === "Europe/Berlin" && e.sequence === 0)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  }, 60_000);

  it("raises SEQUENCE when a meeting moves, and marks a cancelled one, keeping every UID", async () => {
    const uids = feed().events.map((e) => e.uid);
    const moved = fake.issues.find((i) => i.title === "Lean coffee 2027-04-01");
    if (!moved) throw new Error("no meeting on 2027-04-01");
    moved.body = moved.body.replace("### Start time\n\n17:00", "### Start time\n\n18:30");
    const cancelled = fake.issues.find((i) => i.title === "Lean coffee 2027-05-13");
    if (!cancelled) throw new Error("no meeting on 2027-05-13");
    cancelled.state = "CLOSED";
    cancelled.closedAt = "2027-05-01T00:00:00Z";
    await action("2027-12-31T07:00:00Z", "publish");
    const after = feed().events;
    expect(after.map((e) => e.uid)).toEqual(uids);
    const of = (d: string) => after.find((e) => e.uid === uids[dates.indexOf(d)]);
    expect(of("2027-04-01")).toMatchObject({ sequence: 1, start: "2027-04-01T16:30:00.000Z" });
    expect(of("2027-05-13")).toMatchObject({ sequence: 1, status: "CANCELLED" });
    expect(of("2027-01-07")).toMatchObject({ sequence: 0, status: "CONFIRMED" });
    // Published again unchanged: the sequences stay.
    await action("2027-12-31T08:00:00Z", "publish");
    expect(feed().events.map((e) => e.sequence)).toEqual(after.map((e) => e.sequence));
  }, 60_000);
});
