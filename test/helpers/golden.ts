import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { expect } from "vitest";

/**
 * Compares text with a golden file under test/golden/. Run with UPDATE=1 to write the file after
 * reading the change with care.
 */
export function expectGolden(actual: string, file: string): void {
  const path = `test/golden/${file}`;
  if (process.env.UPDATE === "1" || !existsSync(path)) {
    if (process.env.CI)
      throw new Error(`${path} is missing; run the tests with UPDATE=1 and commit it`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, "utf8"));
}
