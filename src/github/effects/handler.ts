import type { PostOptions, Secrets } from "../../channels/index.js";
import type { BallotSigner, Effect, ProjectView } from "../../core/index.js";
import type { GitHub } from "../client.js";
import type { InvitationAnswer } from "../invitations.js";

/**
 * What GitHub answered to an effect, for a later effect of the same plan that records it (the
 * meeting's state holds each invitation's id): the kinds that answer anything worth recording.
 */
export type EffectAnswer = { kind: "invite-collaborator" } & InvitationAnswer;

/** What applying an effect needs: the client, the repository and the project read before planning. */
export interface EffectContext {
  github: GitHub;
  owner: string;
  repo: string;
  /** The project the plan's board effects act on, as read before planning. */
  project: ProjectView | null;
  /** Project item ids by issue number, kept current as issues are added to the project. */
  itemOf: Map<number, string>;
  /** Where `env:NAME` of a channel is read (the app's environment, the Action step's env). */
  secrets?: Secrets;
  /** How channels are posted to: retries and waits (tests shorten them). */
  post?: PostOptions;
  /** The app's ballot keys (BALLOT_SECRET): only the app writes ballots. */
  ballotSigner?: BallotSigner;
}

/** One kind of effect: how it reads in words, and how it is written to GitHub. */
export interface Handler<E extends Effect> {
  /** What the effect does, for dry-run output ("would …"), the log and failure reports. */
  describe(effect: E): string;
  /** Writes it; what GitHub answered, where a later effect may record it. */
  apply(effect: E, ctx: EffectContext): Promise<void> | Promise<EffectAnswer>;
  /**
   * Applied after every other effect of the plan, and its failure is logged, not thrown: what it
   * does (tell a chat channel) must never cost the plan's GitHub work.
   */
  bestEffort?: boolean;
}

/** One handler for every kind of effect: a kind without one is a type error. */
export type Handlers = { [K in Effect["kind"]]: Handler<Extract<Effect, { kind: K }>> };
