import type { Effect, ProjectView } from "../../core/index.js";
import type { GitHub } from "../client.js";

/** What applying an effect needs: the client, the repository and the project read before planning. */
export interface EffectContext {
  github: GitHub;
  owner: string;
  repo: string;
  /** The project the plan's board effects act on, as read before planning. */
  project: ProjectView | null;
  /** Project item ids by issue number, kept current as issues are added to the project. */
  itemOf: Map<number, string>;
}

/** One kind of effect: how it reads in words, and how it is written to GitHub. */
export interface Handler<E extends Effect> {
  /** What the effect does, for dry-run output ("would …"), the log and failure reports. */
  describe(effect: E): string;
  apply(effect: E, ctx: EffectContext): Promise<void>;
}

/** One handler for every kind of effect: a kind without one is a type error. */
export type Handlers = { [K in Effect["kind"]]: Handler<Extract<Effect, { kind: K }>> };
