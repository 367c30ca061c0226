import type { IncomingMessage, ServerResponse } from "node:http";
import { roundtableHandler } from "./server.js";

/**
 * The app as one request handler, for platforms that call a function per request with Node's
 * request and response (Vercel and Netlify functions, Google Cloud Functions, a server of your
 * own). Settings come from the same environment as `npm start`; the signature check uses
 * WEBHOOK_SECRET. Several function instances run at once: set REDIS_URL.
 */
const handler = roundtableHandler();

export default async function roundtable(req: IncomingMessage, res: ServerResponse): Promise<void> {
  await (await handler).handle(req, res);
}
