import { type Effect, kindTypeNames, planIssueTypes } from "../core/index.js";
import { applyPlan, readIssueTypes } from "../github/index.js";
import { gateOf, type RunContext } from "./run-context.js";

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
 * 1. Read the organisation's issue types (none to read: say so, and stop).
 * 2. Plan the kinds' types it lacks.
 * 3. Create them through the write gate (or print them, in a dry run); a refusal is said, not thrown.
 */
export async function ensureIssueTypes(run: RunContext): Promise<EnsureIssueTypesResult> {
  const { github, owner, config } = run;
  const wanted = kindTypeNames(config);
  if (wanted.length === 0) return { plan: [], applied: [], byHand: null };
  const existing = await readIssueTypes(github, owner);
  const named = wanted.map((n) => `"${n}"`).join(", ");
  if (existing === null)
    return {
      plan: [],
      applied: [],
      byHand: `${owner} has no issue types Roundtable can read (a personal account has none): kinds are read from labels. In an organisation, an owner can make the types ${named} at ${settings(owner)}, or grant the app the organisation permission "Issue Types" (read and write).`,
    };
  const plan = planIssueTypes(existing, config);
  try {
    return { plan, applied: await applyPlan(github, plan, gateOf(run, null)), byHand: null };
  } catch (error) {
    // The gate reports the effect it stopped at; GitHub's answer is its cause.
    const status = ((error as { cause?: { status?: number } }).cause ?? error) as {
      status?: number;
    };
    const code = status.status;
    if (code !== 403 && code !== 404) throw error;
    const missing = plan
      .map((e) => (e.kind === "create-issue-type" ? `"${e.name}"` : ""))
      .join(", ");
    return {
      plan,
      applied: [],
      byHand: `GitHub refused to make the issue types ${missing} for ${owner} (${code}): grant the app the organisation permission "Issue Types" (read and write), or have an owner make them at ${settings(owner)}. Until then, kinds are read from labels.`,
    };
  }
}
