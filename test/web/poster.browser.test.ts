import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Poster } from "../../src/core/index.js";
import { staticFile } from "../../src/jobs/static-files.js";
import { posterPage } from "../../src/render/web/poster-page.js";
import { closeContexts, workerBrowser } from "./browser-kit.js";

/**
 * The poster printed by Chromium to PDF, on A1 and A4, landscape and portrait: every text box is
 * measured in print media emulation (none overlaps another or leaves its cell, the sheet is
 * filled), and the PDF has the pages and the paper size the sheets ask for.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await workerBrowser();
});
afterAll(async () => {
  await closeContexts(browser);
});

/** An 80-character title: words of several lengths, as people write them. */
const title = (n: number) =>
  `Session ${n}: what we learned moving incident reviews to a blameless format, twice`
    .padEnd(80, ".")
    .slice(0, 80);

function poster(rooms: number, slots: number): Poster {
  return {
    repository: "acme/offsite",
    number: 61,
    title: "Engineering offsite, spring",
    theme: "Shipping calmly",
    date: "2027-04-14",
    timeZone: "Europe/Lisbon",
    rooms: Array.from(
      { length: rooms },
      (_, r) => ["Atlantic", "Tejo", "Alfama", "Belém"][r] ?? `Room ${r + 1}`,
    ),
    draft: false,
    slots: Array.from({ length: slots }, (_, s) => {
      const start = `${String(9 + Math.floor((s * 45) / 60)).padStart(2, "0")}:${String((s * 45) % 60).padStart(2, "0")}`;
      return {
        start,
        end: start,
        sessions: Array.from({ length: rooms }, (_, r) => ({
          number: 100 + s * rooms + r,
          title: title(s * rooms + r),
          sponsor: `person-${r + 1}`,
        })),
      };
    }),
  };
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  sheet: number;
  text: string;
}

/** The rectangles of every text on the sheets as printed, with their cells and sheets. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const rect = (r: DOMRect) => ({ x: r.x, y: r.y, w: r.width, h: r.height });
    const sheets = [...document.querySelectorAll(".sheet")].map((s) =>
      rect(s.getBoundingClientRect()),
    );
    const boxes: Box[] = [];
    const outside: string[] = [];
    [...document.querySelectorAll(".sheet")].forEach((sheet, i) => {
      for (const el of sheet.querySelectorAll(".poster-title, .poster-head p, th, .title, .by")) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const r = range.getBoundingClientRect();
        if (r.width === 0) continue;
        boxes.push({ ...rect(r), sheet: i, text: (el.textContent ?? "").slice(0, 30) });
        const cell = el.closest("td, th") ?? sheet;
        const c = cell.getBoundingClientRect();
        if (
          r.left < c.left - 0.5 ||
          r.right > c.right + 0.5 ||
          r.top < c.top - 0.5 ||
          r.bottom > c.bottom + 0.5
        )
          outside.push(`${el.textContent?.slice(0, 30)} leaves its ${cell.tagName.toLowerCase()}`);
      }
    });
    return { sheets, boxes, outside };
  });
}

const overlaps = (a: Box, b: Box) =>
  a.sheet === b.sheet &&
  a.x < b.x + b.w - 0.5 &&
  b.x < a.x + a.w - 0.5 &&
  a.y < b.y + b.h - 0.5 &&
  b.y < a.y + a.h - 0.5;

const sizes = {
  "a1 landscape": [841, 594],
  "a1 portrait": [594, 841],
  "a4 landscape": [297, 210],
  "a4 portrait": [210, 297],
} as const;

describe("the poster printed to PDF", () => {
  for (const [paper, orientation] of [
    ["a1", "landscape"],
    ["a1", "portrait"],
    ["a4", "landscape"],
    ["a4", "portrait"],
  ] as const) {
    it(`fills ${paper.toUpperCase()} ${orientation} with 3 rooms × 6 slots of 80-character titles, no text overlapping`, async () => {
      const page = await browser.newPage();
      const markup = posterPage(poster(3, 6), null, {
        css: staticFile("room.css"),
        paper,
        orientation,
      }).text;
      await page.setContent(markup);
      await page.emulateMedia({ media: "print" });
      const { sheets, boxes, outside } = await measure(page);
      expect(sheets).toHaveLength(1);
      expect(outside).toEqual([]);
      const clashes = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => overlaps(a, b))
          .map((b) => `${a.text} / ${b.text}`),
      );
      expect(clashes).toEqual([]);
      // Filled: from the sheet's top, the text reaches at least 85% of its height.
      const sheet = sheets[0] as { y: number; h: number };
      const lowest = Math.max(...boxes.map((b) => b.y + b.h));
      const filled = (lowest - sheet.y) / sheet.h;
      console.log(
        `${paper} ${orientation}: text fills ${(filled * 100).toFixed(0)}% of the sheet's height`,
      );
      expect(filled).toBeGreaterThanOrEqual(0.85);
      // Every title is as large as on the others, and readable: at least 14 mm on A1.
      const size = await page.$eval(".schedule td", (td) =>
        Number.parseFloat(getComputedStyle(td).fontSize),
      );
      const mm = ((size / 96) * 25.4) / (paper === "a4" ? 0.344 : 1);
      expect(Math.round(mm)).toBeGreaterThanOrEqual(14);
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString(
        "latin1",
      );
      expect(pdf.match(/\/Count (\d+)/)?.[1]).toBe("1");
      const [, w = "0", h = "0"] = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf) ?? [];
      expect([w, h].map((n) => Math.round((Number(n) / 72) * 25.4))).toEqual([
        ...sizes[`${paper} ${orientation}`],
      ]);
      await page.close();
    });
  }

  it("puts more slots and rooms than a sheet holds on further sheets, each with the header and the rooms again", async () => {
    const page = await browser.newPage();
    const markup = posterPage(poster(6, 10), null, {
      css: staticFile("room.css"),
      paper: "a4",
    }).text;
    await page.setContent(markup);
    await page.emulateMedia({ media: "print" });
    const { sheets, outside } = await measure(page);
    // 10 slots at most 6 a sheet: 2 runs of 5; 6 rooms at most 4 a sheet: 2 runs of 3.
    expect(sheets).toHaveLength(4);
    expect(outside).toEqual([]);
    const heads = await page.$$eval(".sheet", (all) =>
      all.map((s) => [
        s.querySelector(".poster-title")?.textContent,
        s.querySelectorAll("thead th").length,
      ]),
    );
    expect(heads).toEqual(Array.from({ length: 4 }, () => ["Shipping calmly", 4]));
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    expect(pdf.match(/\/Count (\d+)/)?.[1]).toBe("4");
    await page.close();
  });

  it("is a table with its headers, and on a phone a list that fits the screen", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(posterPage(poster(3, 6), null, { css: staticFile("room.css") }).text);
    expect(await page.$$eval("table.schedule thead th[scope=col]", (t) => t.length)).toBe(4);
    expect(await page.$$eval("table.schedule tbody th[scope=row]", (t) => t.length)).toBe(6);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
    await page.close();
  });
});
