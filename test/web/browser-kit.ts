import axe from "axe-core";
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
  await page.goto(`${app.url}/roundtable/signin?next=${encodeURIComponent(path)}`);
  await page.fill("#login", login);
  await page.click("#authorize");
  // A minute: at the suite's start three Chromiums and app processes share two cores.
  await page.waitForURL(`${app.url}${path}`, { timeout: 60_000 });
  return page;
}

/** The words on the facilitator's buttons that show now (not the set waiting for time's up). */
export function buttonLabels(page: Page): Promise<string[]> {
  return page.$$eval("#controls-live .action-set:not([hidden]) button .label", (els) =>
    els.map((e) => e.textContent ?? ""),
  );
}

/**
 * The serious and critical accessibility problems axe-core finds on the page as it stands, one
 * line each ("room, time's up: color-contrast (serious) at .meta"). axe's own script is put into
 * the page through the driver, not by a tag, so the page's content security policy stays as the
 * app sends it, and nothing is fetched.
 */
export async function axeProblems(page: Page, state: string): Promise<string[]> {
  await page.evaluate(axe.source);
  const found = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ["violations"] }),
  );
  return found.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${state}: ${v.id} (${v.impact}) at ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    );
}
