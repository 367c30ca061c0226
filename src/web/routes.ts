import type { IncomingMessage, ServerResponse } from "node:http";
import type { Coordination } from "../coordination/port.js";
import {
  answerRsvp,
  asUser,
  type BallotChange,
  type BallotKeys,
  ballotPage,
  boardPage,
  canRead,
  commentAsUser,
  completeSignIn,
  decideBallot,
  facilitatesMeeting,
  type GitHub,
  homePage,
  inviteWarning,
  loadBallotView,
  loadBoardView,
  loadPoster,
  loadRoom,
  loadRsvpView,
  posterPage,
  type RoomCommand,
  reactAsUser,
  readIssueFacts,
  refreshVote,
  refusePress,
  revokeSignIn,
  roomPage,
  rsvpPage,
  type SignedIn,
  signInUrl,
  webBase,
} from "../jobs/index.js";
import { BoundedCache } from "./bounded-cache.js";
import type { LiveRooms } from "./live-rooms.js";
import type { PendingBallots } from "./pending-ballots.js";
import type { Answer } from "./respond.js";
import { rsvpToken, rsvpTokenMatches } from "./rsvp-token.js";
import { csrfMatches, endSession, randomToken, type Session, startSession } from "./session.js";
import type { WebSettings } from "./settings.js";
import { transcriptRoute } from "./transcript-route.js";

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  session: Session;
  groups: string[];
}

export interface Route {
  method: "GET" | "POST";
  path: RegExp;
  run: (ctx: RouteContext) => Promise<Answer | "streaming">;
}

interface Deps {
  settings: WebSettings;
  installation: (owner: string, repo: string) => Promise<GitHub>;
  installationId: (owner: string, repo: string) => Promise<number>;
  now: () => string;
  log: (line: string) => void;
  rooms: LiveRooms;
  ballots: PendingBallots;
  ballotKeys?: BallotKeys;
  /** The repository leases: an RSVP takes a seat under the same lock as a /join. */
  coordination: Coordination;
  seatsChanged?: (owner: string, repo: string, issue: number) => Promise<void>;
}

/** The facilitator's buttons and the command each posts in the meeting issue, as the person. */
const commands: Record<string, string> = {
  start: "/start",
  next: "/next",
  extend: "/extend",
  checkin: "/checkin",
  end: "/end",
  "close-votes": "/close-votes",
};

const notFound: Answer = { status: 404, text: "Not found" };
/** Where a sign-in may return: a path of ours only, so the sign-in never sends anyone elsewhere. */
const safeNext = /^\/roundtable(\/[\w./-]*)?(\?t=[\w-]+)?$/;
/** How long a person's access to a repository is trusted without asking GitHub again. */
export const accessCacheMs = 5_000;
const accessCacheSize = 10_000;
const name = "([A-Za-z0-9_.-]+)";
const repoPath = `^${webBase}/${name}/${name}`;

/** The routes of the pages, first match wins. */
export function routes(deps: Deps): Route[] {
  const { settings } = deps;
  const callback = `${settings.publicUrl}${webBase}/callback`;
  // Whether a person's token reads a repository (every page view asks): remembered briefly, so
  // that a person removed from the repository loses its pages within seconds, and for a bounded
  // number of people and repositories. The question itself is remembered, so that a hundred
  // requests arriving before GitHub answers the first ask it once.
  const readable = new BoundedCache<Promise<boolean>>(accessCacheSize, accessCacheMs);
  // Repositories whose invitation warning was logged (once a day each).
  const warned = new BoundedCache<boolean>(1_000, 24 * 60 * 60_000);

  /**
   * The signed-in person who can read owner/repo with their own token. Everyone else gets 404,
   * never 403: a private repository's existence does not leak. Not signed in: to the sign-in.
   */
  const access = async (
    ctx: RouteContext,
    owner: string,
    repo: string,
  ): Promise<{ user: SignedIn; github: GitHub; csrf: string } | Answer> => {
    const user = ctx.session.user;
    if (!user) {
      if (ctx.req.method !== "GET" || ctx.url.pathname.endsWith("/events"))
        return { status: 401, text: "Sign in first." };
      return {
        redirect: `${webBase}/signin?next=${encodeURIComponent(ctx.url.pathname)}`,
        status: 302,
      };
    }
    const github = asUser(settings, user.token);
    const key = `${user.login}\n${owner}/${repo}`.toLowerCase();
    // Asked again once it expires, however often the person comes back meanwhile.
    let asking = readable.get(key);
    if (asking === undefined) {
      asking = canRead(github, owner, repo);
      readable.set(key, asking);
      // A question GitHub did not answer is asked again by the next request.
      asking.catch(() => readable.delete(key));
    }
    if (!(await asking)) return notFound;
    if (!ctx.session.csrf) {
      ctx.session.csrf = randomToken();
      await ctx.session.save();
    }
    return { user, github, csrf: ctx.session.csrf };
  };

  /** A POST from the page: signed in, able to read the repository, and carrying the CSRF token. */
  const post = async (ctx: RouteContext, owner: string, repo: string) => {
    const form = await readForm(ctx.req);
    if (!csrfMatches(ctx.session, form.get("csrf") ?? undefined))
      return {
        status: 403,
        text: "This form has expired: reload the page and try again.",
      } as Answer;
    const allowed = await access(ctx, owner, repo);
    return "user" in allowed ? { ...allowed, form } : allowed;
  };

  const wantsJson = (ctx: RouteContext) =>
    (ctx.req.headers.accept ?? "").includes("application/json");
  const done = (ctx: RouteContext, message: string, back: string): Answer =>
    wantsJson(ctx) ? { json: { message } } : { redirect: back };

  /** A meeting's RSVP link, with its token. */
  const shareLink = (owner: string, repo: string, n: string) =>
    `${settings.publicUrl}${rsvpPath(owner, repo, n)}?t=${rsvpToken(rsvpSecret(settings), owner, repo, Number(n))}`;

  /** The room as it is now, its roman vote re-read: what a press is checked against. */
  const roomNow = async (key: { owner: string; repo: string; issue: number }) => {
    if (!(await deps.rooms.isMeeting(key))) return null;
    const github = await deps.installation(key.owner, key.repo);
    const room = deps.rooms.current(key) ?? (await loadRoom(github, key, deps.now()));
    return room && (await refreshVote(github, key, room));
  };

  /**
   * Why a facilitator's press is refused, decided by the rule the meeting applies: the button
   * said what the command would do, and the room may have changed since it was drawn.
   */
  const pressRefused = async (
    key: { owner: string; repo: string; issue: number },
    command: RoomCommand,
    does: string | null,
  ): Promise<string | undefined> => {
    const room = await roomNow(key);
    if (!room) return "This meeting is gone.";
    return refusePress(room, command, does, deps.now());
  };

  /**
   * A refusal where the person pressed: JSON for the page's script; without a script, the room
   * again with the reason beside the buttons.
   */
  const refusal = async (
    ctx: RouteContext,
    reason: string,
    allowed: { user: SignedIn; csrf: string },
  ): Promise<Answer> => {
    if (wantsJson(ctx)) return { status: 409, json: { message: reason } };
    const [owner = "", repo = "", n = ""] = ctx.groups;
    const room = await roomNow({ owner, repo, issue: Number(n) });
    if (!room) return { status: 409, text: reason };
    const viewer = { login: allowed.user.login, csrf: allowed.csrf };
    const where = ctx.url.pathname.endsWith("/vote") ? "vote" : "controls";
    const page = roomPage(room, viewer, deps.now(), { refused: { where, reason } });
    return { status: 409, html: page.text };
  };

  return [
    {
      method: "GET",
      path: new RegExp(`^${webBase}/?$`),
      run: async (ctx) => {
        const user = ctx.session.user;
        const csrf = ctx.session.csrf;
        return { html: homePage(user && csrf ? { login: user.login, csrf } : null).text };
      },
    },
    {
      method: "GET",
      path: new RegExp(`^${webBase}/signin$`),
      run: async (ctx) => {
        const next = ctx.url.searchParams.get("next") ?? webBase;
        ctx.session.oauthState = randomToken();
        // Only a path of ours: the sign-in never sends anyone elsewhere.
        ctx.session.next = safeNext.test(next) ? next : webBase;
        await ctx.session.save();
        return { redirect: signInUrl(settings, callback, ctx.session.oauthState), status: 302 };
      },
    },
    {
      method: "GET",
      path: new RegExp(`^${webBase}/callback$`),
      run: async (ctx) => {
        const code = ctx.url.searchParams.get("code");
        const state = ctx.url.searchParams.get("state");
        if (!code || !state || state !== ctx.session.oauthState)
          return { status: 400, text: "This sign-in link has expired: sign in again." };
        const user = await completeSignIn(settings, code, callback);
        await startSession(ctx.session, user, deps.coordination);
        const next = ctx.session.next ?? webBase;
        ctx.session.oauthState = undefined;
        ctx.session.next = undefined;
        await ctx.session.save();
        deps.log(`web: ${user.login} signed in`);
        return { redirect: next, status: 302 };
      },
    },
    {
      method: "POST",
      path: new RegExp(`^${webBase}/signout$`),
      run: async (ctx) => {
        const form = await readForm(ctx.req);
        if (!csrfMatches(ctx.session, form.get("csrf") ?? undefined))
          return { status: 403, text: "This form has expired: reload the page and try again." };
        const token = ctx.session.user?.token;
        await endSession(ctx.session, deps.coordination);
        // The token is revoked too: a copy of the cookie made before sign-out acts as no one.
        if (token)
          await revokeSignIn(settings, token).catch((error: Error) =>
            deps.log(`web: sign-out could not revoke the token: ${error.message}`),
          );
        // "Sign in as someone else" from a page not found: back to the sign-in, for that page.
        const next = form.get("next");
        return next && safeNext.test(next)
          ? { redirect: `${webBase}/signin?next=${encodeURIComponent(next)}` }
          : { redirect: webBase };
      },
    },
    {
      method: "GET",
      path: new RegExp(`${repoPath}$`),
      run: async (ctx) => {
        const [owner = "", repo = ""] = ctx.groups;
        const allowed = await access(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        const board = await loadBoardView(
          await deps.installation(owner, repo),
          { owner, repo },
          deps.now(),
        );
        return { html: boardPage(board, { login: allowed.user.login, csrf: allowed.csrf }).text };
      },
    },
    {
      method: "GET",
      path: new RegExp(`${repoPath}/ballot$`),
      run: async (ctx) => {
        const [owner = "", repo = ""] = ctx.groups;
        const allowed = await access(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        const keys = deps.ballotKeys;
        if (!keys) return noBallots;
        const view = await loadBallotView(
          await deps.installation(owner, repo),
          { owner, repo, installation: await deps.installationId(owner, repo) },
          {
            login: allowed.user.login,
            keys,
            pending: (p) => deps.ballots.get(owner, repo, p),
          },
          deps.now(),
        );
        // A round that closed by its roundEnd: its last batch is written and opened.
        if (view.closed) await deps.ballots.settle(owner, repo);
        return { html: ballotPage(view, { login: allowed.user.login, csrf: allowed.csrf }).text };
      },
    },
    {
      method: "POST",
      path: new RegExp(`${repoPath}/ballot$`),
      run: async (ctx) => {
        const [owner = "", repo = ""] = ctx.groups;
        const allowed = await post(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        const keys = deps.ballotKeys;
        if (!keys) return noBallots;
        const change = ballotChange(allowed.form);
        if (!change) return { status: 400, text: "Add, take back or move a dot." };
        // Decided on the board as it stands now: eligibility, the round, the rules.
        const view = await loadBallotView(
          await deps.installation(owner, repo),
          { owner, repo, installation: await deps.installationId(owner, repo) },
          {
            login: allowed.user.login,
            keys,
            pending: (p) => deps.ballots.get(owner, repo, p),
          },
          deps.now(),
        );
        const decided = decideBallot(view, change);
        if ("refused" in decided)
          return wantsJson(ctx)
            ? { status: 409, json: { message: decided.refused } }
            : { status: 403, text: decided.refused };
        await deps.ballots.put(owner, repo, decided.ballot, view.roundEnd);
        return done(ctx, "Saved.", `${webBase}/${owner}/${repo}/ballot`);
      },
    },
    {
      method: "GET",
      path: new RegExp(`${repoPath}/meetings/(\\d+)$`),
      run: async (ctx) => {
        const [owner = "", repo = "", n = ""] = ctx.groups;
        const allowed = await access(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        const now = deps.now();
        if (!(await deps.rooms.isMeeting({ owner, repo, issue: Number(n) }))) return notFound;
        // A room people are watching is current already: its page costs no read of GitHub.
        const room =
          deps.rooms.current({ owner, repo, issue: Number(n) }) ??
          (await loadRoom(
            await deps.installation(owner, repo),
            { owner, repo, issue: Number(n) },
            now,
          ));
        if (!room) return notFound;
        // Back from a vote without the script: the vote re-read (GitHub sends no webhook for
        // it, and the live room reads it only on its next poll), so the page shows the change.
        const voted = ctx.url.searchParams.get("voted");
        const shown =
          voted === "up" || voted === "down"
            ? await refreshVote(await deps.installation(owner, repo), { owner, repo }, room)
            : room;
        const login = allowed.user.login;
        // The facilitator's controls and share link (it lets anyone take a seat): theirs only,
        // asked of GitHub for one the meeting does not name (a team's or a role's facilitator).
        const runs =
          room.facilitators.some((f) => f.toLowerCase() === login.toLowerCase()) ||
          (await facilitatesMeeting(
            await deps.installation(owner, repo),
            { owner, repo, issue: Number(n) },
            login,
          ));
        const viewer = { login, csrf: allowed.csrf, facilitates: runs };
        const said =
          voted === "up" ? "You voted 👍 go on." : voted === "down" ? "You voted 👎 move on." : "";
        const rsvpLink = runs ? shareLink(owner, repo, n) : undefined;
        const options = { ...(said ? { said } : {}), ...(rsvpLink ? { rsvpLink } : {}) };
        return { html: roomPage(shown, viewer, now, options).text };
      },
    },
    {
      method: "GET",
      path: new RegExp(`${repoPath}/meetings/(\\d+)/events$`),
      run: async (ctx) => {
        const [owner = "", repo = "", n = ""] = ctx.groups;
        const allowed = await access(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        // Capped per session and per address; a number that is no meeting costs no room.
        return deps.rooms.join({ owner, repo, issue: Number(n) }, ctx.res, {
          session: ctx.session.id ?? allowed.user.login,
          address: ctx.req.socket.remoteAddress ?? "",
        });
      },
    },
    {
      method: "GET",
      path: new RegExp(`${repoPath}/meetings/(\\d+)/poster$`),
      run: async (ctx) => {
        const [owner = "", repo = "", n = ""] = ctx.groups;
        const allowed = await access(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        if (!(await deps.rooms.isMeeting({ owner, repo, issue: Number(n) }))) return notFound;
        const poster = await loadPoster(
          await deps.installation(owner, repo),
          { owner, repo, issue: Number(n) },
          deps.now(),
        );
        if (!poster)
          return { status: 404, text: "This meeting has no schedule yet: /schedule makes one." };
        const paper = ctx.url.searchParams.get("paper") === "a4" ? "a4" : "a1";
        const orientation =
          ctx.url.searchParams.get("orientation") === "portrait" ? "portrait" : "landscape";
        const viewer = { login: allowed.user.login, csrf: allowed.csrf };
        return { html: posterPage(poster, viewer, { paper, orientation }).text };
      },
    },
    ...rsvpRoutes(deps),
    transcriptRoute({ ...deps, access }),
    {
      method: "GET",
      path: new RegExp(`${repoPath}/meetings/(\\d+)/rsvp-link$`),
      run: async (ctx) => {
        // The link to share: for the meeting's facilitator only, since it lets anyone take a seat.
        const [owner = "", repo = "", n = ""] = ctx.groups;
        const allowed = await access(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        const github = await deps.installation(owner, repo);
        const meeting = { owner, repo, issue: Number(n) };
        if (!(await facilitatesMeeting(github, meeting, allowed.user.login)))
          return { status: 403, text: "Only the meeting's facilitator can share its RSVP link." };
        const link = shareLink(owner, repo, n);
        const warning = await inviteWarning(github, meeting);
        if (warning && !warned.get(`${owner}/${repo}`.toLowerCase())) {
          warned.set(`${owner}/${repo}`.toLowerCase(), true);
          deps.log(`web: ${warning}`);
        }
        return { json: warning ? { link, warning } : { link } };
      },
    },
    {
      method: "POST",
      path: new RegExp(`${repoPath}/meetings/(\\d+)/command$`),
      run: async (ctx) => {
        const [owner = "", repo = "", n = ""] = ctx.groups;
        const allowed = await post(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        // "next close-13-take-5": the command, and what its button said it would do.
        const [name = "", does = null] = (allowed.form.get("command") ?? "").split(" ");
        const command = commands[name];
        if (!command) return { status: 400, text: "Unknown command." };
        const key = { owner, repo, issue: Number(n) };
        const refused = await pressRefused(key, name as RoomCommand, does);
        if (refused) return refusal(ctx, refused, allowed);
        // The comment is the person's own: the meeting's one log, and the app's jobs act on it.
        await commentAsUser(allowed.github, key, command);
        return done(
          ctx,
          `Posted ${command} in the meeting issue: the room follows in a moment.`,
          `${webBase}/${owner}/${repo}/meetings/${n}`,
        );
      },
    },
    {
      method: "POST",
      path: new RegExp(`${repoPath}/meetings/(\\d+)/vote$`),
      run: async (ctx) => {
        const [owner = "", repo = "", n = ""] = ctx.groups;
        const allowed = await post(ctx, owner, repo);
        if (!("user" in allowed)) return allowed;
        const vote = allowed.form.get("vote");
        if (vote !== "up" && vote !== "down") return { status: 400, text: "Vote up or down." };
        const key = { owner, repo, issue: Number(n) };
        if (!(await deps.rooms.isMeeting(key))) return notFound;
        const room =
          deps.rooms.current(key) ??
          (await loadRoom(await deps.installation(owner, repo), key, deps.now()));
        const comment = room?.table?.vote.commentId;
        if (!comment || room?.ended)
          return refusal(
            ctx,
            "There is no roman vote right now: it opens when a topic is on the table.",
            allowed,
          );
        await reactAsUser(allowed.github, { owner, repo, comment }, vote === "up" ? "+1" : "-1");
        await deps.rooms.publish(key, "vote");
        return done(
          ctx,
          vote === "up" ? "You voted 👍 go on." : "You voted 👎 move on.",
          `${webBase}/${owner}/${repo}/meetings/${n}?voted=${vote}`,
        );
      },
    },
  ];
}

const noBallots: Answer = {
  status: 503,
  text: "Private ballots are not set up on this app: its operator sets BALLOT_SECRET.",
};

/** The change a ballot form asks for: a button `add` or `remove` with a topic, or `from` and `to`. */
function ballotChange(form: URLSearchParams): BallotChange | null {
  const topic = (name: string) => {
    const value = form.get(name);
    return value && /^\d{1,9}$/.test(value) ? Number(value) : null;
  };
  const add = topic("add");
  if (add !== null) return { kind: "add", topic: add };
  const remove = topic("remove");
  if (remove !== null) return { kind: "remove", topic: remove };
  const from = topic("from");
  const to = topic("to");
  if (from !== null && to !== null && from !== to) return { kind: "move", from, to };
  return null;
}

const rsvpSecret = (settings: WebSettings) => settings.rsvpSecret ?? settings.sessionSecret;
const rsvpPath = (owner: string, repo: string, n: string) =>
  `${webBase}/${owner}/${repo}/meetings/${n}/rsvp`;

/**
 * The RSVP page: the one page open to people who cannot read the repository. Its link carries the
 * meeting's token; without the right one it is 404, like any page a person may not see. Signing
 * in (the App's user authorization) is all it asks; the seat is taken with the app's own client,
 * under the repository's lease, as a /join is.
 */
function rsvpRoutes(deps: Deps): Route[] {
  const { settings } = deps;
  const target = (ctx: RouteContext) => {
    const [owner = "", repo = "", n = ""] = ctx.groups;
    const token = ctx.url.searchParams.get("t");
    const ok = rsvpTokenMatches(rsvpSecret(settings), owner, repo, Number(n), token);
    return ok
      ? { owner, repo, issue: Number(n), self: `${rsvpPath(owner, repo, n)}?t=${token}` }
      : null;
  };
  const path = new RegExp(`${repoPath}/meetings/(\\d+)/rsvp$`);
  return [
    {
      method: "GET",
      path,
      run: async (ctx) => {
        const meeting = target(ctx);
        if (!meeting) return notFound;
        const user = ctx.session.user;
        if (user && !ctx.session.csrf) {
          ctx.session.csrf = randomToken();
          await ctx.session.save();
        }
        const github = await deps.installation(meeting.owner, meeting.repo);
        const view = await loadRsvpView(github, meeting, deps.now(), user?.login ?? null);
        if (!view) return notFound;
        const viewer =
          user && ctx.session.csrf ? { login: user.login, csrf: ctx.session.csrf } : null;
        const notice = ctx.url.searchParams.get("done");
        const said = notice === "leave" ? "You gave up your place." : undefined;
        return {
          html: rsvpPage(view, { viewer, self: meeting.self, ...(said ? { notice: said } : {}) })
            .text,
        };
      },
    },
    {
      method: "POST",
      path,
      run: async (ctx) => {
        const meeting = target(ctx);
        if (!meeting) return notFound;
        const form = await readForm(ctx.req);
        const user = ctx.session.user;
        if (!user) return { status: 401, text: "Sign in first." };
        if (!csrfMatches(ctx.session, form.get("csrf") ?? undefined))
          return { status: 403, text: "This form has expired: reload the page and try again." };
        const action = form.get("action");
        if (action !== "join" && action !== "leave")
          return { status: 400, text: "Take a seat or give it up." };
        const github = await deps.installation(meeting.owner, meeting.repo);
        // A closed meeting takes no seat and gives none back (which would invite the next).
        const taken = await deps.coordination.exclusive(
          `${meeting.owner}/${meeting.repo}`,
          async () => {
            if (!(await readIssueFacts(github, meeting))?.open) return false;
            await answerRsvp(
              github,
              { ...meeting, login: user.login, action },
              deps.now(),
              deps.log,
            );
            return true;
          },
        );
        if (!taken) return { status: 409, text: "This meeting is closed: it takes no seats." };
        await deps.rooms.publish(meeting, "changed");
        await deps.seatsChanged?.(meeting.owner, meeting.repo, meeting.issue);
        deps.log(
          `web: ${user.login} ${action === "join" ? "took a seat" : "gave up a seat"} in ${meeting.owner}/${meeting.repo}#${meeting.issue}`,
        );
        return { redirect: `${meeting.self}&done=${action}` };
      },
    },
  ];
}

/** A small urlencoded form body (the pages' forms); anything larger is cut off. */
async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) break;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}
