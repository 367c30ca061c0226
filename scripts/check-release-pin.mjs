#!/usr/bin/env node
// The workflow that `roundtable init` installs, and the README, pin Roundtable's Action to a
// release commit. This checks that the pin works as written: the commit exists in this
// repository's history, it is the release its comment names, and its Action, run as the runner
// runs it, accepts every job the template asks for. `.ci/run` runs it; so can anyone:
//   node scripts/check-release-pin.mjs
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";

const fail = (message) => {
  console.error(`release pin: ${message}`);
  process.exit(1);
};
const git = (...args) => execFileSync("git", args, { encoding: "utf8" });

const templatePath = "templates/workflows/roundtable.yml";
const template = readFileSync(templatePath, "utf8");
const pin = /uses: roundtable\/roundtable@([0-9a-f]{40}) # v(\d+\.\d+\.\d+)$/m.exec(template);
if (!pin) fail(`${templatePath}: no "uses: roundtable/roundtable@<40-hex SHA> # vX.Y.Z" line`);
const [line, sha, version] = pin;
const step = Object.values(parse(template).jobs)
  .flatMap((job) => job.steps ?? [])
  .find((s) => s.uses?.startsWith("roundtable/roundtable@"));
const jobs = String(step?.with?.jobs ?? "sync,publish");

// The README shows the same pin, and the config template's $schema is the pinned release's.
if (!readFileSync("README.md", "utf8").includes(line.replace(/^uses: /, "")))
  fail(`README.md does not show the template's pin: ${line}`);
if (
  !readFileSync("templates/roundtable.yml", "utf8").includes(
    `/roundtable/roundtable/${sha}/schema/`,
  )
)
  fail(`templates/roundtable.yml: its $schema URL is not the pinned release's (${sha})`);

try {
  git("cat-file", "-e", `${sha}^{commit}`);
} catch {
  // A shallow clone holds no history to look in: say so, rather than call the pin wrong.
  if (git("rev-parse", "--is-shallow-repository").trim() === "true") {
    console.log(`release pin: not checked: this clone is shallow and lacks ${sha.slice(0, 7)}`);
    process.exit(0);
  }
  fail(`${templatePath}: the pinned commit ${sha} is not in this repository's history`);
}
try {
  git("merge-base", "--is-ancestor", sha, "HEAD");
} catch {
  fail(`${templatePath}: the pinned commit ${sha} is not on this branch's history`);
}
const released = JSON.parse(git("show", `${sha}:package.json`)).version;
if (released !== version)
  fail(`${templatePath}: the comment says v${version}, but ${sha.slice(0, 7)} is v${released}`);
git("cat-file", "-e", `${sha}:schema/roundtable.schema.json`);

// Run the pinned Action as the runner would, with the template's jobs and no token: an Action
// that accepts the jobs stops at the missing token; one that does not names the unknown job.
const dir = mkdtempSync(join(tmpdir(), "roundtable-pin-"));
try {
  execFileSync("sh", ["-c", `git archive ${sha} action.yml dist | tar -x -C "${dir}"`]);
  const action = parse(readFileSync(join(dir, "action.yml"), "utf8"));
  if (!action.inputs?.jobs) fail(`the Action at ${sha.slice(0, 7)} has no jobs input`);
  const run = spawnSync(process.execPath, [join(dir, action.runs.main)], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, INPUT_JOBS: jobs, "INPUT_DRY-RUN": "true", INPUT_TOKEN: "" },
    timeout: 30_000,
  });
  const said = `${run.stdout}${run.stderr}`;
  if (/unknown job/i.test(said) || !/Input required and not supplied: token/.test(said))
    fail(`the Action at ${sha.slice(0, 7)} does not take jobs: ${jobs}\n${said.trim()}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`release pin: v${version} at ${sha.slice(0, 7)} runs the template's jobs (${jobs})`);
