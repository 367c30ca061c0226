import type { UseCaseName } from "../jobs/use-cases.js";
import { accessCheck } from "./routes/access.js";
import { ballotPage } from "./routes/ballot-page.js";
import { ballotPost } from "./routes/ballot-post.js";
import { board } from "./routes/board.js";
import { callback } from "./routes/callback.js";
import { command } from "./routes/command.js";
import { home } from "./routes/home.js";
import { postCheck } from "./routes/post-check.js";
import { poster } from "./routes/poster.js";
import { room, roomEvents } from "./routes/room.js";
import type { MakeRoute, Route, RouteDeps } from "./routes/route.js";
import { rsvpEvents } from "./routes/rsvp-events.js";
import { rsvpLink } from "./routes/rsvp-link.js";
import { rsvpPage } from "./routes/rsvp-page.js";
import { rsvpPost } from "./routes/rsvp-post.js";
import { rsvpTarget } from "./routes/rsvp-target.js";
import { signIn } from "./routes/sign-in.js";
import { signOut } from "./routes/sign-out.js";
import { transcript } from "./routes/transcript.js";
import { vote } from "./routes/vote.js";

export { accessCacheMs } from "./routes/access.js";
export type { Route, RouteContext, RouteDeps } from "./routes/route.js";

/**
 * Every page and action, one file each in routes/, in the order they are tried: the first whose
 * method and path match answers. A new page is a file there and a line here. Each row names the
 * use case it runs (src/jobs/use-cases.ts); every POST names one, or null when it touches only
 * the session. `docs/triggers.md` lists them.
 */
export const table: Array<{ make: MakeRoute; useCase?: UseCaseName | null }> = [
  { make: home },
  { make: signIn },
  { make: callback },
  { make: signOut, useCase: null },
  { make: board, useCase: "room" },
  { make: ballotPage, useCase: "ballot" },
  { make: ballotPost, useCase: "ballot" },
  { make: room, useCase: "room" },
  { make: roomEvents, useCase: "room" },
  { make: poster, useCase: "room" },
  { make: rsvpPage, useCase: "rsvp" },
  { make: rsvpPost, useCase: "rsvp" },
  { make: rsvpEvents, useCase: "rsvp" },
  { make: transcript, useCase: "minutes-draft" },
  { make: rsvpLink, useCase: "room" },
  { make: command, useCase: "room-press" },
  { make: vote, useCase: "room-press" },
];

/**
 * The routes, made once: they share one access check (and its cache), one POST check and one
 * check of RSVP links (and its cache).
 */
export function routes(deps: RouteDeps): Route[] {
  const access = accessCheck(deps.settings);
  const shared = { ...deps, access, post: postCheck(access), rsvpTarget: rsvpTarget(deps) };
  return table.map(({ make }) => make(shared));
}
