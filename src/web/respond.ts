import type { ServerResponse } from "node:http";

/** What a route answers: a page, JSON, a redirect, or a short text. */
export type Answer =
  | { status?: number; html: string }
  | { status?: number; json: unknown }
  | { redirect: string; status?: number }
  | { status: number; text: string };

export function respond(res: ServerResponse, answer: Answer): true {
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if ("redirect" in answer) {
    res.writeHead(answer.status ?? 303, { ...headers, location: answer.redirect }).end();
  } else if ("html" in answer) {
    res
      .writeHead(answer.status ?? 200, { ...headers, "content-type": "text/html; charset=utf-8" })
      .end(answer.html);
  } else if ("json" in answer) {
    res
      .writeHead(answer.status ?? 200, { ...headers, "content-type": "application/json" })
      .end(JSON.stringify(answer.json));
  } else {
    res
      .writeHead(answer.status, { ...headers, "content-type": "text/plain; charset=utf-8" })
      .end(answer.text);
  }
  return true;
}
