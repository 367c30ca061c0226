import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type PagesFolder, renderSnapshot } from "../../jobs/render-pages.js";
import { runUseCase } from "../../jobs/use-case.js";
import type { CliIo } from "../io.js";
import { parseOptions } from "../parse-options.js";
import { readConfig, snapshotSource } from "../read-inputs.js";
import { UsageError } from "../usage-error.js";

export const renderHelp = `Usage: roundtable render --snapshot FILE --out DIR [--config FILE]

Renders the pages of a board snapshot into DIR, at the paths the config names
(docs/topics.md by default). A page that exists already keeps everything outside
its Roundtable markers.

Options:
  --snapshot FILE  a snapshot taken with 'roundtable snapshot' (required)
  --out DIR        where to write the pages, such as . for a repository checkout (required)
  --config FILE    the board's config (default: .github/roundtable.yml if present)
  -h, --help       show this help`;

export async function renderCommand(args: string[], io: CliIo): Promise<void> {
  const { values } = parseOptions(args, {
    snapshot: { type: "string" },
    out: { type: "string" },
    config: { type: "string" },
  });
  if (!values.snapshot) throw new UsageError("render needs --snapshot FILE");
  if (!values.out) throw new UsageError("render needs --out DIR");
  const config = readConfig(io.cwd, values.config);
  const outDir = resolve(io.cwd, values.out);
  const { pages } = await runUseCase(
    renderSnapshot,
    { now: io.now(), log: io.out },
    { snapshot: snapshotSource(io.cwd, values.snapshot), config, out: pagesFolder(outDir) },
  );
  // Every page is rendered before any is written, so a page that cannot be rendered (broken
  // markers, say) leaves all of them as they were.
  for (const page of pages) {
    const target = join(outDir, page.path);
    const shown = join(values.out, page.path);
    if (!page.changed) {
      io.out(`unchanged ${shown}`);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    const temporary = `${target}.roundtable-${process.pid}.tmp`;
    writeFileSync(temporary, page.content);
    renameSync(temporary, target);
    io.out(`wrote ${shown}`);
  }
}

/** The pages already in `outDir`: a page that cannot be read is written as a new one. */
function pagesFolder(outDir: string): PagesFolder {
  return {
    read(path) {
      try {
        return readFileSync(join(outDir, path), "utf8");
      } catch {
        return undefined;
      }
    },
    list(folder) {
      try {
        return readdirSync(join(outDir, folder), { withFileTypes: true })
          .filter((entry) => !entry.isDirectory())
          .map((entry) => entry.name);
      } catch {
        return [];
      }
    },
  };
}
