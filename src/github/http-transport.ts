import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createUnzip } from "node:zlib";

/**
 * Idle connections are kept 4 s (as Node's fetch keeps them), under the 5 s most servers keep
 * theirs, so a request is not sent on a connection the server is closing.
 */
const idleMs = 4_000;
const agents = {
  "http:": new HttpAgent({ keepAlive: true, timeout: idleMs }),
  "https:": new HttpsAgent({ keepAlive: true, timeout: idleMs }),
};

/** What fetch follows at most, as Node's own does. */
const maxRedirects = 20;

/**
 * A `fetch` for Octokit (its `request.fetch`) over Node's own HTTP client: the same requests on
 * kept-alive connections, the same answers, for about a quarter of the CPU that Node's fetch spends
 * on its web streams, Request and Response objects (bench: a request of the app cost 0.6-1.2 ms
 * of CPU through fetch, 0.1-0.3 ms through this; most of the app's CPU per delivery was fetch).
 * What Octokit reads of an answer: its status, URL and headers, then its body whole (`text`,
 * `arrayBuffer`) or as a stream (`body`), read once. As fetch does, it follows redirects (a
 * renamed repository) without the token when they leave the host, answers once the headers have
 * come (a body cut off later fails its read, which Octokit hands over as an empty answer), and
 * fails as fetch fails: a TypeError whose cause is the socket's error, or an AbortError. Anything
 * else (a streamed body, a redirect mode, another scheme) goes to fetch itself.
 */
export const httpTransport: typeof fetch = (input, init = {}) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : undefined;
  const body = init.body ?? undefined;
  const plainBody = body === undefined || typeof body === "string" || body instanceof Uint8Array;
  if (!url || !plainBody || init.redirect || !/^https?:/i.test(url)) return fetch(input, init);
  return send(new URL(url), (init.method ?? "GET").toUpperCase(), headersOf(init), body, init);
};

function headersOf(init: RequestInit): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => {
    headers[name] = value;
  });
  return headers;
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  init: RequestInit,
  redirects = 0,
): Promise<Response> {
  const signal = init.signal ?? undefined;
  if (signal?.aborted) return Promise.reject(aborted());
  return new Promise<Response>((resolve, reject) => {
    const https = url.protocol === "https:";
    const request = (https ? httpsRequest : httpRequest)(url, {
      method,
      headers: body === undefined ? headers : { ...headers, "content-length": byteLength(body) },
      agent: agents[https ? "https:" : "http:"],
    });
    // Destroyed without an error of its own: what fails (the request, or the read of its body)
    // fails with an AbortError, the signal being aborted.
    const onAbort = () => request.destroy();
    signal?.addEventListener("abort", onAbort, { once: true });
    const done = () => signal?.removeEventListener("abort", onAbort);
    request.once("error", (error) => {
      done();
      reject(signal?.aborted ? aborted() : new TypeError("fetch failed", { cause: error }));
    });
    request.once("response", (answer) => {
      const status = answer.statusCode ?? 0;
      const location = answer.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && location) {
        answer.resume();
        done();
        if (redirects >= maxRedirects)
          return reject(
            new TypeError("fetch failed", { cause: new Error("redirect count exceeded") }),
          );
        const next = new URL(location, url);
        // As fetch: a 303, or a POST answered 301/302, is asked again as a GET without its body;
        // the token does not go to another host.
        const asGet = status === 303 || ((status === 301 || status === 302) && method === "POST");
        const nextHeaders = { ...headers };
        if (next.origin !== url.origin) delete nextHeaders.authorization;
        if (asGet) delete nextHeaders["content-type"];
        send(
          next,
          asGet ? "GET" : method,
          nextHeaders,
          asGet ? undefined : body,
          init,
          redirects + 1,
        ).then(resolve, reject);
        return;
      }
      answer.once("end", done).once("close", done);
      resolve(responseOf(url, answer, signal, redirects > 0));
    });
    request.end(body);
  });
}

const byteLength = (body: string | Uint8Array) =>
  String(typeof body === "string" ? Buffer.byteLength(body) : body.byteLength);

/** What fetch rejects with once its signal aborts. */
const aborted = () => new DOMException("This operation was aborted", "AbortError");

/**
 * The answer as fetch's Response, as much of it as Octokit reads. Its body is read as it comes,
 * whoever asks for it later: a read that fails (a connection dropped mid-body, the signal aborted)
 * then fails whoever asks, as fetch's does, and never goes unheard.
 */
function responseOf(
  url: URL,
  answer: IncomingMessage,
  signal: AbortSignal | undefined,
  redirected: boolean,
): Response {
  const headers = new Headers();
  const raw = answer.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2)
    headers.append(raw[i] as string, raw[i + 1] as string);
  const bytes = bodyOf(answer, signal);
  let used = false;
  const whole = () => {
    if (used) return Promise.reject(new TypeError("Body is unusable: Body has already been read"));
    used = true;
    return bytes;
  };
  const status = answer.statusCode ?? 0;
  return {
    status,
    statusText: answer.statusMessage ?? "",
    ok: status >= 200 && status < 300,
    url: url.href,
    redirected,
    headers,
    get body() {
      const read = whole();
      return new ReadableStream<Uint8Array>({
        async start(controller) {
          try {
            const all = await read;
            if (all.length) controller.enqueue(new Uint8Array(all));
            controller.close();
          } catch (error) {
            controller.error(error);
          }
        },
      });
    },
    get bodyUsed() {
      return used;
    },
    text: async () => (await whole()).toString("utf8"),
    json: async () => JSON.parse((await whole()).toString("utf8")),
    arrayBuffer: async () => {
      const all = await whole();
      return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
    },
  } as unknown as Response;
}

/** The answer's body, whole, read as it comes; a failed read is heard here, and fails its readers. */
function bodyOf(answer: IncomingMessage, signal: AbortSignal | undefined): Promise<Buffer> {
  const bytes = new Promise<Buffer>((resolve, reject) => {
    const stream = decoded(answer);
    const chunks: Buffer[] = [];
    const fail = (error?: Error) =>
      reject(signal?.aborted ? aborted() : new TypeError("terminated", { cause: error }));
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.once("end", () => resolve(Buffer.concat(chunks)));
    stream.once("error", fail);
    answer.once("close", () => {
      if (!answer.complete) fail(new Error("the connection closed before the answer was whole"));
    });
  });
  bytes.catch(() => {});
  return bytes;
}

/** The body as sent, unpacked where the server compressed it (Octokit asks for no compression). */
function decoded(answer: IncomingMessage): Readable {
  const encoding = String(answer.headers["content-encoding"] ?? "").toLowerCase();
  const unpack =
    encoding === "gzip" || encoding === "deflate"
      ? createUnzip()
      : encoding === "br"
        ? createBrotliDecompress()
        : undefined;
  if (!unpack) return answer;
  answer.on("error", (error) => unpack.destroy(error));
  return answer.pipe(unpack);
}
