import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getIronSession, type IronSession } from "iron-session";
import type { SignedIn } from "../jobs/index.js";
import type { WebSettings } from "./settings.js";

/** What the sealed cookie holds: the person and their token, and the CSRF token of the session. */
export interface SessionData {
  user?: SignedIn;
  csrf?: string;
  /** The sign-in's `state`, checked when GitHub sends the person back, and where to go then. */
  oauthState?: string;
  next?: string;
}

export type Session = IronSession<SessionData>;

export const randomToken = () => randomBytes(24).toString("base64url");

/**
 * The session, in a cookie that is encrypted and signed (iron-session), HttpOnly, SameSite=Lax
 * (GitHub's redirect back is a top-level navigation) and Secure behind https. Eight hours: a
 * GitHub App's user token lives as long.
 */
export function sessionOf(
  req: IncomingMessage,
  res: ServerResponse,
  settings: WebSettings,
): Promise<Session> {
  return getIronSession<SessionData>(req, res, {
    password: settings.sessionSecret,
    cookieName: "roundtable_session",
    ttl: 8 * 60 * 60,
    cookieOptions: {
      httpOnly: true,
      sameSite: "lax",
      secure: settings.publicUrl.startsWith("https:"),
      path: "/",
    },
  });
}

/** Whether a POST carries the session's CSRF token (the synchronizer-token pattern). */
export function csrfMatches(session: SessionData, given: string | undefined): boolean {
  if (!session.csrf || !given) return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
