import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The token of a meeting's RSVP link: an HMAC of the meeting (owner/repo#issue) with the app's
 * RSVP_SECRET (SESSION_SECRET when that is not set). Unguessable without the secret, the same on
 * every instance, and nothing to store; a new secret retires every link.
 */
export function rsvpToken(secret: string, owner: string, repo: string, issue: number): string {
  return createHmac("sha256", secret)
    .update(`roundtable rsvp\n${owner}/${repo}#${issue}`.toLowerCase())
    .digest("base64url")
    .slice(0, 32);
}

/** Whether `given` is the meeting's token (compared in constant time). */
export function rsvpTokenMatches(
  secret: string,
  owner: string,
  repo: string,
  issue: number,
  given: string | null,
): boolean {
  if (!given) return false;
  const want = Buffer.from(rsvpToken(secret, owner, repo, issue));
  const got = Buffer.from(given);
  return want.length === got.length && timingSafeEqual(want, got);
}
