import { readFileSync } from "node:fs";
import examples from "@octokit/webhooks-examples/api.github.com/index.json" with { type: "json" };
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/**
 * GitHub's manifest parameters, as documented in "Registering a GitHub App from a manifest"
 * (docs.github.com/apps/sharing-github-apps/registering-a-github-app-from-a-manifest), and typed
 * the same in Probot's `Manifest`.
 */
const manifestParameters = [
  "name",
  "url",
  "hook_attributes",
  "redirect_url",
  "callback_urls",
  "setup_url",
  "description",
  "public",
  "default_events",
  "default_permissions",
  "request_oauth_on_install",
  "setup_on_update",
];

/** The permissions an app may ask for, and their levels: GitHub's OpenAPI `app-permissions`. */
function appPermissions(): Map<string, string[]> {
  const types = readFileSync("node_modules/@octokit/openapi-types/types.d.ts", "utf8");
  const start = types.indexOf('    "app-permissions": {');
  const block = types.slice(start, types.indexOf("\n    };", start));
  return new Map(
    [...block.matchAll(/^ {6}([a-z_]+)\?: ((?:"[a-z]+"(?: \| )?)+);/gm)].map((m) => [
      m[1] as string,
      [...(m[2] as string).matchAll(/"([a-z]+)"/g)].map((l) => l[1] as string),
    ]),
  );
}

const manifest = parse(readFileSync("app.yml", "utf8"));

describe("app.yml", () => {
  it("uses only GitHub's manifest parameters, with a url", () => {
    expect(Object.keys(manifest).filter((k) => !manifestParameters.includes(k))).toEqual([]);
    expect(manifest.url).toMatch(/^https:\/\/github\.com\/[\w-]+\/[\w-]+$/);
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.homepage.startsWith(manifest.url)).toBe(true);
  });

  it("asks only for permissions GitHub has, at levels GitHub offers", () => {
    const known = appPermissions();
    expect(known.size).toBeGreaterThan(40);
    for (const [name, level] of Object.entries(manifest.default_permissions)) {
      expect(known.get(name), name).toContain(level);
    }
  });

  it("reads team members for team voting, and what the features need of issues, contents and projects", () => {
    expect(manifest.default_permissions).toEqual({
      issues: "write",
      contents: "write",
      metadata: "read",
      organization_projects: "write",
      members: "read",
      administration: "write",
    });
    // The route team voting calls is the one members: read opens.
    expect(readFileSync("src/github/load-snapshot.ts", "utf8")).toContain(
      "GET /orgs/{org}/teams/{team_slug}/members",
    );
  });

  it("subscribes to events GitHub sends, and the handlers use each one", () => {
    const events = new Set((examples as Array<{ name: string }>).map((e) => e.name));
    // An event too new for the examples (sub_issues) is checked against GitHub's webhook schema.
    const schema = readFileSync("node_modules/@octokit/openapi-webhooks-types/types.d.ts", "utf8");
    const inSchema = (event: string) => schema.includes(`"webhook-${event.replace(/_/g, "-")}-`);
    const app = readFileSync("src/app/triggers.ts", "utf8");
    for (const event of manifest.default_events) {
      expect(events.has(event) || inSchema(event), event).toBe(true);
      expect(app).toMatch(new RegExp(`"${event}[."]`));
    }
  });

  it("is complete once Probot's setup adds the webhook and redirect URLs", async () => {
    // The module Probot's setup page uses to build the manifest it posts to GitHub.
    const { ManifestCreation } = await import(
      new URL("../../node_modules/probot/lib/manifest-creation.js", import.meta.url).href
    );
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    const sent = JSON.parse(
      new ManifestCreation().getManifest({ pkg, baseUrl: "https://roundtable.example.com" }),
    );
    expect(sent.url).toBe("https://github.com/roundtable/roundtable");
    expect(sent.hook_attributes.url).toBe("https://roundtable.example.com/");
    expect(sent.redirect_url).toBe("https://roundtable.example.com/probot/setup");
    expect(sent.public).toBe(false);
    expect(sent.default_permissions.members).toBe("read");
    expect(Object.keys(sent).filter((k) => !manifestParameters.includes(k))).toEqual(["version"]);
  });
});
