import { schema } from "@octokit/graphql-schema";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import * as operations from "../../src/github/operations/index.js";

// GitHub's own schema, built from the SDL: the package's validate() uses its older schema.json,
// which lacks the sub-issue fields.
const github = buildSchema(schema.idl, { assumeValidSDL: true });

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
