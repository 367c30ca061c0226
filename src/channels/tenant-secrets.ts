import type { Secrets } from "./secrets.js";

/** The app's list of further variables an owner may name: `owner:NAME` (or `owner:*`), comma or space apart. */
export const allowListVariable = "ROUNDTABLE_CHANNEL_VARIABLES";

/** Why a view made by tenantSecrets leaves a variable out, by view. */
const refusals = new WeakMap<Secrets, (name: string) => string | undefined>();

/**
 * The prefix of an owner's own variables: `ROUNDTABLE_ACME_CORP__` for acme-corp. Two
 * underscores end it because a login never has two hyphens in a row: `ROUNDTABLE_ACME__…` can
 * then never be acme-corp's, which one underscore would allow.
 */
export const ownerPrefix = (owner: string) =>
  `ROUNDTABLE_${owner.toUpperCase().replace(/[^A-Z0-9]/g, "_")}__`;

/**
 * The app's environment as one owner's repositories see it, for the channels their configs name:
 * its own variables (`ROUNDTABLE_<OWNER>__…`), and those the app's ROUNDTABLE_CHANNEL_VARIABLES
 * gives it. In an App installed by several owners, one owner's config can so never post to a
 * channel whose URL another owner's variable holds. A variable left out is told as such (see
 * refusalOf), not as unset.
 */
export function tenantSecrets(env: Secrets, owner: string): Secrets {
  const prefix = ownerPrefix(owner);
  const granted = (env[allowListVariable] ?? "")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => entry.split(":"))
    .filter(([who]) => who?.toLowerCase() === owner.toLowerCase())
    .map(([, name]) => name ?? "");
  const allowed = (name: string) =>
    name.startsWith(prefix) ||
    (name.startsWith("ROUNDTABLE_") && (granted.includes("*") || granted.includes(name)));
  const view: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) if (allowed(name)) view[name] = value;
  refusals.set(view, (name) =>
    allowed(name)
      ? undefined
      : `${name} is not one of ${owner}'s variables: name it ${prefix}${name.replace(/^ROUNDTABLE_/, "")} in the app's environment, or let ${owner} use it with ${allowListVariable}=${owner}:${name}`,
  );
  return view;
}

/** Why `name` is not in a view made by tenantSecrets; undefined when it is, or for any other. */
export function refusalOf(secrets: Secrets, name: string): string | undefined {
  return refusals.get(secrets)?.(name);
}
