import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { joinedBefore, people, roundtable } from "../helpers/meeting-board.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { buttonLabels, closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * A whole lean coffee driven only through the room's buttons, as the facilitator (Codertocat)
 * and three participants would: every button's words are checked against what the meeting then
 * did, as its log says. Timeboxes last 3 seconds (config), an extension one minute.
 */
const room = "/roundtable/Codertocat/Hello-World/meetings/1";

let browser: Browser;
let app: WebApp;
let fake: FakeGitHub;
let facilitator: Page;
let voters: Page[];

function board(): FakeGitHub {
  const fake = roundtable();
  joinedBefore(fake, 12);
  fake.readers = new Set(["Codertocat", ...people]);
  // Comments are stamped with the real time: the countdown counts from them.
  Object.defineProperty(fake, "clock", { get: () => new Date().toISOString(), set: () => {} });
  fake.pushCommit("main", {
    ".github/roundtable.yml":
      "project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\nmeetings:\n  sponsorMinutes: 0.01\n  discussionMinutes: 0.04\n  extensionMinutes: [1]\n",
  });
  return fake;
}

beforeAll(async () => {
  browser = await workerBrowser();
  fake = board();
  app = await startWebApp(fake);
  facilitator = await signedIn(browser, app, "Codertocat", room);
  voters = await Promise.all(
    ["person-1", "person-2", "person-3"].map((login) => signedIn(browser, app, login, room)),
  );
  for (const page of [facilitator, ...voters])
    await page.waitForSelector("#live[data-connected='1']");
}, 180_000);
afterAll(async () => {
  await app?.close();
  await closeContexts(browser);
});

/** Waits until the facilitator's buttons say exactly `labels`. */
const buttonsSay = async (labels: string[]) => {
  await facilitator
    .waitForFunction(
      (want) =>
        JSON.stringify(
          [
            ...document.querySelectorAll("#controls-live .action-set:not([hidden]) button .label"),
          ].map((e) => e.textContent),
        ) === want,
      JSON.stringify(labels),
      { timeout: 8_000 },
    )
    .catch(async () => {
      throw new Error(
        `the buttons say ${JSON.stringify(await buttonLabels(facilitator))}, not ${JSON.stringify(labels)}`,
      );
    });
};

/** Presses the facilitator's button with these words; waits for the log to say `then`. */
const press = async (label: string, then: string) => {
  await facilitator.click(`#controls-live button:has(.label:text-is("${label}"))`);
  await facilitator.waitForFunction(
    (line) =>
      [...document.querySelectorAll(".log li")].some((li) => li.textContent?.includes(line)),
    then,
    { timeout: 5_000 },
  );
};

const onTable = (page: Page) => page.textContent("#on-table").catch(() => null);
const timeUp = (page: Page) =>
  page.waitForFunction(() => document.querySelector("#phase")?.textContent === "Time's up", null, {
    timeout: 6_000,
  });

describe("a meeting driven through the room's buttons", () => {
  it("before the start: only Start, and no vote to cast", async () => {
    await buttonsSay(["Start the meeting"]);
    expect(await facilitator.$("details.end-meeting")).toBeNull();
    expect(await voters[0]?.$$("button[name=vote]")).toHaveLength(0);
    expect(await voters[0]?.textContent("#vote-live")).toContain(
      "opens when a topic is on the table",
    );
    await press("Start the meeting", "Started");
  });

  it("between topics: take up the top of the queue, run a check-in, or end (behind a confirmation)", async () => {
    await buttonsSay(["Take up #2", "Check-in: decision"]);
    expect(await facilitator.isVisible("details.end-meeting summary")).toBe(true);
    expect(await facilitator.isVisible("button[value='end end']")).toBe(false);
    await press("Take up #2", "#2 Follow-the-sun on-call on the table");
    expect(await onTable(facilitator)).toContain("#2");
  });

  it("while the topic runs, moving on closes it without a vote; at time's up the vote decides", async () => {
    await buttonsSay(["Move on to #3"]);
    expect(await facilitator.textContent(".rule")).toContain("More 👍 than 👎");
    await timeUp(facilitator);
    await buttonsSay(["Move on to #3 (0 👍 0 👎)", "Check-in: decision"]);
    // Two go on, one moves on, each through their own room's buttons.
    await voters[0]?.click("button[name=vote][value=up]");
    await voters[1]?.click("button[name=vote][value=up]");
    await voters[2]?.click("button[name=vote][value=down]");
    await buttonsSay(["Extend 1 min (2 👍 1 👎)", "Check-in: decision"]);
    await press("Extend 1 min (2 👍 1 👎)", "Roman vote 2 👍 1 👎: 1 more minutes");
    expect(await onTable(facilitator)).toContain("#2");
    expect(await facilitator.textContent("#countdown")).toMatch(/^(0:5\d|1:00)$/);
  });

  it("a press the room has overtaken is refused in place, in the server's words", async () => {
    await buttonsSay(["Move on to #3"]);
    // As if the button had been drawn when the vote said extend: the vote has since reset.
    const drawn = await facilitator.$eval(
      "#controls-live .action-set:not([hidden]) button",
      (b) => {
        const was = (b as HTMLButtonElement).value;
        (b as HTMLButtonElement).value = "extend extend-2";
        return was;
      },
    );
    await facilitator.click("#controls-live .action-set:not([hidden]) button");
    await facilitator.waitForSelector(".controls .form-status.error");
    expect(await facilitator.textContent(".controls .form-status")).toBe(
      "The roman vote does not extend #2: it needs more 👍 than 👎 (now 0 👍 0 👎).",
    );
    expect(await onTable(facilitator)).toContain("#2");
    await facilitator.$eval(
      "#controls-live .action-set:not([hidden]) button",
      (b, was) => {
        (b as HTMLButtonElement).value = was;
      },
      drawn,
    );
  });

  it("moving on during the extension closes the topic and takes up the next", async () => {
    await buttonsSay(["Move on to #3"]);
    await press("Move on to #3", "#3 Incident reviews that teach on the table");
    expect(await facilitator.textContent(".log")).toMatch(/#2 closed(?! \(roman)/);
  });

  it("at time's up with more 👎, the button moves on, and says the vote", async () => {
    await timeUp(facilitator);
    // A participant without JavaScript: the page after the redirect shows their vote counted.
    const plain = await signedIn(browser, app, "person-4", room, undefined, {
      javaScriptEnabled: false,
    });
    await Promise.all([plain.waitForNavigation(), plain.click("button[name=vote][value=down]")]);
    expect(await plain.textContent("#down")).toBe("1");
    expect(await plain.textContent(".vote .form-status")).toBe("You voted 👎 move on.");
    await plain.context().close();
    await buttonsSay(["Move on to #4 (0 👍 1 👎)", "Check-in: decision"]);
    await press("Move on to #4 (0 👍 1 👎)", "#3 closed (roman vote 0 👍 1 👎)");
    await facilitator.waitForFunction(() =>
      document.querySelector("#on-table")?.textContent?.includes("#4"),
    );
  });

  it("with the queue empty, the last topic closes; then the check-in and the end", async () => {
    await timeUp(facilitator);
    await buttonsSay(["Close #4 (0 👍 0 👎)", "Check-in: decision"]);
    await press("Close #4 (0 👍 0 👎)", "#4 closed (roman vote 0 👍 0 👎)");
    await buttonsSay(["Check-in: decision"]);
    expect(await voters[0]?.$$("button[name=vote]")).toHaveLength(0);
    await press("Check-in: decision", "Check-in: decision");
    await facilitator.click("details.end-meeting summary");
    await facilitator.click("button[value='end end']");
    await facilitator.waitForFunction(
      () => document.querySelector("#phase")?.textContent === "Ended",
    );
    expect(await facilitator.$$("#controls-live button")).toHaveLength(0);
    expect((fake.issues[0] as FakeIssue).state).toBe("CLOSED");
    const posted = ((fake.issues[0] as FakeIssue).comments ?? [])
      .filter((c) => c.author === "Codertocat")
      .map((c) => c.body);
    expect(posted).toEqual([
      "/start",
      "/next",
      "/extend",
      "/next",
      "/next",
      "/next",
      "/checkin",
      "/end",
    ]);
  });
});
