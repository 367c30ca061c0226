import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium } from "playwright-core";
import { parseConfig } from "../src/config/index.js";
import { parseSnapshot, roomOf } from "../src/core/index.js";
import { staticFile } from "../src/jobs/static-files.js";
import { roomPage } from "../src/render/web/index.js";

/**
 * The room page in Chromium: its weight, and the first contentful paint of a fresh browser
 * context (nothing cached), the median of five, served from loopback. The server's own time to
 * the first byte is the room's read (none while people watch it: the live state serves it).
 */
export async function benchRoomPaint(runs = 5): Promise<void> {
  const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
  const config = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
  const at = "2026-11-12T17:13:00Z";
  const snapshot = {
    ...example,
    issues: example.issues.map((i) =>
      i.number === 60 ? { ...i, comments: (i.comments ?? []).filter((c) => c.createdAt <= at) } : i,
    ),
  };
  const room = roomOf(snapshot, config, 60, at);
  if (!room) throw new Error("the example has no meeting #60");
  const page = roomPage(room, { login: "maya-chen", csrf: "x" }, at).text;
  const files: Record<string, [string, string]> = {
    "/roundtable/static/room.css": ["text/css", staticFile("room.css")],
    "/roundtable/static/room.js": ["text/javascript", staticFile("room.js")],
  };
  const server = createServer((req, res) => {
    const file = files[req.url ?? ""];
    if (req.url?.endsWith("/events")) return void res.writeHead(204).end();
    res.writeHead(200, { "content-type": file?.[0] ?? "text/html" }).end(file?.[1] ?? page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/roundtable/room`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox"],
  });
  const paints: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(url, { waitUntil: "load" });
    paints.push(
      await tab.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entry = list.getEntriesByName("first-contentful-paint")[0];
              if (entry) resolve(entry.startTime);
            }).observe({ type: "paint", buffered: true });
            setTimeout(() => resolve(Number.NaN), 5_000);
          }),
      ),
    );
    await context.close();
  }
  await browser.close();
  server.close();
  const weight = [page, ...Object.values(files).map(([, text]) => text)].reduce(
    (sum, text) => sum + Buffer.byteLength(text),
    0,
  );
  paints.sort((a, b) => a - b);
  console.log(
    `room page: ${(weight / 1024).toFixed(1)} KB (HTML ${(Buffer.byteLength(page) / 1024).toFixed(1)} KB, CSS, script; no fonts, no third party)`,
  );
  console.log(
    `  first contentful paint in Chromium, fresh context: median ${paints[Math.floor(runs / 2)]?.toFixed(0)} ms (${paints.map((p) => p.toFixed(0)).join(", ")})`,
  );
}
