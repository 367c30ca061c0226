import { RoundtableError } from "../errors/index.js";
import { CutOffAnswerError } from "./answers-whole.js";
import { ApplyError } from "./apply-plan.js";
import { mayHaveFailedInTransit } from "./create-once.js";
import { RequestTimeoutError } from "./timeouts.js";

const causeOf = (error: unknown) => (error instanceof ApplyError ? error.cause : error);

/**
 * Whether a failure is GitHub's passing trouble (a 5xx, a rate limit, a dropped or cut-off
 * answer, no answer in time), which the same work meets no more a few minutes later, rather than
 * a refusal a retry would meet again (403 without a limit, 404, 422, a broken config).
 */
export function isPassingTrouble(error: unknown): boolean {
  const e = causeOf(error);
  if (e instanceof CutOffAnswerError || e instanceof RequestTimeoutError) return true;
  if (e instanceof RoundtableError) return false;
  const status = (e as { status?: number })?.status;
  if (status === undefined) return false;
  if (status === 403 || status === 429)
    return /rate limit|abuse/i.test(String((e as Error).message));
  return mayHaveFailedInTransit(e);
}

/** GitHub's passing trouble in a few words, for a person told it will be completed later. */
export function passingTrouble(error: unknown): string {
  const e = causeOf(error) as { status?: number; message?: string; cause?: unknown };
  if (e instanceof CutOffAnswerError) return "the connection to GitHub dropped mid-answer";
  if (e instanceof RequestTimeoutError) return "GitHub did not answer in time";
  if ((e?.status === 403 || e?.status === 429) && /rate limit/i.test(e.message ?? ""))
    return "GitHub asked Roundtable to slow down (a rate limit)";
  if (e?.status === 500 && e.cause instanceof TypeError) return "the connection to GitHub dropped";
  if (typeof e?.status === "number") return `GitHub answered ${e.status}`;
  return "GitHub failed for a moment";
}
