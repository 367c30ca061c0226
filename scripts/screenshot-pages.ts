/**
 * Screenshots of the example board's pages as a reader sees them on GitHub: the Markdown rendered
 * by cmark-gfm (GitHub's renderer, Debian package `cmark-gfm`), styled with GitHub's Markdown CSS
 * (`github-markdown-css`), and the Mermaid blocks drawn by Mermaid in Chromium (Debian `chromium`,
 * driven by playwright-core). Nothing is fetched: every request the page makes is refused.
 *
 *   npx tsx scripts/screenshot-pages.ts [out/screenshots] [docs/topics.md docs/roadmap.md …]
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import { parseConfig } from "../src/config/index.js";
import { parseSnapshot } from "../src/core/index.js";
import { renderPages } from "../src/render/pages/render-pages.js";

const require = createRequire(import.meta.url);
const [out = "out/screenshots", ...wanted] = process.argv.slice(2);
const paths =
  wanted.length > 0 ? wanted : ["docs/topics.md", "docs/roadmap.md", "docs/retros/2026-Q3.md"];

const snapshot = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const config = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
const pages = renderPages(snapshot, config, () => undefined);
const css = readFileSync(require.resolve("github-markdown-css/github-markdown-light.css"), "utf8");
const mermaidJs = require.resolve("mermaid/dist/mermaid.min.js");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
mkdirSync(out, { recursive: true });
try {
  for (const path of paths) {
    const page = pages.find((p) => p.path === path);
    if (!page) throw new Error(`${path}: the example board has no such page`);
    const html = execFileSync(
      "cmark-gfm",
      ["-e", "table", "-e", "autolink", "-e", "strikethrough", "-e", "tagfilter", "-e", "tasklist"],
      { input: page.content, encoding: "utf8" },
    ).replace(
      /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g,
      '<div class="mermaid">$1</div>',
    );
    const tab = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await tab.route("**/*", (route) =>
      route.request().url().startsWith("data:") ? route.continue() : route.abort(),
    );
    await tab.setContent(
      `<!doctype html><meta charset="utf-8"><style>${css} body{margin:0} .markdown-body{box-sizing:border-box;max-width:1012px;margin:0 auto;padding:32px} .mermaid{margin-bottom:16px}</style><article class="markdown-body">${html}</article>`,
    );
    await tab.addScriptTag({ path: mermaidJs });
    await tab.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: Mermaid's browser bundle sets a global
      const m = (globalThis as any).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: "strict" });
      await m.run({ querySelector: ".mermaid" });
    });
    const file = `${out}/${path.replace(/^docs\//, "").replace(/[/.]/g, "-")}.png`;
    await tab.screenshot({ path: file, fullPage: true });
    const height = await tab.evaluate(() => document.documentElement.scrollHeight);
    console.log(`${file}: ${height} px tall at 1000 px wide`);
    await tab.close();
  }
} finally {
  await browser.close();
}
