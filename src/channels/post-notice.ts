/** How a channel's endpoint is asked, and how long Roundtable waits for it. */
export interface PostOptions {
  /** Tries in all, the first included. */
  attempts?: number;
  /** Each try's time limit, in milliseconds. */
  timeoutMs?: number;
  /** The longest wait a Retry-After may ask for; asked for longer, Roundtable gives up. */
  maxWaitMs?: number;
  /** Waits; tests pass a clock of their own. */
  sleep?: (ms: number) => Promise<void>;
}

/** A channel that did not take the message: its status (none for a timeout or a refused connection). */
export class ChannelError extends Error {
  override name = "ChannelError";
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts JSON to a chat webhook. A 429 or 5xx answer, a timeout or a dropped connection is tried
 * again, after the Retry-After the platform asks for (Slack and Discord send it with 429; Discord
 * also in its JSON as retry_after, in seconds) or an exponential backoff (1 s, 2 s, …); a 4xx other
 * than 429 is not (the URL is wrong or revoked: trying again changes nothing). The error never
 * contains the URL: it is a secret.
 */
export async function postNotice(
  url: string,
  body: string,
  headers: Record<string, string>,
  options: PostOptions = {},
): Promise<void> {
  const attempts = options.attempts ?? 3;
  const sleep = options.sleep ?? wait;
  const maxWait = options.maxWaitMs ?? 30_000;
  let last: ChannelError = new ChannelError("not tried", null);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    let response: Response;
    try {
      response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "user-agent": "Roundtable", ...headers },
        body,
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        redirect: "error",
      });
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError";
      last = new ChannelError(timedOut ? "no answer in time" : "could not connect", null);
      if (attempt < attempts) await sleep(backoff(attempt));
      continue;
    }
    if (response.ok) {
      await response.body?.cancel();
      return;
    }
    const text = (await response.text().catch(() => "")).slice(0, 200);
    last = new ChannelError(
      `answered ${response.status}${text ? `: ${text.replace(/\s+/g, " ")}` : ""}`,
      response.status,
    );
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || attempt === attempts) break;
    const asked = retryAfter(response.headers.get("retry-after"), text);
    if (asked !== null && asked > maxWait)
      throw new ChannelError(
        `${last.message}; it asks to wait ${Math.ceil(asked / 1000)} s, longer than Roundtable waits`,
        response.status,
      );
    await sleep(asked ?? backoff(attempt));
  }
  throw new ChannelError(`${last.message} (after ${attempts} tries)`, last.status);
}

const backoff = (attempt: number) => 1000 * 2 ** (attempt - 1);

/** Retry-After in seconds or as a date, or Discord's `retry_after` (seconds) in the body; in ms. */
function retryAfter(header: string | null, body: string): number | null {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.max(0, at - Date.now());
  }
  const match = /"retry_after"\s*:\s*([\d.]+)/.exec(body);
  return match ? Number(match[1]) * 1000 : null;
}
