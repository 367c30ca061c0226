import type { IncomingMessage, ServerResponse } from "node:http";
import { createNodeMiddleware, createProbot } from "probot";
import roundtableApp from "./index.js";

/**
 * The app as one request handler, for platforms that call a function per request with Node's
 * request and response (Vercel and Netlify functions, Google Cloud Functions, a server of your
 * own). Settings come from the same environment as `npm start`; the signature check uses
 * WEBHOOK_SECRET.
 */
const middleware = createNodeMiddleware(roundtableApp, { probot: createProbot() });

export default async function roundtable(req: IncomingMessage, res: ServerResponse): Promise<void> {
  await (await middleware)(req, res, () => {
    res.writeHead(404).end();
  });
}
