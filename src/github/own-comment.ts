import type { GitHub } from "./client.js";

/**
 * The bot accounts Roundtable writes as when nobody says otherwise: the app as published
 * (`roundtable[bot]`) and the Action's `GITHUB_TOKEN` (`github-actions[bot]`). The app passes its
 * own `<slug>[bot]`; the CLI and the Action take ROUNDTABLE_BOT_LOGINS (comma-separated).
 */
export const defaultBotLogins: readonly string[] = ["roundtable[bot]", "github-actions[bot]"];

/** The bot logins of a comma-separated list (ROUNDTABLE_BOT_LOGINS), or the defaults. */
export function botLoginsFrom(list: string | undefined): readonly string[] {
  const logins = (list ?? "")
    .split(",")
    .map((l) => l.trim())
    .filter(Boolean);
  return logins.length > 0 ? logins : defaultBotLogins;
}

/** An account's name without `[bot]`: REST says `roundtable[bot]`, GraphQL's `Bot.login` `roundtable`. */
const bare = (login: string) => login.toLowerCase().replace(/\[bot\]$/, "");

/**
 * Whether a comment's author is Roundtable itself: a bot account (REST `type: "Bot"`, GraphQL
 * `__typename: "Bot"`) among the ones it writes as. A marker in the text never makes a comment
 * Roundtable's: anybody can paste one, and another app's bot is not Roundtable either.
 */
export function writtenByRoundtable(
  github: Pick<GitHub, "botLogins">,
  author: { login: string; isBot: boolean } | null | undefined,
): boolean {
  if (!author?.isBot) return false;
  const own = github.botLogins ?? defaultBotLogins;
  return own.some((l) => bare(l) === bare(author.login));
}
