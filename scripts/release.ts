// npm run release: checks that the tree is ready to be tagged vX.Y.Z (see CONTRIBUTING.md,
// "Releasing"), then prints the commands that tag it and move the major tag. It tags nothing.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { releaseProblems } from "./release-readiness.js";

const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
// Read before the rebuild below, which may change dist/.
const status = git("status", "--porcelain");

console.log("rebuilding dist/ to compare it with the committed bundle …");
execFileSync("npm", ["run", "--silent", "package"], { stdio: "inherit" });
let distCurrent = true;
try {
  execFileSync("git", ["diff", "--quiet", "--", "dist"]);
} catch {
  distCurrent = false;
}

const problems = releaseProblems({
  version,
  changelog: readFileSync("CHANGELOG.md", "utf8"),
  branch: git("rev-parse", "--abbrev-ref", "HEAD"),
  status,
  tags: git("tag", "--list").split("\n").filter(Boolean),
  distCurrent,
});
if (problems.length > 0) {
  console.error(`not ready to release v${version}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const major = version.split(".")[0];
console.log(`ready to release v${version}. Tag it and move v${major}:

  git tag -a v${version} -m "v${version}"
  git tag -f v${major} v${version}
  git push origin v${version}
  git push -f origin v${major}

Then publish the GitHub release from the CHANGELOG section, and update the SHA in
templates/workflows/roundtable.yml to the commit of v${version}.`);
