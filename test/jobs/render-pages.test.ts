import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import type { SnapshotSource } from "../../src/jobs/read-snapshot.js";
import { type PagesFolder, renderSnapshot } from "../../src/jobs/render-pages.js";
import { runUseCase } from "../../src/jobs/use-case.js";

/** The command line's run: no repository. */
const offline = { now: "2026-12-07T09:00:00Z", log: () => {} };

/** The example board (taken 2026-11-20: its 2026-Q3 is a past quarter) and its config. */
const board = readFileSync("examples/board.json");
const snapshot: SnapshotSource = {
  file: "examples/board.json",
  chunks: () => [board],
  text: () => board.toString("utf8"),
};
const config = parseConfig(readFileSync("examples/roundtable.yml", "utf8"), "roundtable.yml");

/** A folder held in memory, as the command line reads a checkout; it records what was read. */
function folder(files: Record<string, string>) {
  const read: string[] = [];
  const out: PagesFolder = {
    read: (path) => {
      read.push(path);
      return files[path];
    },
    list: (dir) =>
      Object.keys(files)
        .filter((path) => path.startsWith(`${dir}/`) && !path.slice(dir.length + 1).includes("/"))
        .map((path) => path.slice(dir.length + 1)),
  };
  return { out, read };
}

const render = (files: Record<string, string>) =>
  runUseCase(renderSnapshot, offline, { snapshot, config, out: folder(files).out });

describe("renderSnapshot, the pages of a snapshot for a folder", () => {
  it("renders every page into an empty folder, then finds each one unchanged", async () => {
    const first = await render({});
    expect(first.pages.map((p) => p.path)).toContain("docs/okrs/2026-Q3.md");
    expect(first.pages.every((p) => p.changed)).toBe(true);
    expect(first.plan).toEqual([]);

    const written = Object.fromEntries(first.pages.map((p) => [p.path, p.content]));
    const second = await render(written);
    expect(second.pages.filter((p) => p.changed)).toEqual([]);
  });

  it("reads the pages already in the folder: a past quarter's page stays as written, people's lines are kept", async () => {
    const { pages } = await render({});
    const topics = pages.find((p) => p.path === config.pages.topics)?.content ?? "";
    const { out, read } = folder({
      "docs/okrs/2026-Q3.md": "# OKRs 2026-Q3\n\nAs it stood.\n",
      [config.pages.topics]: `Written by a person.\n\n${topics}`,
      "docs/meetings/notes.txt": "not a page",
    });
    const again = await runUseCase(renderSnapshot, offline, { snapshot, config, out });

    expect(again.pages.map((p) => p.path)).not.toContain("docs/okrs/2026-Q3.md");
    const kept = again.pages.find((p) => p.path === config.pages.topics);
    expect(kept).toMatchObject({ changed: false, content: `Written by a person.\n\n${topics}` });
    // What load read: the single pages and the pages inside the folders, not other files.
    expect(read).toContain("docs/okrs/2026-Q3.md");
    expect(read).not.toContain("docs/meetings/notes.txt");
  });
});
