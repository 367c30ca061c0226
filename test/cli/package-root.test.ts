import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/cli/package-root.js";

describe("packageRoot", () => {
  it("finds the package's folder from tsc's output and from the bundle's folder alike", () => {
    const root = mkdtempSync(join(tmpdir(), "roundtable-root-"));
    writeFileSync(join(root, "package.json"), '{"name": "roundtable"}');
    mkdirSync(join(root, "templates"));
    mkdirSync(join(root, "lib/cli/commands"), { recursive: true });
    mkdirSync(join(root, "lib/cli-bundle"), { recursive: true });
    // The bundle's folder holds a package.json of its own, but no templates.
    writeFileSync(join(root, "lib/cli-bundle/package.json"), '{"name": "roundtable"}');
    const url = (path: string) => pathToFileURL(join(root, path)).href;
    expect(packageRoot(url("lib/cli/commands/init.js"))).toBe(root);
    expect(packageRoot(url("lib/cli-bundle/init-AB12.js"))).toBe(root);
  });

  it("says where it looked when there is no such folder", () => {
    const lone = mkdtempSync(join(tmpdir(), "roundtable-lone-"));
    expect(() => packageRoot(pathToFileURL(join(lone, "x.js")).href)).toThrow(
      /no templates\/ folder beside a package\.json above .*roundtable-lone-/,
    );
  });
});
