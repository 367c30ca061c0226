import { type RsvpView, rsvpViewOf, sameName } from "../core/index.js";
import { type GitHub, isCollaborator } from "../github/index.js";
import { type InvitationTimes, invitationTimers } from "./invitation-timers.js";
import { loadBoard } from "./load-board.js";
import { loadRepoConfig, repoConfig } from "./repo-config.js";
import { type RsvpResult, rsvp } from "./rsvp.js";
import type { RepoRun } from "./run-context.js";
import { runUseCase, type UseCase } from "./use-case.js";

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
/** A seat taken or given up on the page by the signed-in person. */
export interface RsvpAnswer {
  issue: number;
  login: string;
  action: "join" | "leave";
}

/**
 * A seat taken or given up on the RSVP page, run by `runUseCase` with the app's client under the
 * repository's lease, before the config is read (a `RepoRun`):
 *
 * 1. Load the repository's config; move the seat and send or withdraw the invitations it asks for
 *    (`rsvp`: the same seat moves as /join and /leave, which still write through the gate
 *    themselves); with meetings.invite, read when the meeting's invitations need the app again.
 * 2. Plan: where the person stands, and the meeting's invitation timers (retry, reminder) as
 *    follow-ups, which the app arms: no page sets a timer.
 */
export const answerRsvp: UseCase<
  RsvpAnswer,
  { result: RsvpResult; times: InvitationTimes[] },
  RsvpResult,
  RepoRun
> = {
  async load(run, input) {
    const { config } = await runUseCase(repoConfig, run);
    const withConfig = { ...run, config };
    const result = await rsvp(withConfig, input);
    const { times } = await runUseCase(invitationTimers, withConfig, { issue: input.issue });
    return { result, times };
  },
  plan: ({ result, times }) => ({
    effects: [],
    followUps: times.map((data) => ({ trigger: "invitation-timers" as const, data })),
    result,
  }),
};
