import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../../scripts/generated-files.js";

describe("generated files", () => {
  for (const [path, content] of Object.entries(generatedFiles())) {
    it(`${path} is current (run npm run generate if this fails)`, () => {
      expect(readFileSync(path, "utf8")).toBe(content);
    });
  }
});
