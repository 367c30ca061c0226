import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import * as operations from "../../src/github/operations/index.js";

// GitHub's own schema, built from the SDL. The copy under test/fixtures is newer than the npm
// package's (which lacks issue types and dependencies; its validate() even lacks sub-issues).
const github = buildSchema(readFileSync("test/fixtures/github-schema/schema.graphql", "utf8"), {
  assumeValidSDL: true,
});

describe("every GraphQL operation", () => {
  for (const [name, document] of Object.entries(operations)) {
    it(`${name} is valid against GitHub's schema`, () => {
      const errors = validate(github, parse(document.toString())).map((e) => e.message);
      expect(errors).toEqual([]);
    });
  }

  it("the check rejects a field GitHub does not have", () => {
    const errors = validate(github, parse('query { repository(owner: "a", name: "b") { votes } }'));
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^Cannot query field "votes" on type "Repository"/),
    ]);
  });
});
