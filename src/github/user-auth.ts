import { Octokit } from "@octokit/core";
import {
  deleteToken,
  exchangeWebFlowCode,
  getWebFlowAuthorizationUrl,
} from "@octokit/oauth-methods";
import { createClient, type GitHub } from "./client.js";
import { isRateLimited } from "./explain-error.js";
import { rest, restPages } from "./rest.js";

/** The GitHub App's user authorization (web flow): its registration's client id and secret. */
export interface UserAuthSettings {
  clientId: string;
  clientSecret: string;
  /** REST base URL: api.github.com, or https://HOST/api/v3 on GitHub Enterprise. */
  apiUrl: string;
}

const oauthRequest = (apiUrl: string) =>
  new Octokit({ baseUrl: apiUrl.replace(/\/$/, ""), userAgent: "roundtable" }).request;

/**
 * Where to send a person to sign in: GitHub's authorize page of the app (github.com, or the
 * Enterprise host of `apiUrl`). A GitHub App's user token carries the app's permissions and the
 * person's own access, so no scopes are asked.
 */
export function signInUrl(settings: UserAuthSettings, redirectUrl: string, state: string): string {
  return getWebFlowAuthorizationUrl({
    clientType: "github-app",
    clientId: settings.clientId,
    redirectUrl,
    state,
    request: oauthRequest(settings.apiUrl),
  }).url;
}

/** The person signed in: their login and their user token (kept in the sealed session only). */
export interface SignedIn {
  login: string;
  token: string;
}

/** Trades the code GitHub sent back for the person's token, and reads who they are with it. */
export async function completeSignIn(
  settings: UserAuthSettings,
  code: string,
  redirectUrl: string,
): Promise<SignedIn> {
  const { authentication } = await exchangeWebFlowCode({
    clientType: "github-app",
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    code,
    redirectUrl,
    request: oauthRequest(settings.apiUrl),
  });
  const user = await rest<{ login: string }>(
    asUser(settings, authentication.token),
    "GET /user",
    {},
  );
  return { login: user.data.login, token: authentication.token };
}

/**
 * Revokes the person's user token at sign-out (`DELETE /applications/{client_id}/token`, with the
 * app's client id and secret): a copy of the session, wherever it is, can no longer act as them.
 * A token GitHub no longer knows (404: revoked already, or expired) is revoked enough.
 */
export async function revokeSignIn(settings: UserAuthSettings, token: string): Promise<void> {
  try {
    await deleteToken({
      clientType: "github-app",
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      token,
      request: oauthRequest(settings.apiUrl),
    });
  } catch (error) {
    if ((error as { status?: number }).status !== 404) throw error;
  }
}

/**
 * A client that acts as the person, with their user token. One press is one request, answered
 * at once: no throttling queue (the throttling plugin spaces content-creating requests 3 s apart
 * across every client of the process, which would hold a Next behind anyone's Start), and a
 * rate limit is told to the person rather than waited out.
 */
export function asUser(settings: Pick<UserAuthSettings, "apiUrl">, token: string): GitHub {
  return createClient({ token, apiUrl: settings.apiUrl, throttle: false });
}

/**
 * The repository's name as GitHub spells it (`owner/repo`) when the person's own token can read
 * it, else undefined. GitHub answers 404 for a private repository they cannot see (never 403),
 * and so does Roundtable.
 */
export async function canRead(
  user: GitHub,
  owner: string,
  repo: string,
): Promise<string | undefined> {
  try {
    const { data } = await rest<{ full_name: string }>(user, "GET /repos/{owner}/{repo}", {
      owner,
      repo,
    });
    return data.full_name;
  } catch (error) {
    const status = (error as { status?: number }).status;
    // A rate limit says nothing of the person's access: the page says GitHub could not be read.
    if (isRateLimited(error)) throw error;
    if (status === 404 || status === 403 || status === 401) return undefined;
    throw error;
  }
}

/** The person comments on an issue (a facilitator's `/next`): the comment is theirs. */
export async function commentAsUser(
  user: GitHub,
  target: { owner: string; repo: string; issue: number },
  body: string,
): Promise<void> {
  await rest(user, "POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issue,
    body,
  });
}

/** The person reacts to a comment (their 👍 or 👎 on the roman vote): GitHub keeps one of each. */
export async function reactAsUser(
  user: GitHub,
  target: { owner: string; repo: string; comment: number },
  content: "+1" | "-1",
): Promise<void> {
  await rest(user, "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions", {
    owner: target.owner,
    repo: target.repo,
    comment_id: target.comment,
    content,
  });
}

/**
 * Who gave a comment 👍 and who 👎, read again: GitHub sends no webhook for reactions. One request
 * a hundred reactions (a roman vote among twelve people is one).
 */
export async function commentThumbs(
  github: GitHub,
  target: { owner: string; repo: string; comment: number },
): Promise<{ up: string[]; down: string[] }> {
  const up: string[] = [];
  const down: string[] = [];
  for await (const page of restPages<{ content: string; user: { login: string } | null }>(
    github,
    "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
    { owner: target.owner, repo: target.repo, comment_id: target.comment },
  )) {
    for (const r of page.data) {
      if (!r.user) continue;
      if (r.content === "+1") up.push(r.user.login);
      if (r.content === "-1") down.push(r.user.login);
    }
  }
  return { up, down };
}
