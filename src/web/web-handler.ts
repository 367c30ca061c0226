import type { IncomingMessage, ServerResponse } from "node:http";
import { memoryCoordination } from "../coordination/memory.js";
import type { Coordination } from "../coordination/port.js";
import type { GitHub } from "../github/client.js";
import type { BallotKeys } from "../jobs/ballot-keys.js";
import type { FollowUp } from "../jobs/follow-up.js";
import { staticFile, staticFiles } from "../jobs/static-files.js";
import { webBase } from "../render/web/layout.js";
import { notFoundPage, noticePage } from "../render/web/not-found-page.js";
import type { BallotJournal } from "./ballot-journal.js";
import { LiveRooms } from "./live-rooms.js";
import { PageBudget } from "./page-budget.js";
import { type PendingBallots, pendingBallots } from "./pending-ballots.js";
import { type Answer, respond } from "./respond.js";
import { type Route, routes } from "./routes.js";
import { RsvpStreams } from "./rsvp-streams.js";
import { randomToken, type Session, sessionLive, sessionOf } from "./session.js";
import type { WebSettings } from "./settings.js";

export interface WebDeps {
  settings: WebSettings;
  /** The app's client for a repository it is installed on (Probot's `app.auth`). */
  installation: (owner: string, repo: string) => Promise<GitHub>;
  /** The app's installation id on a repository: ballots' pseudonyms are keyed by it. */
  installationId?: (owner: string, repo: string) => Promise<number>;
  /** Shared by the app's instances; one process's memory when absent. */
  coordination?: Coordination;
  now?: () => string;
  log?: (line: string) => void;
  /** From BALLOT_SECRET: without it the ballot page says ballots are not set up. */
  ballotKeys?: BallotKeys;
  /** Where ballots waiting for their batch outlive a restart (without Redis). */
  ballotJournal?: BallotJournal;
  /**
   * What a page's use case asks to run next (a seat's invitation timers), handed to the app's
   * runner of follow-ups: no page arms a timer itself.
   */
  followUps?: (owner: string, repo: string, list: FollowUp[]) => Promise<void>;
}

export interface Web {
  /** Answers the request when it is one of the pages' (under /roundtable); false otherwise. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Tell the rooms of a meeting, on every instance, that it changed (the app calls it). */
  changed: (owner: string, repo: string, issue: number) => Promise<void>;
  rooms: LiveRooms;
  /** Ballots waiting for their batch; the app's row of the batches' timers runs `flush`. */
  ballots: PendingBallots;
  close: () => Promise<void>;
}

/** Titles of the refusals a browser's GET is shown as a page. */
const refusalTitles: Record<number, string> = {
  429: "Too many requests",
  502: "GitHub could not be read",
};

/**
 * A refusal in words, as JSON to the pages' scripts (which ask for it); to a browser's GET, a page
 * that says who is signed in (a page not found, too many requests, GitHub not answering); text
 * otherwise.
 */
async function asPage(
  req: IncomingMessage,
  url: URL,
  session: Session,
  answer: Answer,
): Promise<Answer> {
  if (!("text" in answer)) return answer;
  if ((req.headers.accept ?? "").includes("application/json"))
    return { status: answer.status, json: { message: answer.text } };
  const notFound = answer.status === 404 && answer.text === "Not found";
  const title = refusalTitles[answer.status];
  if (req.method !== "GET" || !(notFound || title)) return answer;
  const user = session.user;
  if (user && !session.csrf) {
    session.csrf = randomToken();
    await session.save();
  }
  const viewer = user && session.csrf ? { login: user.login, csrf: session.csrf } : null;
  const shown = notFound
    ? notFoundPage(viewer, url.pathname)
    : noticePage(viewer, title as string, answer.text);
  return { status: answer.status, html: shown.text };
}

/** The content security policy: nothing from anywhere else, no inline script, no framing. */
export const contentSecurityPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self' https:; base-uri 'none'; frame-ancestors 'none'";

/** The pages' static files (script, styles), read once. */
function staticServer(): (req: IncomingMessage, res: ServerResponse, url: URL) => boolean {
  const files = new Map(
    (Object.keys(staticFiles) as Array<keyof typeof staticFiles>).map((name) => [
      name,
      staticFile(name),
    ]),
  );
  return (req, res, url) => {
    const file = /^\/roundtable\/static\/([\w.-]+)$/.exec(url.pathname)?.[1];
    if (!file || req.method !== "GET") return false;
    const body = files.get(file as keyof typeof staticFiles);
    if (body === undefined) return respond(res, { status: 404, text: "Not found" });
    res.writeHead(200, {
      "content-type": staticFiles[file as keyof typeof staticFiles],
      "cache-control": "public, max-age=300",
    });
    res.end(body);
    return true;
  };
}

/** The first route whose method and path match answers; none: the page not found. */
async function dispatch(
  table: Route[],
  ctx: { req: IncomingMessage; res: ServerResponse; url: URL; session: Session },
): Promise<true> {
  const { req, res, url, session } = ctx;
  for (const route of table) {
    if (route.method !== req.method) continue;
    const match = route.path.exec(url.pathname);
    if (!match) continue;
    const answer = await route.run({ ...ctx, groups: match.slice(1) });
    if (answer !== "streaming") respond(res, await asPage(req, url, session, answer));
    return true;
  }
  return respond(res, await asPage(req, url, session, { status: 404, text: "Not found" }));
}

/** A signed-in person past their budget of page requests is told when to come back (429). */
async function refusedOverBudget(
  budget: PageBudget,
  {
    req,
    res,
    url,
    session,
  }: { req: IncomingMessage; res: ServerResponse; url: URL; session: Session },
): Promise<boolean> {
  // Signing out is never refused: it ends a session, and costs the installation nothing.
  const signingOut = req.method === "POST" && url.pathname === `${webBase}/signout`;
  const wait = session.user && !signingOut ? budget.take(session.user.login) : undefined;
  if (wait === undefined) return false;
  res.setHeader("retry-after", String(wait));
  const text = `You have asked for these pages more often than the app allows one person (${budget.perHour} an hour). Try again in ${wait} s.`;
  return respond(res, await asPage(req, url, session, { status: 429, text }));
}

/** The rooms people watch live, shared with the app's other instances through `coordination`. */
function liveRooms(
  deps: WebDeps,
  coordination: Coordination,
  now: () => string,
  log: (line: string) => void,
): LiveRooms {
  const { settings } = deps;
  return new LiveRooms({
    installation: deps.installation,
    coordination,
    pollMs: settings.pollSeconds * 1000,
    invitationPollMs: settings.invitationPollSeconds * 1000,
    streamsPerSession: settings.streamsPerSession,
    streamsPerAddress: settings.streamsPerAddress,
    now,
    log,
  });
}

/**
 * The web pages, served by the app's HTTP server: sign-in with GitHub, the board, the meeting
 * room with its live updates, the print view.
 */
export function webHandler(deps: WebDeps): Web {
  const now = deps.now ?? (() => new Date().toISOString());
  const log = deps.log ?? (() => {});
  const coordination = deps.coordination ?? memoryCoordination();
  const rooms = liveRooms(deps, coordination, now, log);
  const serveStatic = staticServer();
  const installationId = deps.installationId ?? (async () => 0);
  const ballots = pendingBallots({
    coordination,
    installation: deps.installation,
    installationId,
    keys: deps.ballotKeys,
    ...(deps.ballotJournal ? { journal: deps.ballotJournal } : {}),
    ...(deps.followUps ? { followUps: deps.followUps } : {}),
    batchSeconds: deps.settings.batchSeconds,
    now,
    log,
  });
  const rsvpStreams = new RsvpStreams(coordination, deps.settings);
  const shared = { installationId, now, log, rooms, ballots, coordination, rsvpStreams };
  const table = routes({ ...deps, ...shared });
  // What one person can make the app ask of GitHub, bounded (page-budget.ts).
  const budget = new PageBudget(deps.settings.pageRequestsPerHour);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== webBase && !url.pathname.startsWith(`${webBase}/`)) return false;
    res.setHeader("content-security-policy", contentSecurityPolicy);
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "same-origin");
    if (serveStatic(req, res, url)) return true;
    try {
      const session = await sessionOf(req, res, deps.settings);
      // A cookie whose session was signed out (on any instance) is a visitor's again.
      if (!(await sessionLive(session, coordination))) session.destroy();
      const ctx = { req, res, url, session };
      return (await refusedOverBudget(budget, ctx)) || (await dispatch(table, ctx));
    } catch (error) {
      log(`web ${req.method} ${url.pathname}: ${(error as Error).stack ?? error}`);
      if (!res.headersSent)
        respond(res, {
          status: 502,
          text: "GitHub could not be read just now. Try again in a moment.",
        });
      else res.end();
      return true;
    }
  };
  return {
    handle,
    changed: (owner, repo, issue) => rooms.publish({ owner, repo, issue }, "changed"),
    rooms,
    ballots,
    close: async () => {
      await rooms.close();
      rsvpStreams.close();
      if (!deps.coordination) await coordination.close();
    },
  };
}
