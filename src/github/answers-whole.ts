import { RoundtableError } from "../errors/index.js";
import { createsEachTime } from "./creates-each-time.js";
import type { Hookable, RequestOptions } from "./request-hook.js";
import { operationOf } from "./timeouts.js";

interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/** An answer cut off mid-way (the connection dropped), found by a wrong-shaped GitHub answer. */
export class CutOffAnswerError extends RoundtableError {
  override name = "CutOffAnswerError";
}

/** How often a cut-off read is asked again before the job fails with one line. */
const asks = 3;

/**
 * Whether an answer is not the whole of what GitHub sent: JSON was announced and nothing came
 * (when the connection drops mid-body, reading it fails and Octokit hands over "": a JSON string
 * such as a file's raw text is a string too, so only the empty one tells), or a GraphQL answer
 * has neither `data` nor `errors`.
 */
function cutOff(answer: Answer, options: RequestOptions): boolean {
  if (answer.status === 204 || answer.status === 304) return false;
  const type = String(answer.headers["content-type"] ?? "");
  if (!/json/i.test(type)) return false;
  if (answer.data === "") return true;
  if (isGraphql(options)) {
    const d = answer.data as { data?: unknown; errors?: unknown } | null;
    return !d || (d.data === undefined && d.errors === undefined);
  }
  return false;
}

/**
 * GitHub's answer whole, or one line naming the operation (never a TypeError deep in what read
 * it). A connection dropped after GitHub applied a request leaves the status and half the body:
 * a read, or a write that is idempotent by itself (a field set, a label added), is asked again,
 * up to three times; a creation (`createsEachTime`) is never sent again here: a REST one whose
 * status said it was made is taken as done (its answer is empty), and a GraphQL one (a commit),
 * whose status says nothing, fails as cut off, so that its effect reads back what GitHub holds.
 */
export function answersWhole(octokit: Hookable<Answer>): void {
  octokit.hook.wrap("request", async (request, options) => {
    for (let ask = 1; ; ask++) {
      const answer = await request(options);
      if (!cutOff(answer, options)) return answer;
      const creation = createsEachTime(options);
      if (creation && answer.status < 300 && !isGraphql(options)) return answer;
      if (creation || ask >= asks)
        throw new CutOffAnswerError(
          `${operationOf(options)}: GitHub's answer was cut off${creation ? "" : ` (${asks} times)`}: the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,
          { where: { operation: operationOf(options) } },
        );
    }
  });
}

const isGraphql = (options: RequestOptions) =>
  /\/graphql$/.test(new URL(options.url, "http://github.test").pathname);
