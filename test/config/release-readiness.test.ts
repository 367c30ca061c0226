import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ReleaseFacts, releaseProblems } from "../../scripts/release-readiness.js";

const ready: ReleaseFacts = {
  version: "1.2.0",
  changelog:
    "# Changelog\n\n## [Unreleased]\n\n## [1.2.0] - 2026-12-01\n\n### Added\n\n- Labels.\n\n## [1.1.0] - 2026-11-01\n\n[Unreleased]: https://x/compare/v1.2.0...HEAD\n[1.2.0]: https://x/compare/v1.1.0...v1.2.0\n",
  branch: "main",
  status: "",
  tags: ["v1", "v1.1.0"],
  distCurrent: true,
};

describe("npm run release", () => {
  it("finds nothing in the way of a ready tree", () => {
    expect(releaseProblems(ready)).toEqual([]);
  });

  it("names every reason a tree is not ready", () => {
    expect(
      releaseProblems({
        ...ready,
        version: "1.1.0",
        branch: "issue-12",
        status: " M src/cli/main.ts\n",
        changelog: "## [Unreleased]\n\n- Labels.\n\n## [1.0.0] - 2026-10-01\n",
        distCurrent: false,
      }),
    ).toEqual([
      "on branch issue-12: release from main",
      "the working tree has uncommitted changes: commit or stash them",
      "the tag v1.1.0 exists already: bump the version in package.json",
      'CHANGELOG.md: no section "## [1.1.0] - YYYY-MM-DD": move Unreleased there',
      "CHANGELOG.md: Unreleased still lists changes: move them under the version",
      "CHANGELOG.md: no link for [1.1.0] at the end",
      "dist/ is not what npm run package builds: commit the rebuilt bundle",
    ]);
  });

  it("refuses a version below one released", () => {
    expect(releaseProblems({ ...ready, version: "1.0.5" })).toContain(
      "version 1.0.5 is not above the released v1.1.0",
    );
  });

  it("the repository's CHANGELOG has the current version's section", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8"));
    const problems = releaseProblems({
      ...ready,
      version,
      changelog: readFileSync("CHANGELOG.md", "utf8"),
      tags: [],
    });
    expect(problems.filter((p) => p.startsWith("CHANGELOG.md"))).toEqual([]);
  });
});
