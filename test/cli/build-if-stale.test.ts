import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A tree like a clone's (scripts/, src/, lib/ with the CLI built), each file `age` seconds old,
 * without TypeScript installed: when the script finds lib/ stale it says so and runs lib/ as it
 * is, which tells the test it would have built.
 */
function tree(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), "build-if-stale-"));
  mkdirSync(join(root, "scripts"));
  copyFileSync("scripts/build-if-stale.mjs", join(root, "scripts/build-if-stale.mjs"));
  for (const [path, age] of Object.entries({
    "lib/cli/main.js": 100,
    "package.json": 300,
    "scripts/build-if-stale.mjs": 300,
    ...files,
  })) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    if (!path.startsWith("scripts/")) writeFileSync(join(root, path), "");
    const when = new Date(Date.now() - age * 1000);
    utimesSync(join(root, path), when, when);
  }
  return root;
}

/** What the script says on stderr, and how it exits. */
function run(root: string, ...args: string[]) {
  const { stderr, status } = spawnSync(process.execPath, ["scripts/build-if-stale.mjs", ...args], {
    cwd: root,
    encoding: "utf8",
  });
  return { stderr, status };
}

const wouldBuild = /lib\/ is older than src\/, and TypeScript is not installed/;
const wouldBundle = /lib\/app-bundle\/ is older than its sources, and esbuild is not installed/;

describe("npm start's build step (scripts/build-if-stale.mjs)", () => {
  it("does not build when every source has a newer build, whatever old files lib/ still holds", () => {
    // lib/core/status.js is left by a source since moved, and is older than every source.
    const said = run(tree({ "src/cli/main.ts": 200, "lib/core/status.js": 1000 }));
    expect(said).toEqual({ stderr: "", status: 0 });
  });

  it("builds when a source is newer than its build, or has none", () => {
    expect(run(tree({ "src/cli/main.ts": 10 })).stderr).toMatch(wouldBuild);
    expect(run(tree({ "src/cli/main.ts": 200, "src/core/plan.ts": 200 })).stderr).toMatch(
      wouldBuild,
    );
  });

  it("with --app, bundles again only when a source or package-lock.json is newer than the bundle", () => {
    const built = { "src/cli/main.ts": 200, "lib/cli/main.js": 100, "package-lock.json": 300 };
    const bundle = "lib/app-bundle/index.js";
    expect(run(tree({ ...built, [bundle]: 50 }), "--app")).toEqual({ stderr: "", status: 0 });
    // Without --app (npm ci's prepare), the bundle is not looked at.
    expect(run(tree({ ...built, [bundle]: 250 })).stderr).toBe("");
    expect(run(tree({ ...built, [bundle]: 250 }), "--app").stderr).toMatch(wouldBundle);
    expect(run(tree({ ...built, "package-lock.json": 10, [bundle]: 50 }), "--app").stderr).toMatch(
      wouldBundle,
    );
    // A static file the bundle copies, and the build settings, count as its sources.
    expect(run(tree({ ...built, "static/room.css": 10, [bundle]: 50 }), "--app").stderr).toMatch(
      wouldBundle,
    );
    expect(run(tree({ ...built, "package.json": 10, [bundle]: 50 }), "--app").stderr).toMatch(
      wouldBundle,
    );
    // So does the script that makes it: a bundle made another way is made again.
    const script = { "scripts/build-if-stale.mjs": 10 };
    expect(run(tree({ ...built, ...script, [bundle]: 50 }), "--app").stderr).toMatch(wouldBundle);
    // No bundle and nothing to make one: npm start runs lib/ unbundled, and says so.
    const missing = run(tree(built), "--app");
    expect(missing.status).toBe(0);
    expect(missing.stderr).toMatch(
      /the app is not bundled, and esbuild is not installed: running lib\/ unbundled/,
    );
  });
});
