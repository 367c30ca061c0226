/**
 * A screenshot of a Teams card as Microsoft's own Adaptive Cards renderer (`adaptivecards`) draws
 * it, in Chromium (Debian `chromium`, driven by playwright-core): the example board's
 * meeting.ended, and a topic with a hostile title. Nothing is fetched.
 *
 *   npx tsx scripts/screenshot-teams-card.ts [out/screenshots]
 */
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { parseConfig } from "../src/config/index.js";
import { meetingsOf, noticeOf, parseSnapshot, siteOf } from "../src/core/index.js";
import { channelMessages } from "../src/render/index.js";

const require = createRequire(import.meta.url);
const [out = "out/screenshots"] = process.argv.slice(2);
const snapshot = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const config = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
const meeting = meetingsOf(snapshot, config).find((m) => m.endedAt);
if (!meeting) throw new Error("the example board has no ended meeting");
const context = {
  repository: snapshot.repository,
  site: siteOf(snapshot),
  titles: new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }])),
  config,
};
const hostile = new Map(context.titles);
hostile.set(6, {
  title: "<!channel> @everyone <at>Megan</at> *bold* [x](https://evil.example)",
  url: "https://github.com/acme-leads/roundtable/issues/6",
});
const cards = {
  "teams-meeting-ended": noticeOf(
    { event: "meeting.ended", meeting, at: meeting.endedAt ?? "" },
    context,
  ),
  "teams-hostile-topic": noticeOf(
    { event: "topic.now", meeting, topic: 6, sponsor: "raj-patel", until: meeting.endedAt ?? "" },
    { ...context, titles: hostile },
  ),
};
const script = readFileSync(require.resolve("adaptivecards/dist/adaptivecards.min.js"), "utf8");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
mkdirSync(out, { recursive: true });
try {
  for (const [name, notice] of Object.entries(cards)) {
    const message = channelMessages.teams(notice, "k", snapshot.repository) as {
      attachments: Array<{ content: object }>;
    };
    const tab = await browser.newPage({ viewport: { width: 560, height: 400 } });
    await tab.route("**/*", (route) => route.abort());
    await tab.setContent(
      `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#f5f5f5"><div id="card" style="width:520px;margin:20px;background:#fff;border-radius:6px;box-shadow:0 1px 3px #0003"></div><script>${script}</script></body>`,
    );
    await tab.evaluate((content) => {
      const AC = (window as unknown as { AdaptiveCards: typeof import("adaptivecards") })
        .AdaptiveCards;
      const card = new AC.AdaptiveCard();
      card.parse(content);
      const element = card.render();
      if (element) document.getElementById("card")?.appendChild(element);
    }, message.attachments[0]?.content ?? {});
    const path = `${out}/${name}.png`;
    await tab.locator("#card").screenshot({ path });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
