import type { IncomingMessage, ServerResponse } from "node:http";
import type { Answer } from "../respond.js";
import type { Session } from "../session.js";

/** One request as a route sees it: the path's groups are what its pattern captured. */
export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  session: Session;
  groups: string[];
}

export const notFound: Answer = { status: 404, text: "Not found" };
export const formExpired: Answer = {
  status: 403,
  text: "This form has expired: reload the page and try again.",
};
