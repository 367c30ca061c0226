import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * The types of Roundtable's GraphQL operations, derived from the operations themselves
 * (src/github/operations/*.ts, one `graphql(…)` each) and GitHub's published schema, so a result
 * type cannot drift from its query. `npm run generate` writes them; a test fails when they are stale.
 */
const config: CodegenConfig = {
  schema: "test/fixtures/github-schema/schema.graphql",
  documents: ["src/github/operations/*.ts"],
  generates: {
    "src/github/operations/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
      config: {
        // Octokit sends a query as text: documents stay strings, typed by their result.
        documentMode: "string",
        emitLegacyCommonJSImports: false,
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        // GitHub sends each of these custom scalars as a JSON string. A scalar not listed here
        // comes out as `unknown`, so using a new one asks for a decision.
        scalars: {
          Base64String: "string",
          Date: "string",
          DateTime: "string",
          GitObjectID: "string",
          HTML: "string",
          URI: "string",
        },
      },
    },
  },
  silent: true,
};

export default config;
