import { RoundtableError } from "../errors/index.js";
import type { GitHub } from "./client.js";

/** One page of a REST list read conditionally: its items, or null when GitHub said 304. */
export interface ConditionalPage<T> {
  page: number;
  etag: string | null;
  /** The page's items; null when it did not change since `previous` (304 Not Modified). */
  data: T[] | null;
  /** A full page (100): another may follow. */
  full: boolean;
}

/**
 * The pages of a REST list, 100 a page by page number, each asked with the ETag it had last time
 * (If-None-Match). A page that did not change answers 304, which GitHub does not count against
 * the rate limit ("Use conditional requests if appropriate", REST best practices), and costs a
 * few bytes. ETags belong to the token that read them: with a new token (each Action run's
 * GITHUB_TOKEN, an installation token after its hour) every page answers 200 again, and the
 * caller compares what it holds instead. The pages read last time are asked side by side (reads
 * are not spaced; the client caps how many run at once), then the next ones in turn until one is
 * not full.
 */
export async function* conditionalPages<T>(
  github: GitHub,
  route: string,
  params: Record<string, unknown>,
  previous: ReadonlyArray<{ etag: string | null; full: boolean }> = [],
): AsyncGenerator<ConditionalPage<T>> {
  const request = github.request as unknown as (
    route: string,
    params: Record<string, unknown>,
  ) => Promise<{ data: T[]; headers: Record<string, string | undefined> }>;
  const ask = async (page: number): Promise<ConditionalPage<T>> => {
    const before = previous[page - 1];
    const headers = before?.etag ? { "if-none-match": before.etag } : {};
    try {
      const { data, headers: got } = await request(route, {
        ...params,
        per_page: 100,
        page,
        headers,
      });
      if (!Array.isArray(data))
        throw new RoundtableError(
          `${route} (page ${page}) answered something other than a list: run again`,
        );
      return { page, etag: got.etag ?? null, data, full: data.length >= 100 };
    } catch (error) {
      if ((error as { status?: number }).status !== 304 || !before) throw error;
      return { page, etag: before.etag, data: null, full: before.full };
    }
  };
  const known = Math.max(1, previous.length);
  const first = Array.from({ length: known }, (_, i) => ask(i + 1));
  // Settled before any is used, so that a failed page does not leave the others unhandled.
  const answers = await Promise.allSettled(first);
  for (const answer of answers) {
    if (answer.status === "rejected") throw answer.reason;
    yield answer.value;
    if (!answer.value.full) return;
  }
  for (let page = known + 1; ; page++) {
    const answer = await ask(page);
    yield answer;
    if (!answer.full) return;
  }
}
