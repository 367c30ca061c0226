import { RoundtableError } from "../errors/index.js";
import { operationOf } from "./timeouts.js";

interface Hookable {
  hook: {
    wrap(
      name: "request",
      wrapper: (
        request: (options: Options) => Promise<Answer>,
        options: Options,
      ) => Promise<Answer>,
    ): void;
  };
}

interface Options {
  method: string;
  url: string;
  data?: unknown;
  request?: Record<string, unknown>;
}

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
function cutOff(answer: Answer, options: Options): boolean {
  if (answer.status === 204 || answer.status === 304) return false;
  const type = String(answer.headers["content-type"] ?? "");
  if (!/json/i.test(type)) return false;
  if (answer.data === "") return true;
  if (/\/graphql$/.test(new URL(options.url, "http://github.test").pathname)) {
    const d = answer.data as { data?: unknown; errors?: unknown } | null;
    return !d || (d.data === undefined && d.errors === undefined);
  }
  return false;
}

/** POSTs that create something each time they are sent: their cut-off answer still means done. */
export function createsEachTime(options: { method: string; url: string }): boolean {
  if (options.method !== "POST") return false;
  const { pathname } = new URL(options.url, "http://github.test");
  return /\/issues\/\d+\/comments$|\/issues$|\/pulls$/.test(pathname);
}

/**
 * GitHub's answer whole, or one line naming the operation (never a TypeError deep in what read
 * it). A connection dropped after GitHub applied a request leaves the status and half the body:
 * a read, or a write that is idempotent by itself (a field set, a label added, a commit with its
 * `expectedHeadOid`), is asked again, up to three times; a creation (a comment, an issue, a pull
 * request) was applied, so its cut-off answer is taken as done and asking again would make two.
 */
export function answersWhole(octokit: Hookable): void {
  octokit.hook.wrap("request", async (request, options) => {
    for (let ask = 1; ; ask++) {
      const answer = await request(options);
      if (!cutOff(answer, options)) return answer;
      if (createsEachTime(options) && answer.status < 300) return answer;
      if (ask >= asks)
        throw new CutOffAnswerError(
          `${operationOf(options)}: GitHub's answer was cut off (${asks} times): the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,
          { where: { operation: operationOf(options) } },
        );
    }
  });
}
