import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { KeptRead, ReadStore } from "../github/kept-read.js";

/**
 * The Action keeps the board's last read as a file in the workspace, one per repository, which the
 * workflow's `actions/cache` step carries from one scheduled run to the next (see the template).
 * A missing or unreadable file is no kept read: the board is read in full, as on the first run.
 * Written whole through a temporary file, so a run stopped mid-write leaves no half file.
 */
export function fileReads(directory: string): ReadStore {
  const fileOf = (repository: string) =>
    join(directory, `${repository.replace(/[^\w.-]+/g, "--")}.json`);
  return {
    get: async (repository) => {
      try {
        return JSON.parse(await readFile(fileOf(repository), "utf8"));
      } catch {
        return undefined;
      }
    },
    set: async (repository, read: KeptRead) => {
      await mkdir(directory, { recursive: true });
      const file = fileOf(repository);
      await writeFile(`${file}.tmp`, JSON.stringify(read));
      await rename(`${file}.tmp`, file);
    },
  };
}
