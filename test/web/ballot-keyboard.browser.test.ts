import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FakeGitHub } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { startWebApp, type WebApp } from "../helpers/web-app.js";
import { closeContexts, signedIn, workerBrowser } from "./browser-kit.js";

/**
 * The ballot by keyboard alone, in place: a dot cast, moved and taken back with Tab, Space and
 * the arrow keys, the page never reloading and focus staying where the person was; each change
 * announced once, politely. Without JavaScript the same forms post and the page shows the change.
 */
const secret = "a-ballot-secret-for-the-keyboard-test-0123456789";
const ballot = "/roundtable/Codertocat/Hello-World/ballot";

let browser: Browser;
let app: WebApp;

function board(): FakeGitHub {
  const fake = roundtable();
  fake.project = null;
  fake.pushCommit("main", {
    ".github/roundtable.yml":
      "votes:\n  source: ballots\n  reveal: after-close\n  perPerson: 3\n  maxPerTopic: 2\n",
  });
  fake.readers = new Set(["person-1", "person-2"]);
  return fake;
}

beforeAll(async () => {
  browser = await workerBrowser();
  vi.stubEnv("BALLOT_SECRET", secret);
  app = await startWebApp(board(), { BALLOT_SECRET: secret, BALLOT_BATCH_SECONDS: "60" });
}, 60_000);
afterAll(async () => {
  await app?.close();
  await closeContexts(browser);
  vi.unstubAllEnvs();
});

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLButtonElement | null;
    return el ? `${el.tagName.toLowerCase()}${el.name ? `[${el.name}=${el.value}]` : ""}` : "";
  });
const saves = (page: Page) => page.evaluate(() => document.body.dataset.saves ?? "0");
const afterSave = async (page: Page, before: string) =>
  page.waitForFunction((n) => (document.body.dataset.saves ?? "0") !== n, before);
const pips = (page: Page) =>
  page.$$eval(".ballot-topic", (rows) =>
    rows.map(
      (r) => `${r.querySelector(".num")?.textContent}:${r.querySelectorAll(".pip.on").length}`,
    ),
  );

/** Tabs until `selector` has focus (at most 40 presses), as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<number> {
  for (let presses = 1; presses <= 40; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector))
      return presses;
  }
  throw new Error(`Tab never reached ${selector}`);
}

// Some thirty key presses, each a round trip to Chromium: past vitest's 20 s on a loaded machine.
describe("the ballot by keyboard, in place", { timeout: 60_000 }, () => {
  it("casts, moves and takes back dots without a reload, focus kept, each change announced", async () => {
    const page = await signedIn(browser, app, "person-1", ballot);
    let navigations = 0;
    page.on("framenavigated", (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    await tabTo(page, 'button[name=add][value="2"]');
    let before = await saves(page);
    await page.keyboard.press("Space");
    await afterSave(page, before);
    expect(await focused(page)).toBe("button[add=2]");
    expect(await page.textContent("#ballot-said")).toBe(
      "Saved. 1 dot of yours on #2. 2 dots left.",
    );
    // Again on the same topic: its second dot, the most one topic takes; focus stays put.
    before = await saves(page);
    await page.keyboard.press("Enter");
    await afterSave(page, before);
    expect(await pips(page)).toEqual(["#2:2", "#3:0", "#4:0"]);
    // "+ Dot" is disabled now: focus moves to its neighbour, Take back, not to the page's top.
    expect(await focused(page)).toBe("button[remove=2]");

    // Move one: From #2, To #4, by arrow keys, then the Move button.
    await tabTo(page, "select[name=from]");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("select[to=3]");
    await page.keyboard.press("ArrowDown");
    before = await saves(page);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await afterSave(page, before);
    expect(await pips(page)).toEqual(["#2:1", "#3:0", "#4:1"]);
    expect(await focused(page)).toBe("button");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Move");

    // Take back the dot on #4, from the keyboard: Shift+Tab back up to its row.
    for (let i = 0; i < 40 && (await focused(page)) !== "button[remove=4]"; i++)
      await page.keyboard.press("Shift+Tab");
    before = await saves(page);
    await page.keyboard.press("Space");
    await afterSave(page, before);
    expect(await pips(page)).toEqual(["#2:1", "#3:0", "#4:0"]);
    // Take back is disabled now on #4: focus is on its + Dot.
    expect(await focused(page)).toBe("button[add=4]");
    expect(await page.textContent("#ballot-said")).toBe(
      "Saved. 0 dots of yours on #4. 2 dots left.",
    );
    expect(navigations).toBe(0);
    await page.context().close();
  });

  it("without JavaScript, the page after the redirect shows the dot", async () => {
    const page = await signedIn(browser, app, "person-2", ballot, undefined, {
      javaScriptEnabled: false,
    });
    await Promise.all([page.waitForNavigation(), page.click('button[name=add][value="3"]')]);
    expect(await page.textContent(".summary")).toContain("2 dots left of 3");
    expect(await pips(page)).toEqual(["#2:0", "#3:1", "#4:0"]);
    await page.context().close();
  });
});
