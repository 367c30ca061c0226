import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { userError } from "../../errors/roundtable-error.js";
import { posterHtml } from "../../jobs/poster-html.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { parseOptions } from "../parse-options.js";
import { readConfig, snapshotSource } from "../read-inputs.js";
import { UsageError } from "../usage-error.js";

export const posterHelp = `Usage: roundtable poster --snapshot FILE --issue N --out FILE [--paper a1|a4] [--config FILE]

Writes the print view of an unconference's schedule (slots by rooms, on one A1
landscape sheet) as one HTML file with its stylesheet inside: the page the app
serves, offline. Print it from a browser, or with Chromium's --print-to-pdf.

Options:
  --snapshot FILE  a snapshot taken with 'roundtable snapshot' (required)
  --issue N        the meeting issue whose /schedule it shows (required)
  --out FILE       where to write the page, such as poster.html (required)
  --paper a1|a4    the sheet: A1 landscape (default), or A4 landscape, the same layout scaled
  --config FILE    the board's config (default: .github/roundtable.yml if present)
  -h, --help       show this help`;

export async function posterCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    snapshot: { type: "string" },
    issue: { type: "string" },
    out: { type: "string" },
    paper: { type: "string" },
    config: { type: "string" },
  });
  if (!values.snapshot) throw new UsageError("poster needs --snapshot FILE");
  if (!values.issue || !/^\d+$/.test(values.issue))
    throw new UsageError("poster needs --issue N, the meeting's issue number");
  if (!values.out) throw new UsageError("poster needs --out FILE");
  const paper = values.paper ?? "a1";
  if (paper !== "a1" && paper !== "a4") throw new UsageError(`--paper is a1 or a4, not ${paper}`);
  const config = readConfig(io.cwd, values.config);
  const { html } = await runUseCase(
    posterHtml,
    { now: io.now(), log: io.out },
    {
      snapshot: snapshotSource(io.cwd, values.snapshot),
      config,
      issue: Number(values.issue),
      paper,
    },
  );
  if (html === null)
    throw userError("has no schedule to print", {
      where: { issue: Number(values.issue) },
      expected: "a meeting issue whose facilitator ran /schedule",
    });
  const out = resolve(io.cwd, values.out);
  writeFileSync(out, html);
  io.out(`wrote ${values.out} (${Buffer.byteLength(html)} bytes)`);
}
