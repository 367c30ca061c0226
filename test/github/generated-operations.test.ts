import { readFileSync } from "node:fs";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, it } from "vitest";
import config from "../../codegen.js";

describe("the types generated from the GraphQL operations", () => {
  it("are current (run npm run generate if this fails)", async () => {
    const files: Array<{ filename: string; content: string }> = await generate(config, false);
    expect(files.map((f) => f.filename).sort()).toEqual([
      "src/github/operations/generated/gql.ts",
      "src/github/operations/generated/graphql.ts",
      "src/github/operations/generated/index.ts",
    ]);
    for (const file of files)
      expect(readFileSync(file.filename, "utf8"), file.filename).toBe(file.content);
  }, 60_000);
});
