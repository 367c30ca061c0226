import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";
import { createOnce, noBlindRetry } from "./create-once.js";
import { rest, restPages } from "./rest.js";

/**
 * Repository invitations. Listing them needs the App's Administration (read) permission and
 * inviting needs Administration (write); without it GitHub answers 403 ("Resource not accessible
 * by integration"), and the caller tells the facilitator who to invite instead.
 */

export interface ListedInvitation {
  id: number;
  login: string;
  expired: boolean;
  createdAt: string;
  /**
   * The repository's owner as the invitation lists it: "User" for a personal repository, where
   * GitHub gives every outside collaborator write access, whatever permission was asked for.
   */
  ownerType: string | null;
}

/** Why GitHub would not invite somebody: its daily limit, the organisation's policy, or the person. */
export type InvitationRefusal = "limit" | "forbidden" | "blocked";

/** GitHub refused an invitation; `reason` says which way, `message` is GitHub's own words. */
export class InvitationRefused extends RoundtableError {
  override name = "InvitationRefused";
  constructor(
    readonly login: string,
    readonly reason: InvitationRefusal,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
  }
}

const statusOf = (error: unknown) => (error as { status?: number }).status;

/** The repository's open invitations (expired ones included, flagged); null without the permission. */
export async function listInvitations(
  github: GitHub,
  owner: string,
  repo: string,
): Promise<ListedInvitation[] | null> {
  const found: ListedInvitation[] = [];
  try {
    for await (const page of restPages<{
      id: number;
      invitee: { login: string } | null;
      expired?: boolean;
      created_at: string;
      repository?: { owner?: { type?: string } | null };
    }>(github, "GET /repos/{owner}/{repo}/invitations", { owner, repo }))
      for (const i of page.data)
        if (i.invitee)
          found.push({
            id: i.id,
            login: i.invitee.login,
            expired: i.expired === true,
            createdAt: i.created_at,
            ownerType: i.repository?.owner?.type ?? null,
          });
  } catch (error) {
    if (statusOf(error) === 403 || statusOf(error) === 404) return null;
    throw error;
  }
  return found;
}

/** Whether `login` is a collaborator (204) or not (404). */
export async function isCollaborator(
  github: GitHub,
  owner: string,
  repo: string,
  login: string,
): Promise<boolean> {
  try {
    await rest(github, "GET /repos/{owner}/{repo}/collaborators/{username}", {
      owner,
      repo,
      username: login,
    });
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}

/**
 * What GitHub answered to an invitation: `invited`, with the invitation's id and whether the
 * repository is a personal one (the invitation says its owner is a User); `added`, an organisation
 * member added at once, or somebody already a collaborator (no invitation, no id).
 */
export interface InvitationAnswer {
  login: string;
  outcome: "invited" | "added";
  id: number | null;
  personal: boolean;
}

interface InvitationBody {
  id?: number;
  repository?: { owner?: { type?: string } | null };
}

/** The body's permission: GitHub takes pull/triage/push, the config says read/triage/write. */
const asGitHub = { read: "pull", triage: "triage", write: "push" } as const;

/**
 * Invites `login` unless they already are a collaborator: for one who is, GitHub's answer is a
 * 204 that silently changes their role, so that call is never sent. 201: an invitation (GitHub
 * emails it), answered with its id; 204: an organisation member, added at once. A refusal is an
 * InvitationRefused.
 */
export async function inviteCollaborator(
  github: GitHub,
  owner: string,
  repo: string,
  login: string,
  permission: keyof typeof asGitHub,
): Promise<InvitationAnswer> {
  const added: InvitationAnswer = { login, outcome: "added", id: null, personal: false };
  if (await isCollaborator(github, owner, repo, login)) return added;
  // Sent once (each one counts against GitHub's 50 a day): after an answer that never came whole,
  // the invitation, or the seat it gave at once, is looked for before another is sent.
  const find = async (): Promise<InvitationAnswer | undefined> => {
    const open = await listInvitations(github, owner, repo);
    const found = open?.find((i) => i.login.toLowerCase() === login.toLowerCase());
    if (found) return invited(login, found.id, found.ownerType);
    return (await isCollaborator(github, owner, repo, login)) ? added : undefined;
  };
  try {
    return await createOnce(find, async () => {
      const answer = await rest<InvitationBody | null>(
        github,
        "PUT /repos/{owner}/{repo}/collaborators/{username}",
        { owner, repo, username: login, permission: asGitHub[permission], ...noBlindRetry },
      );
      if (answer.status !== 201) return added;
      return invited(login, answer.data?.id ?? null, answer.data?.repository?.owner?.type ?? null);
    });
  } catch (error) {
    throw refusalOf(login, error);
  }
}

const invited = (login: string, id: number | null, ownerType: string | null): InvitationAnswer => ({
  login,
  outcome: "invited",
  id,
  personal: ownerType === "User",
});

/** GitHub's refusal of an invitation in its three kinds; any other failure as it came. */
function refusalOf(login: string, error: unknown): unknown {
  const status = statusOf(error);
  const text = JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? "");
  if (status === 403)
    return new InvitationRefused(
      login,
      "forbidden",
      "GitHub refused to invite anybody from outside: the organisation does not allow outside collaborators, or the App lacks the Administration (write) permission",
      error,
    );
  if (status === 422 && /limit|24 hours|spam/i.test(text))
    return new InvitationRefused(
      login,
      "limit",
      "GitHub's limit of 50 repository invitations in 24 hours is reached",
      error,
    );
  if (status === 422)
    return new InvitationRefused(login, "blocked", `GitHub would not invite ${login}`, error);
  return error;
}

/** Withdraws an invitation; one already gone (accepted, declined, deleted) is fine. */
export async function cancelInvitation(
  github: GitHub,
  owner: string,
  repo: string,
  id: number,
): Promise<void> {
  try {
    await rest(github, "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}", {
      owner,
      repo,
      invitation_id: id,
    });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

/** Removes a collaborator (only ever one the app added itself: the caller makes sure). */
export async function removeCollaborator(
  github: GitHub,
  owner: string,
  repo: string,
  login: string,
): Promise<void> {
  await rest(github, "DELETE /repos/{owner}/{repo}/collaborators/{username}", {
    owner,
    repo,
    username: login,
  });
}
