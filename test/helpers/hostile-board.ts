import { readFileSync } from "node:fs";
import type { Config } from "../../src/config/index.js";
import { parseConfig } from "../../src/config/index.js";
import { parseSnapshot, type Snapshot } from "../../src/core/index.js";

/** Titles and names as anybody may write them: HTML, Markdown, mentions, links, bidi, syntax. */
export const hostileTitles = [
  "<img src=x onerror=alert(1)> @everyone look",
  "# Heading | with | pipes",
  "Section 508 accessibility audit \u202e)4 setov(",
  "Click tracking for the signup funnel: https://evil.example/x and www.evil.example",
  "[fake](https://evil.example) ![img](https://evil.example/i.png) [^1]",
  "Title and ownership; %%{init: {'theme':'dark'}}%% #35; `code`",
  "<!-- roundtable:end topics --> \u2066isolated\u2069 @acme/leads",
  "Includes: shared CI templates | mail me@evil.example",
];

/** What people write in answers and notes: everything Markdown offers, and HTML on top. */
export const hostileWords = [
  "**bold** and _emphasis_ with `code`, [a link](https://example.com/ok) and <img src=x onerror=alert(1)>",
  "@everyone \u202ereversed\u202c <script>alert(1)</script> [run](javascript:alert(1)) ![pixel](https://evil.example/p.png)",
  "# A heading\n\n- [ ] a task\n- [x] done\n\n> quoted <b>html</b>\n\nfootnote[^1]\n\n[^1]: the note",
  "| a | b |\n| - | - |\n| c | d |\n\n<details><summary>hidden</summary>x</details>",
];

const commandWords =
  /^(Went well:|Didn't go well:|Learned:|Start:|Stop:|Continue:|Action:|\/takeaway|\/outcome)/i;

/**
 * The example board with every title hostile, every answer, takeaway and outcome hostile, a meeting
 * theme with HTML, and config text (a lane's name and description) with a mention and HTML.
 */
export function hostileBoard(): { snapshot: Snapshot; config: Config } {
  const example = JSON.parse(readFileSync("examples/board.json", "utf8"));
  let words = 0;
  example.issues.forEach(
    (issue: { title: string; body: string; comments?: Array<{ body: string }> }, i: number) => {
      issue.title = hostileTitles[i % hostileTitles.length] as string;
      issue.body = issue.body.replace(
        /### Theme\n\n[^\n]*/,
        "### Theme\n\n<b>Off</b>site www.evil.example @everyone \u202eevil",
      );
      for (const comment of issue.comments ?? []) {
        const command = commandWords.exec(comment.body)?.[1];
        if (command) comment.body = `${command} ${hostileWords[words++ % hostileWords.length]}`;
      }
    },
  );
  const config = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));
  const lane = config.lanes[0];
  if (lane) {
    lane.name = "Prod <i>uction</i> | @everyone";
    lane.description = "Ask @everyone <b>now</b> [here](https://evil.example)";
  }
  return {
    snapshot: parseSnapshot(JSON.stringify(example), "hostile board"),
    config,
  };
}
