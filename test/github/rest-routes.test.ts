import { readFileSync } from "node:fs";
import { Octokit } from "@octokit/core";
import { restEndpointMethods } from "@octokit/plugin-rest-endpoint-methods";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "../helpers/source-files.js";

/** Every route of GitHub's REST API, from the method map generated from its OpenAPI description. */
function githubRoutes(): Set<string> {
  const { rest } = restEndpointMethods(new Octokit());
  const routes = new Set<string>();
  for (const scope of Object.values(rest)) {
    for (const method of Object.values(
      scope as Record<string, { endpoint?: { DEFAULTS: { method: string; url: string } } }>,
    )) {
      const defaults = method.endpoint?.DEFAULTS;
      if (defaults) routes.add(`${defaults.method} ${defaults.url}`);
    }
  }
  return routes;
}

/** The routes Roundtable calls: every "VERB /path" string in src/. */
function usedRoutes(): string[] {
  return sourceFiles("src").flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/"((?:GET|POST|PATCH|PUT|DELETE) \/[^"\s]+)"/g)].map(
      (m) => m[1] as string,
    ),
  );
}

describe("REST routes", () => {
  const known = githubRoutes();
  const used = [...new Set(usedRoutes())].sort();

  it("finds the routes Roundtable uses", () => {
    expect(used).toContain("POST /repos/{owner}/{repo}/issues/{issue_number}/comments");
    expect(used).toContain("DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees");
    // Every REST call (rest, or restPages or conditionalPages for a list) is written as a literal
    // route, so this check sees them all; the one variable is readVoters' `route`, given literals.
    const calls = sourceFiles("src").flatMap((file) =>
      [
        ...readFileSync(file, "utf8").matchAll(
          /\b(?:rest|restPages|conditionalPages)\b[^(]*\(\s*github,\s*([^,]+),/g,
        ),
      ].map((m) => m[1]?.trim()),
    );
    expect(calls.filter((route) => !route?.startsWith('"'))).toEqual(["route"]);
    expect(known.size).toBeGreaterThan(900);
  });

  it("uses only routes that exist in GitHub's OpenAPI description", () => {
    expect(used.filter((route) => !known.has(route))).toEqual([]);
  });

  it("the check would catch a route GitHub does not have", () => {
    expect(known.has("POST /repos/{owner}/{repo}/issues/{issue_number}/votes")).toBe(false);
  });
});
