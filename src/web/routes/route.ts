import type { Coordination } from "../../coordination/port.js";
import type { GitHub } from "../../github/client.js";
import type { BallotKeys } from "../../jobs/ballot-keys.js";
import type { FollowUp } from "../../jobs/follow-up.js";
import { webBase } from "../../render/web/layout.js";
import type { LiveRooms } from "../live-rooms.js";
import type { PendingBallots } from "../pending-ballots.js";
import type { Answer } from "../respond.js";
import type { RsvpStreams } from "../rsvp-streams.js";
import type { WebSettings } from "../settings.js";
import type { Access } from "./access.js";
import type { PostCheck } from "./post-check.js";
import type { RouteContext } from "./route-context.js";
import type { RsvpTargetOf } from "./rsvp-target.js";

// The request and the common answers live in route-context.ts, which the checks (access,
// post-check) import: the checks and this table of what routes share would otherwise import
// each other.
export { formExpired, notFound, type RouteContext } from "./route-context.js";

/** One page or action: the first route whose method and path match answers the request. */
export interface Route {
  method: "GET" | "POST";
  path: RegExp;
  run: (ctx: RouteContext) => Promise<Answer | "streaming">;
}

/** What the web handler gives the routes. */
export interface RouteDeps {
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
  /** What a page's use case asks to run next, handed to the app (which arms the timers). */
  followUps?: (owner: string, repo: string, list: FollowUp[]) => Promise<void>;
  /** The RSVP pages' live updates. */
  rsvpStreams: RsvpStreams;
}

/** The deps and the checks every route shares (one access cache for all of them). */
export interface Shared extends RouteDeps {
  access: Access;
  post: PostCheck;
  /** The meeting an RSVP link names, as GitHub spells its repository (the RSVP routes' check). */
  rsvpTarget: RsvpTargetOf;
}

/** A route file's export: the route, made once from what the routes share. */
export type MakeRoute = (shared: Shared) => Route;

const name = "([A-Za-z0-9_.-]+)";
/** `/roundtable/owner/repo`, capturing both. */
export const repoPath = `^${webBase}/${name}/${name}`;
/** A path under a meeting of a repository, capturing owner, repo and the issue number. */
export const meetingPath = (rest = "") =>
  new RegExp(`${repoPath}/meetings/(\\d+)${rest ? `/${rest}` : ""}$`);
