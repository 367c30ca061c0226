import axe from "axe-core";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { signIn } from "../helpers/sign-in.js";
import type { WebApp } from "../helpers/web-app.js";

/** Debian's Chromium, driven by playwright-core; without it the browser tests fail, never skip. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let launched: Promise<Browser> | undefined;

/**
 * The worker's Chromium: launched by the first browser file the worker runs, kept for the next
 * (the web files share their workers, vitest.config.ts), as a launch and its close cost about 2 s
 * of CPU and 3 of wall on two loaded cores. Each file closes what it opened (`closeContexts`);
 * Chromium ends with the worker's process (playwright closes it on exit and on SIGTERM).
 */
export function workerBrowser(): Promise<Browser> {
  launched ??= chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  return launched;
}

/**
 * Closes every context (and so every page) left open in the worker's Chromium: a file's pages,
 * left to the next file, would go on polling and ticking their countdowns on the shared cores.
 * Files run one after another in a worker, so all that is open is the closing file's.
 */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}

/** Each app's session cookies, by login: a person signs in once per file, then is reused. */
const sessions = new WeakMap<WebApp, Map<string, Promise<string>>>();

/**
 * The session cookie of `login` on `app` ("roundtable_session=…"): the first time, the OAuth flow
 * through the fake's authorize page over HTTP, as a browser follows it; then the same cookie. A
 * session is live in any number of contexts at once, as a person's laptop and phone are.
 */
export function sessionCookie(app: WebApp, login: string): Promise<string> {
  const byLogin = sessions.get(app) ?? new Map<string, Promise<string>>();
  sessions.set(app, byLogin);
  const known = byLogin.get(login);
  if (known) return known;
  const cookie = signIn(app, login);
  byLogin.set(login, cookie);
  return cookie;
}

/**
 * A person signed in, on `path`, in a browser context of their own (its viewport, and any other
 * options: no JavaScript, a time zone): their session cookie is put into the context, so the page
 * is one load, not the sign-in's four. The sign-in pages themselves are driven in Chromium by the
 * tests of the sign-in (room, rsvp, and each page's no-JavaScript test).
 */
export async function signedIn(
  browser: Browser,
  app: WebApp,
  login: string,
  path: string,
  viewport = { width: 1440, height: 900 },
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport, ...options });
  const cookie = await sessionCookie(app, login);
  const at = cookie.indexOf("=");
  await context.addCookies([
    { name: cookie.slice(0, at), value: cookie.slice(at + 1), url: app.url },
  ]);
  const page = await context.newPage();
  await page.goto(`${app.url}${path}`);
  if (page.url() !== `${app.url}${path}`)
    throw new Error(
      `signedIn: ${login} on ${path} landed on ${page.url()}, not the page asked for`,
    );
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
