import type { Browser, Page } from "playwright-core";
import type { WebApp } from "../helpers/web-app.js";

/** Debian's Chromium, driven by playwright-core; without it the browser tests fail, never skip. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A person signed in through the fake's authorize page, on `path`, in a context of their own. */
export async function signedIn(
  browser: Browser,
  app: WebApp,
  login: string,
  path: string,
  viewport = { width: 1440, height: 900 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${app.url}${path}`);
  await page.fill("#login", login);
  await page.click("#authorize");
  await page.waitForURL(`${app.url}${path}`);
  return page;
}

/** The words on the facilitator's buttons that show now (not the set waiting for time's up). */
export function buttonLabels(page: Page): Promise<string[]> {
  return page.$$eval("#controls-live .action-set:not([hidden]) button .label", (els) =>
    els.map((e) => e.textContent ?? ""),
  );
}
