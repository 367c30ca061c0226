/** What the release script reads of the working tree; plain data, so the checks are testable. */
export interface ReleaseFacts {
  version: string;
  changelog: string;
  branch: string;
  /** `git status --porcelain` output: empty when the tree is clean. */
  status: string;
  tags: string[];
  /** Whether `npm run package` left dist/ as committed. */
  distCurrent: boolean;
}

/**
 * Why the tree cannot be released as `v<version>` yet, one line each; empty when it can.
 * CONTRIBUTING.md ("Releasing") says how to fix each.
 */
export function releaseProblems(facts: ReleaseFacts): string[] {
  const problems: string[] = [];
  const { version } = facts;
  if (!/^\d+\.\d+\.\d+$/.test(version))
    problems.push(`package.json: version "${version}" is not X.Y.Z`);
  if (facts.branch !== "main") problems.push(`on branch ${facts.branch}: release from main`);
  if (facts.status.trim() !== "")
    problems.push("the working tree has uncommitted changes: commit or stash them");
  if (facts.tags.includes(`v${version}`))
    problems.push(`the tag v${version} exists already: bump the version in package.json`);
  const newer = facts.tags
    .map((t) => /^v(\d+)\.(\d+)\.(\d+)$/.exec(t))
    .filter((m): m is RegExpExecArray => m !== null)
    .find((m) => compare(m.slice(1).map(Number), version.split(".").map(Number)) >= 0);
  if (newer && newer[0] !== `v${version}`)
    problems.push(`version ${version} is not above the released ${newer[0]}`);
  const section = new RegExp(
    `^## \\[${version.replace(/\./g, "\\.")}\\] - (\\d{4}-\\d{2}-\\d{2})$`,
    "m",
  ).exec(facts.changelog);
  if (!section)
    problems.push(`CHANGELOG.md: no section "## [${version}] - YYYY-MM-DD": move Unreleased there`);
  const unreleased = /^## \[Unreleased\]\n([\s\S]*?)(?=^## \[)/m.exec(facts.changelog);
  if (unreleased?.[1]?.trim())
    problems.push("CHANGELOG.md: Unreleased still lists changes: move them under the version");
  if (!facts.changelog.includes(`[${version}]: `))
    problems.push(`CHANGELOG.md: no link for [${version}] at the end`);
  if (!facts.distCurrent)
    problems.push("dist/ is not what npm run package builds: commit the rebuilt bundle");
  return problems;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
