import {
  type Effect,
  type MeetingComment,
  type MeetingOutcome,
  marker,
  meetingStateMarker,
  type ProjectView,
  type SeatLedger,
} from "../core/index.js";
import type { ApplyContext, ApplyError, EffectAnswer, InvitationRefused } from "../github/index.js";
import type { FollowUp } from "./follow-up.js";
import { movesSeats } from "./invitation-timers.js";
import type { RunContext } from "./run-context.js";
import {
  type InvitationRead,
  type InvitationRound,
  readInvitations,
  recordAnswers,
  recordSent,
  refusalOf,
  send,
} from "./sync-invitations.js";
import { type PlanContext, type Recovery, recovery, type UseCase } from "./use-case.js";

/**
 * What a /join or /leave reads for its invitations (meetings.invite), beside the meeting: GitHub's
 * open invitations and who of the people seated by the decision is a collaborator. Null when the
 * event moves no seat, was refused, or the config sends no invitations.
 */
export async function readSeatInvitations(
  run: RunContext,
  comment: MeetingComment | undefined,
  outcome: MeetingOutcome,
): Promise<InvitationRead | null> {
  const moves = comment !== undefined && movesSeats(comment.commands ?? comment.body);
  // Only a trusted meeting invites anybody (planInvitationRound): nothing to read for another.
  if (!run.config.meetings.invite || outcome.refused || !moves || !outcome.meeting.trusted)
    return null;
  return readInvitations(run.github, run.owner, run.repo, outcome.meeting);
}

/** The meeting's effects with the invitation round's after the record of the decision. */
export function withInvitations(
  effects: Effect[],
  round: InvitationRound | null,
  commentId: number | undefined,
): Effect[] {
  if (!round) return effects;
  const record = commentId === undefined ? undefined : marker(`meeting:${commentId}`);
  const at = effects.findIndex((e) => e.kind === "upsert-comment" && e.marker === record) + 1;
  return [...effects.slice(0, at), ...round.effects, ...effects.slice(at)];
}

const isState = (e: Effect) =>
  e.kind === "upsert-comment" && e.marker === marker(meetingStateMarker);
const invited = (effects: Effect[]) =>
  effects.flatMap((e) => (e.kind === "invite-collaborator" ? [e.login] : []));

/**
 * The state comment as GitHub answered the invitations of the event's one plan: each
 * invitation's id, a person added at once. The state follows the invitations in the plan, and
 * `amend` plans it again (`restate`, pure) when GitHub's answers are not the ledger expected;
 * `ledger` says what it came to, once applied (the seats' timers are armed from it). A dry run
 * sends nothing: the ledger is the one expected.
 */
export function seatsAnswered(
  round: InvitationRound | null,
  restate: (seats: SeatLedger) => Effect[],
  run: Pick<PlanContext, "now" | "dryRun">,
): { amend?: ApplyContext["amend"]; ledger: () => SeatLedger | null } {
  if (!round) return { ledger: () => null };
  if (round.invite.length === 0 || run.dryRun) return { ledger: () => round.expected };
  let seats = round.expected;
  const amend = (effect: Effect, answers: readonly EffectAnswer[]): Effect => {
    if (!isState(effect)) return effect;
    seats = structuredClone(round.ledger);
    recordAnswers(seats, answers, run.now);
    if (JSON.stringify(seats) === JSON.stringify(round.expected)) return effect;
    return restate(seats).find(isState) ?? effect;
  };
  return { amend, ledger: () => seats };
}

/** What follows a refused invitation: the round, the state planned again, the rest of the plan. */
interface AfterRefusal {
  round: InvitationRound;
  restate: (seats: SeatLedger) => Effect[];
  /** The project the event's plan acts on, as its load read it. */
  project: ProjectView | null;
  /** The event's follow-ups, for the seats as they came out. */
  followUps: (seats: SeatLedger) => FollowUp[];
  error: ApplyError;
  refused: InvitationRefused;
}

/**
 * A refused invitation stops the event's plan at it (`Planned.recover`): the rest of the round
 * follows, one invitation at a time. Undefined for any other failure.
 */
export function refusedInvitation(
  round: InvitationRound,
  restate: (seats: SeatLedger) => Effect[],
  project: ProjectView | null,
  followUps: (seats: SeatLedger) => FollowUp[],
): (error: ApplyError) => Recovery | undefined {
  return (error) => {
    const refused = refusalOf(error);
    if (!refused) return undefined;
    return recovery(invitationsAfterRefusal, {
      round,
      restate,
      project,
      followUps,
      error,
      refused,
    });
  };
}

/**
 * The rest of a meeting event's plan after a refused invitation, run by `runUseCase`.
 *
 * 1. The rest of the round's invitations, sent one at a time (GitHub's limit stops the round, a
 *    person it will not invite is passed over), each through the runner; what they came to read
 *    back from GitHub.
 * 2. Plan: the state holding the ledger as it came out, then the rest of the event's plan.
 */
export const invitationsAfterRefusal: UseCase<AfterRefusal, SeatLedger, Record<string, never>> = {
  async load(run, { round, error, refused }) {
    const ledger = structuredClone(round.ledger);
    const rest = [...invited([error.failed]), ...invited(error.notApplied)];
    const more = await send(run, rest, ledger, refused);
    await recordSent(run.github, run, ledger, {
      ...more,
      sent: [...invited(error.applied), ...more.sent],
    });
    return ledger;
  },
  plan(ledger, { restate, error, project, followUps }) {
    const others = error.notApplied.filter((e) => e.kind !== "invite-collaborator");
    return {
      effects: [...restate(ledger), ...others.filter((e) => !isState(e))],
      project,
      followUps: followUps(ledger),
      result: {},
    };
  },
};
