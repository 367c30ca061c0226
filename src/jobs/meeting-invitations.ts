import {
  type Effect,
  type MeetingComment,
  type MeetingOutcome,
  marker,
  meetingStateMarker,
  type SeatLedger,
} from "../core/index.js";
import { type ApplyContext, ApplyError, applyPlan, type EffectAnswer } from "../github/index.js";
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
  if (!run.config.meetings.invite || outcome.refused || !moves) return null;
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
 * The one plan of a meeting event applied, with what its invitations came to recorded in the same
 * apply: the state comment, which follows the invitations in the plan, holds the ledger as GitHub
 * answered them (each invitation's id, a person added at once), planned again by `restate` (pure)
 * when that is not the ledger expected. A refusal stops the plan at that invitation: the rest are
 * sent one at a time (GitHub's limit stops the round, a person it will not invite is passed over),
 * then the rest of the plan follows with the ledger as it came out.
 */
export async function applyWithInvitations(
  run: RunContext,
  plan: Effect[],
  gate: ApplyContext,
  round: InvitationRound | null,
  restate: (seats: SeatLedger) => Effect[],
): Promise<{ applied: Effect[]; seats: SeatLedger | null }> {
  const { github } = run;
  if (!round || round.invite.length === 0 || gate.dryRun)
    return { applied: await applyPlan(github, plan, gate), seats: round?.expected ?? null };
  let seats = round.expected;
  const amend = (effect: Effect, answers: readonly EffectAnswer[]): Effect => {
    if (!isState(effect)) return effect;
    seats = structuredClone(round.ledger);
    recordAnswers(seats, answers, run.now);
    if (JSON.stringify(seats) === JSON.stringify(round.expected)) return effect;
    return restate(seats).find(isState) ?? effect;
  };
  try {
    return { applied: await applyPlan(github, plan, { ...gate, amend }), seats };
  } catch (error) {
    const refused = refusalOf(error);
    if (!refused || !(error instanceof ApplyError)) throw error;
    return afterRefusal(run, gate, round, restate, error, refused);
  }
}

/**
 * A refused invitation: the rest sent one at a time, what they came to read back from GitHub, and
 * the rest of the plan applied after them with the state holding the ledger as it came out.
 */
async function afterRefusal(
  run: RunContext,
  gate: ApplyContext,
  round: InvitationRound,
  restate: (seats: SeatLedger) => Effect[],
  error: ApplyError,
  refused: NonNullable<ReturnType<typeof refusalOf>>,
): Promise<{ applied: Effect[]; seats: SeatLedger }> {
  const { github } = run;
  const ledger = structuredClone(round.ledger);
  const rest = [...invited([error.failed]), ...invited(error.notApplied)];
  const more = await send(github, rest, ledger, run, gate, refused);
  const sent = { ...more, sent: [...invited(error.applied), ...more.sent] };
  await recordSent(github, run, ledger, sent);
  const others = error.notApplied.filter((e) => e.kind !== "invite-collaborator");
  const after = [...restate(ledger), ...others.filter((e) => !isState(e))];
  return { applied: [...error.applied, ...(await applyPlan(github, after, gate))], seats: ledger };
}
