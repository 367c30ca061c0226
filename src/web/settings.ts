/** What the web pages need from the environment. Secrets come only from there. */
export interface WebSettings {
  /** The GitHub App's client id and secret (its registration page), for signing people in. */
  clientId: string;
  clientSecret: string;
  /** Seals the session cookie: at least 32 characters. */
  sessionSecret: string;
  /** Signs the meetings' RSVP links (RSVP_SECRET); absent: the session secret does. */
  rsvpSecret?: string;
  /** Where people reach the app, like https://roundtable.example.com (the sign-in callback's base). */
  publicUrl: string;
  /** REST base URL: https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise. */
  apiUrl: string;
  /** How often an open room re-reads its roman vote's reactions, in seconds. */
  pollSeconds: number;
  /** How often a facilitator's room and a seated person's RSVP page ask about invitations (3 polls). */
  invitationPollSeconds: number;
  /** Ballots are written in batches, at most one commit this often, in seconds (60). */
  batchSeconds: number;
  /** Live-room streams one session (8), and one network address (64), may hold open at once. */
  streamsPerSession: number;
  streamsPerAddress: number;
  /** The pages' requests one signed-in person may make in an hour on one instance (600). */
  pageRequestsPerHour: number;
}

/**
 * The web settings from the environment: GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET, SESSION_SECRET
 * and PUBLIC_URL (GHE_HOST and GHE_PROTOCOL as Probot reads them; ROOM_POLL_SECONDS and
 * ROOM_INVITATION_POLL_SECONDS; RSVP_SECRET; ROOM_STREAMS_PER_SESSION, ROOM_STREAMS_PER_ADDRESS; PAGE_REQUESTS_PER_HOUR). Returns
 * the names that are missing instead when the pages cannot run.
 */
export function webSettingsFromEnv(env: NodeJS.ProcessEnv): WebSettings | { missing: string[] } {
  const required = ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET", "SESSION_SECRET", "PUBLIC_URL"];
  const missing = required.filter((name) => !env[name]);
  if (missing.length > 0) return { missing };
  if ((env.SESSION_SECRET as string).length < 32)
    return { missing: ["SESSION_SECRET (at least 32 characters)"] };
  const host = env.GHE_HOST;
  const pollSeconds = Math.max(2, Number(env.ROOM_POLL_SECONDS ?? 5) || 5);
  return {
    clientId: env.GITHUB_CLIENT_ID as string,
    clientSecret: env.GITHUB_CLIENT_SECRET as string,
    sessionSecret: env.SESSION_SECRET as string,
    ...(env.RSVP_SECRET ? { rsvpSecret: env.RSVP_SECRET } : {}),
    publicUrl: (env.PUBLIC_URL as string).replace(/\/$/, ""),
    apiUrl: host ? `${env.GHE_PROTOCOL ?? "https"}://${host}/api/v3` : "https://api.github.com",
    pollSeconds,
    // Never more often than the vote poll, whose floor keeps a room within the rate limit.
    invitationPollSeconds: Math.max(
      pollSeconds,
      Number(env.ROOM_INVITATION_POLL_SECONDS) || pollSeconds * 3,
    ),
    batchSeconds: batchSecondsFromEnv(env),
    streamsPerSession: Math.max(1, Number(env.ROOM_STREAMS_PER_SESSION ?? 8) || 8),
    streamsPerAddress: Math.max(1, Number(env.ROOM_STREAMS_PER_ADDRESS ?? 64) || 64),
    pageRequestsPerHour: Math.max(10, Number(env.PAGE_REQUESTS_PER_HOUR ?? 600) || 600),
  };
}

/**
 * BALLOT_BATCH_SECONDS: at most one ballots commit this often (60, at least 1). Read on its own
 * too, by an instance without the pages that hands a batch's timer on (app/ballots-due.ts).
 */
export function batchSecondsFromEnv(env: NodeJS.ProcessEnv): number {
  return Math.max(1, Number(env.BALLOT_BATCH_SECONDS ?? 60) || 60);
}
