import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { getIronSession, type IronSession } from "iron-session";
import type { Coordination } from "../coordination/port.js";
import type { SignedIn } from "../github/user-auth.js";
import type { WebSettings } from "./settings.js";

/** What the sealed cookie holds: the person and their token, and the CSRF token of the session. */
export interface SessionData {
  user?: SignedIn;
  /** The session's record in the coordination store: while it says live, the cookie works. */
  id?: string;
  csrf?: string;
  /** The sign-in's `state`, checked when GitHub sends the person back, and where to go then. */
  oauthState?: string;
  next?: string;
}

export type Session = IronSession<SessionData>;

export const randomToken = () => randomBytes(24).toString("base64url");

/** A session lasts eight hours: a GitHub App's user token lives as long. */
const sessionSeconds = 8 * 60 * 60;
const scope = "web-session";
type SessionRecord = { login: string } | { ended: true };

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
    ttl: sessionSeconds,
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

/**
 * Signs `user` in: a new session id, its record in the coordination store (every instance reads
 * it) and a new CSRF token. The caller saves the session.
 */
export async function startSession(
  session: Session,
  user: SignedIn,
  coordination: Coordination,
): Promise<void> {
  session.id = randomToken();
  session.user = user;
  session.csrf = randomToken();
  const record: SessionRecord = { login: user.login };
  await coordination.cache.set(scope, session.id, record, sessionSeconds);
}

/**
 * Whether a signed-in cookie is still a live session: its record says so, for the same person.
 * A cookie from before sign-out, or whose record is gone (expired, or evicted from a full memory
 * store), is not: the person signs in again, which is the safe way to be wrong.
 */
export async function sessionLive(session: Session, coordination: Coordination): Promise<boolean> {
  if (!session.user) return true;
  if (!session.id) return false;
  const record = await coordination.cache.get<SessionRecord>(scope, session.id);
  return !!record && "login" in record && record.login === session.user.login;
}

/**
 * Ends the session everywhere: its record says ended (for as long as any copy of the cookie could
 * live), and the cookie is cleared. The caller revokes the person's token.
 */
export async function endSession(session: Session, coordination: Coordination): Promise<void> {
  if (session.id) {
    const record: SessionRecord = { ended: true };
    await coordination.cache.set(scope, session.id, record, sessionSeconds);
  }
  session.destroy();
}
