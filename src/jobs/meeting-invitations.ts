import {
  type Effect,
  type MeetingComment,
  type MeetingOutcome,
  marker,
  meetingStateMarker,
  type SeatLedger,
} from "../core/index.js";
import { ApplyError, applyPlan } from "../github/index.js";
import { movesSeats } from "./invitation-timers.js";
import type { RunContext } from "./run-context.js";
import {
  type InvitationRead,
  type InvitationRound,
  readInvitations,
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
 * The one plan of a meeting event applied, with what its invitations came to recorded: the
 * state comment holds the ledger as expected (each invitation pending), written again only when
 * GitHub answered otherwise (its ids, a person added at once, a refusal). A refusal stops the
 * plan at that invitation: the rest are sent one at a time (GitHub's limit stops the round, a
 * person it will not invite is passed over), then the rest of the plan follows with the ledger
 * as it came out. `restate`: the state comment planned with another ledger (pure).
 */
export async function applyWithInvitations(
  run: RunContext,
  plan: Effect[],
  gate: Parameters<typeof applyPlan>[2],
  round: InvitationRound | null,
  restate: (seats: SeatLedger) => Effect[],
): Promise<{ applied: Effect[]; seats: SeatLedger | null }> {
  const { github } = run;
  let applied: Effect[];
  try {
    applied = await applyPlan(github, plan, gate);
  } catch (error) {
    const refused = refusalOf(error);
    if (!round || !refused || !(error instanceof ApplyError)) throw error;
    const ledger = structuredClone(round.ledger);
    const rest = [...invited([error.failed]), ...invited(error.notApplied)];
    const more = await send(github, rest, ledger, run, gate, refused);
    const sent = { ...more, sent: [...invited(error.applied), ...more.sent] };
    await recordSent(github, run, ledger, sent);
    const others = error.notApplied.filter((e) => e.kind !== "invite-collaborator");
    const after = [...restate(ledger), ...others.filter((e) => !isState(e))];
    return {
      applied: [...error.applied, ...(await applyPlan(github, after, gate))],
      seats: ledger,
    };
  }
  const seats = round?.expected ?? null;
  if (!round || round.invite.length === 0 || gate.dryRun) return { applied, seats };
  const ledger = structuredClone(round.ledger);
  await recordSent(github, run, ledger, { sent: round.invite, problem: null, waiting: [] });
  if (JSON.stringify(ledger) === JSON.stringify(round.expected)) return { applied, seats };
  applied.push(...(await applyPlan(github, restate(ledger), gate)));
  return { applied, seats: ledger };
}
