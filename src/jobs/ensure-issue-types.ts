import { type Effect, kindTypeNames, planIssueTypes } from "../core/index.js";
import { ApplyError, readIssueTypes } from "../github/index.js";
import type { RunContext } from "./run-context.js";
import { runUseCase, type UseCase } from "./use-case.js";

export interface EnsureIssueTypesResult {
  plan: Effect[];
  applied: Effect[];
  /** What the person must do by hand, where GitHub would not let Roundtable make the types. */
  byHand: string | null;
}

/** Where an organisation's owner makes issue types by hand. */
const settings = (owner: string) =>
  `https://github.com/organizations/${owner}/settings/issue-types`;

/**
 * The issue-types job: the kinds' types (kinds: in the config) made for the organisation that owns
 * the repository, where they are missing. A personal account has no issue types, and a token that
 * may not read or make them gets a refusal: either way kinds are read from labels, and the result
 * says what an owner can do by hand.
 *
 * 1. Load the organisation's issue types (none wanted: nothing to read).
 * 2. Plan the kinds' types it lacks; none to read: say so, and plan nothing.
 * 3. The runner creates them through the write gate (or prints them, in a dry run).
 */
export const issueTypes: UseCase<
  Record<string, never>,
  { existing: string[] | null } | null,
  { byHand: string | null }
> = {
  async load({ github, owner, config }) {
    if (kindTypeNames(config).length === 0) return null;
    return { existing: await readIssueTypes(github, owner) };
  },
  plan(loaded, _input, { owner, config }) {
    if (!loaded) return { effects: [], result: { byHand: null } };
    if (loaded.existing === null) {
      const named = kindTypeNames(config)
        .map((n) => `"${n}"`)
        .join(", ");
      const byHand = `${owner} has no issue types Roundtable can read (a personal account has none): kinds are read from labels. In an organisation, an owner can make the types ${named} at ${settings(owner)}, or grant the app the organisation permission "Issue Types" (read and write).`;
      return { effects: [], result: { byHand } };
    }
    return { effects: planIssueTypes(loaded.existing, config), result: { byHand: null } };
  },
};

/**
 * The issue-types job run, a refusal of GitHub's to make them said, not thrown (kinds are read
 * from labels until an owner makes them).
 */
export async function ensureIssueTypes(run: RunContext): Promise<EnsureIssueTypesResult> {
  try {
    const { plan, applied, byHand } = await runUseCase(issueTypes, run);
    return { plan, applied, byHand };
  } catch (error) {
    // The gate reports the effect it stopped at; GitHub's answer is its cause.
    const status = ((error as { cause?: { status?: number } }).cause ?? error) as {
      status?: number;
    };
    const code = status.status;
    if ((code !== 403 && code !== 404) || !(error instanceof ApplyError)) throw error;
    const plan = [...error.applied, error.failed, ...error.notApplied];
    const missing = plan
      .map((e) => (e.kind === "create-issue-type" ? `"${e.name}"` : ""))
      .join(", ");
    return {
      plan,
      applied: [],
      byHand: `GitHub refused to make the issue types ${missing} for ${run.owner} (${code}): grant the app the organisation permission "Issue Types" (read and write), or have an owner make them at ${settings(run.owner)}. Until then, kinds are read from labels.`,
    };
  }
}
