import type { Hookable, RequestOptions } from "./request-hook.js";

interface Answer {
  status: number;
  headers: Record<string, string | number | undefined>;
  data: unknown;
}

/**
 * GitHub's JSON answers parsed by `JSON.parse`. Octokit parses them with json-with-bigint, which
 * keeps integers past 2^53 as BigInt and took about 4% of the app's CPU per delivery (about ten
 * times `JSON.parse`'s time on a page of issues); no number GitHub sends Roundtable is that large
 * (ids, counts). The answer is read as Octokit reads it otherwise: JSON that does not parse is
 * handed over as its text, a body whose read fails (a connection dropped mid-answer) as "" (which
 * `answersWhole` asks again), text as text, anything else as an ArrayBuffer. Errors (4xx, 5xx, a
 * 304) are Octokit's own; a request that asks for the body unparsed gets it unparsed.
 */
export function plainJson(octokit: Hookable<Answer>): void {
  octokit.hook.wrap("request", async (request, options: RequestOptions) => {
    if (options.request?.parseSuccessResponseBody === false) return request(options);
    // The options are the ones a retry around this sends again: they are given back as they came.
    const asked = options.request;
    options.request = { ...asked, parseSuccessResponseBody: false };
    let answer: Answer;
    try {
      answer = await request(options);
    } finally {
      options.request = asked;
    }
    const body = answer.data;
    if (!(body instanceof ReadableStream)) return answer;
    answer.data = await bodyOf(body, String(answer.headers["content-type"] ?? ""));
    return answer;
  });
}

async function bodyOf(body: ReadableStream<Uint8Array>, contentType: string): Promise<unknown> {
  const kind = kindOf(contentType);
  let bytes: Uint8Array;
  try {
    bytes = await whole(body);
  } catch {
    return kind === "binary" ? new ArrayBuffer(0) : "";
  }
  if (kind === "binary")
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const text = new TextDecoder().decode(bytes);
  if (kind === "text" || !text) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** How Octokit reads a body of this content type: as JSON, as text, or as bytes. */
function kindOf(contentType: string): "json" | "text" | "binary" {
  const [type = "", ...parameters] = contentType.toLowerCase().split(";");
  const media = type.trim();
  if (!media) return "text";
  if (media === "application/json" || media === "application/scim+json") return "json";
  const utf8 = parameters.some((p) => p.trim().replace(/"/g, "") === "charset=utf-8");
  return media.startsWith("text/") || (utf8 && media !== "application/octet-stream")
    ? "text"
    : "binary";
}

async function whole(body: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}
