import { RoundtableError } from "../errors/index.js";
import type { Secrets } from "./secrets.js";
import { refusalOf } from "./tenant-secrets.js";

/**
 * The value behind `env:NAME`, checked: set, and a URL Roundtable will post to (HTTPS, or HTTP to
 * this machine, for a local receiver). An error names the variable and the fix, never the value.
 */
export function secretOf(ref: string, secrets: Secrets, what: "url" | "secret"): string {
  const name = ref.replace(/^env:/, "");
  const refused = refusalOf(secrets, name);
  if (refused)
    throw new RoundtableError(`${ref}: ${refused}`, { where: { key: ref }, fix: `rename ${name}` });
  const value = secrets[name]?.trim();
  if (!value)
    throw new RoundtableError(
      `${ref}: the environment variable ${name} is not set; set it to the channel's ${what === "url" ? "webhook URL" : "signing secret"} (the app: in its environment; the Action: env ${name}: \${{ secrets.${name} }} on the step)`,
      { where: { key: ref }, fix: `set ${name}` },
    );
  if (what === "secret") return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new RoundtableError(
      `${ref}: ${name} does not hold a URL; set it to the channel's webhook URL`,
      {
        where: { key: ref },
      },
    );
  }
  const local = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local))
    throw new RoundtableError(
      `${ref}: ${name} holds a URL that is not HTTPS; webhook URLs are HTTPS`,
      {
        where: { key: ref },
      },
    );
  return value;
}
