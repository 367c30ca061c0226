import type { Command } from "../core/index.js";
import type { RunContext } from "./run-context.js";

/** A comment's commands, parsed once for the whole delivery. */
export interface CommentCommands {
  /** Every command the comment gives, in order. */
  all: Command[];
  /** Those that are run: each distinct one once, at most maxCommandsPerComment. */
  run: Command[];
  /** The distinct commands past the cap, which the reply says were not run. */
  ignored: number;
}

/** A new comment on an issue, as the comment's use cases take it beside the run's context. */
export interface CommentInput {
  issue: { number: number; labels: string[] };
  comment: { id: number; body: string; login: string; createdAt: string; url: string };
  /** The comment's commands, when the caller parsed them already (parseComment). */
  commands?: CommentCommands;
  /**
   * A retry of a command that failed and was told so (😕 and "it will be completed"): done, the
   * 😕 is taken back and the reply says it was completed.
   */
  retried?: boolean;
}

/** The run and the comment, as the steps of a comment's use cases read them. */
export type CommentRun = RunContext & CommentInput;
