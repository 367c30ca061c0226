import { type RsvpView, rsvpViewOf, sameName } from "../core/index.js";
import { type GitHub, isCollaborator } from "../github/index.js";
import { loadBoard } from "./load-board.js";
import { loadRepoConfig } from "./repo-config.js";
import { rsvp } from "./rsvp.js";
import { runContext } from "./run-context.js";

export interface RsvpTarget {
  owner: string;
  repo: string;
  issue: number;
}

/**
 * The RSVP page's view of meeting `issue` (reads only); null: no such meeting. A viewer whose
 * invitation the meeting's state has as pending is asked of GitHub (one request): the state
 * learns of an acceptance only at the app's next invitation round, the person at once.
 */
export async function loadRsvpView(
  github: GitHub,
  target: RsvpTarget,
  now: string,
  login: string | null,
): Promise<RsvpView | null> {
  const config = await loadRepoConfig(github, target);
  const { snapshot } = await loadBoard(github, { ...target, config, now, checkFields: false });
  const issue = snapshot.issues.find(
    (i) => i.number === target.issue && i.labels.some((l) => sameName(l, config.labels.meeting)),
  );
  if (!issue) return null;
  const view = rsvpViewOf(issue, config, now, login);
  if (
    login &&
    view.viewer?.invitation === "pending" &&
    (await invitationAccepted(github, target, login))
  )
    view.viewer.invitation = "accepted";
  return view;
}

/**
 * Whether `login` can use the repository now: their invitation was accepted (GitHub sends the
 * app no webhook for it). One request.
 */
export function invitationAccepted(
  github: GitHub,
  target: RsvpTarget,
  login: string,
): Promise<boolean> {
  return isCollaborator(github, target.owner, target.repo, login);
}
/** A seat taken or given up on the page, with the repository's config (run under its lease). */
export async function answerRsvp(
  github: GitHub,
  target: RsvpTarget & { login: string; action: "join" | "leave" },
  now: string,
  log: (line: string) => void,
): Promise<void> {
  const config = await loadRepoConfig(github, target);
  const { owner, repo, issue, login, action } = target;
  await rsvp(runContext({ github, owner, repo, config, clock: () => now, log }), {
    issue,
    login,
    action,
  });
}
