import { planLabels, roundtableLabels } from "../core/index.js";
import { readLabels } from "../github/index.js";
import type { UseCase } from "./use-case.js";

/**
 * The labels job: every label Roundtable uses made to exist, before an issue form needs it. Run by
 * `runUseCase`.
 *
 * 1. Load the repository's labels.
 * 2. Plan the missing ones (names from the config; an existing label of any case counts).
 * 3. The runner creates them through the write gate (or prints them, in a dry run).
 */
export const ensureLabels: UseCase<
  Record<string, never>,
  { names: string[] },
  Record<string, never>
> = {
  async load({ github, owner, repo }) {
    const { names } = await readLabels(github, owner, repo);
    return { names };
  },
  plan({ names }, _input, { config }) {
    return { effects: planLabels(names, roundtableLabels(config)), result: {} };
  },
};
