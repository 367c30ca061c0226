import type { Context, Probot } from "probot";
import type { Coordination } from "../coordination/index.js";
import type { Timebox } from "../core/meetings/timebox.js";
import type { FollowUp, FollowUpData, FollowUpTrigger } from "../jobs/follow-up.js";
import type { InvitationTimes } from "../jobs/invitation-timers.js";
import { roomChannel } from "../jobs/room.js";
import type { UseCaseName } from "../jobs/use-cases.js";
import { ballotsDue } from "./ballots-due.js";
import type { Clock, Deliveries } from "./deliveries.js";
import type { Env } from "./env.js";
import {
  onComment,
  onHierarchy,
  onInstalled,
  onIssue,
  onProjectItem,
  onTimebox,
  type PayloadComment,
  type PayloadIssue,
} from "./handlers.js";
import { armTimes, runInvitationRetry, runReminder } from "./invitation-timers.js";
import { forgetConfigOnPush, onConfigPush, type PushPayload } from "./push.js";
import { republishBallots } from "./republish-ballots.js";
import { retryCommand, retryIssue, retryPublish } from "./retries.js";
import { publishLater } from "./retry-later.js";
import { armSeries, runSeries } from "./series-timer.js";
import type { Web } from "./web.js";

/** What every row runs with: the app, what its instances share, its clock, its web pages. */
export interface AppDeps {
  app: Probot;
  coordination: Coordination;
  clock: Clock;
  web: Web | undefined;
  handle: Deliveries;
}

/** A webhook event's name, as Probot's `app.on` takes it. */
export type WebhookEvent = Extract<Parameters<Probot["on"]>[0], string>;
type Later = Promise<FollowUp[] | undefined>;
type RepoLess = Omit<Env, "owner" | "repo">;
type Each = (repository: string, work: () => Promise<void>) => Promise<void>;

interface Named {
  /** The use case the row runs (src/jobs/use-cases.ts). */
  useCase: UseCaseName;
}

/**
 * A webhook row. `repository`: one repository's delivery, under its lease, once; what the run
 * returns follows under the same lease. `named`: a delivery naming its repositories itself, each
 * run under its own lease. `none`: no lease (it only forgets or arms).
 */
export type WebhookRow<E extends WebhookEvent = WebhookEvent> = Named & {
  source: "webhook";
  events: readonly E[];
  /** Deliveries the row takes (a comment on a pull request is not an issue's). */
  accepts?: (payload: Context<E>["payload"]) => boolean;
} & (
    | { reach: "repository"; run: (deps: AppDeps, env: Env, context: Context<E>) => Later }
    | {
        reach: "named";
        fromBots?: boolean;
        run: (deps: AppDeps, env: RepoLess, context: Context<E>, each: Each) => Promise<void>;
      }
    | { reach: "none"; run: (deps: AppDeps, context: Context<E>) => Promise<void> }
  );

/**
 * A row a use case's follow-up names: a timer's (`timer`: it runs when due, under the
 * repository's lease, as the installation that set it) or one run right after (`next`).
 */
export interface FollowUpRow<K extends FollowUpTrigger> extends Named {
  source: "timer" | "next";
  run: (deps: AppDeps, env: Env, data: FollowUpData[K]) => Later;
}

const webhook = <E extends WebhookEvent>(row: WebhookRow<E>) => row as unknown as WebhookRow;

/** The meeting's live rooms are told it changed, on every instance. */
const roomChanged = (issue: number): FollowUp => ({ trigger: "room-changed", data: { issue } });
/** The repository's series keeps its next opening's timer. */
const seriesArmed: FollowUp = { trigger: "series-armed", data: {} };

const issueEvents = [
  "issues.opened",
  "issues.edited",
  "issues.labeled",
  "issues.unlabeled",
  "issues.assigned",
  "issues.unassigned",
  "issues.closed",
  "issues.reopened",
] as const;
const subIssueEvents = [
  "sub_issues.sub_issue_added",
  "sub_issues.sub_issue_removed",
  "sub_issues.parent_issue_added",
  "sub_issues.parent_issue_removed",
] as const;

/** Webhook events: what GitHub tells the app. */
const webhooks = {
  issues: webhook({
    source: "webhook",
    events: issueEvents,
    useCase: "issue-event",
    reach: "repository",
    run: async (_, env, { payload }) => {
      const label = "label" in payload ? payload.label?.name : undefined;
      await onIssue(env, payload.action, payload.issue as PayloadIssue, label);
      return [roomChanged(payload.issue.number), seriesArmed];
    },
  }),
  // A type or a parent changes what an issue is, as a label does: the board is recounted.
  "issue-type": webhook({
    source: "webhook",
    events: ["issues.typed", "issues.untyped"],
    useCase: "sync",
    reach: "repository",
    run: async (_, env, { payload }) => void (await onHierarchy(env, [payload.issue.number])),
  }),
  "sub-issues": webhook({
    source: "webhook",
    events: subIssueEvents,
    useCase: "sync",
    reach: "repository",
    run: async (_, env, { payload }) =>
      void (await onHierarchy(env, [payload.parent_issue.number, payload.sub_issue.number])),
  }),
  "issue-comment": webhook({
    source: "webhook",
    events: ["issue_comment.created"],
    useCase: "comment",
    accepts: (payload) => !payload.issue.pull_request,
    reach: "repository",
    run: async (_, env, { payload }) => [
      ...(await onComment(env, payload.issue as PayloadIssue, payload.comment as PayloadComment)),
      roomChanged(payload.issue.number),
      seriesArmed,
    ],
  }),
  "project-item": webhook({
    source: "webhook",
    events: ["projects_v2_item.edited", "projects_v2_item.reordered"],
    useCase: "sync",
    accepts: (payload) => payload.projects_v2_item.content_type === "Issue",
    reach: "named",
    run: (_, env, { payload }, each) =>
      onProjectItem(env, payload.projects_v2_item.content_node_id, each),
  }),
  installation: webhook({
    source: "webhook",
    events: ["installation.created", "installation_repositories.added"],
    useCase: "installed",
    reach: "named",
    fromBots: true,
    run: async (_, env, { payload }, each) => {
      const given = "repositories_added" in payload ? payload.repositories_added : undefined;
      const listed = "repositories" in payload ? payload.repositories : undefined;
      for (const { full_name } of given ?? listed ?? []) {
        const [owner, repo] = full_name.split("/") as [string, string];
        await each(full_name, async () => {
          await onInstalled({ ...env, owner, repo });
          await armSeries({ ...env, owner, repo });
        });
      }
    },
  }),
  push: webhook({
    source: "webhook",
    events: ["push"],
    useCase: "repo-config",
    reach: "none",
    run: async ({ app, coordination, clock }, { payload }) => {
      await forgetConfigOnPush(coordination, payload as PushPayload);
      await onConfigPush(app, coordination, payload as PushPayload, clock);
    },
  }),
};

/** Timers: a follow-up that waits for its instant; its timer's `kind` is the row's key. */
const timers: { [K in Exclude<FollowUpTrigger, NextTrigger>]: FollowUpRow<K> } = {
  timebox: {
    source: "timer",
    useCase: "timebox-ended",
    run: async (_, env, timebox: Timebox) => {
      await onTimebox(env, timebox);
      return [roomChanged(timebox.issue)];
    },
  },
  series: {
    source: "timer",
    useCase: "series",
    run: async (_, env) => void (await runSeries(env)),
  },
  invitations: {
    source: "timer",
    useCase: "invitations-retry",
    run: async (_, env, { issue }) => {
      await runInvitationRetry(env, issue);
      return [roomChanged(issue)];
    },
  },
  reminder: {
    source: "timer",
    useCase: "notify",
    run: async (_, env, { issue }) => {
      await runReminder(env, issue);
      return [roomChanged(issue)];
    },
  },
  "retry-command": {
    source: "timer",
    useCase: "comment",
    run: (_, env, d) => retryCommand(env, d),
  },
  "retry-publish": {
    source: "timer",
    useCase: "publish",
    run: async (_, env, d) => void (await retryPublish(env, d)),
  },
  "retry-issue": {
    source: "timer",
    useCase: "issue-event",
    run: (_, env, d) => retryIssue(env, d),
  },
  // The web pages' ballots wait for their batch (src/web/pending-ballots.ts): a batch written,
  // its pages are published again; an instance that cannot write it sets its timer again.
  ballots: {
    source: "timer",
    useCase: "ballot-batch",
    run: ballotsDue,
  },
};

/** Follow-ups run right after the use case that asked for them, under the same lease. */
type NextTrigger =
  | "invitation-timers"
  | "publish-later"
  | "ballots-settle"
  | "ballots-published"
  | "room-changed"
  | "series-armed";
const next: { [K in NextTrigger]: FollowUpRow<K> } = {
  // A failure is logged, not the delivery's: the seat has moved already.
  "invitation-timers": {
    source: "next",
    useCase: "invitation-timers",
    run: async (_, env, times: InvitationTimes) =>
      void (await armTimes(env, [times]).catch((error: Error) =>
        env.log(`invitation timers of #${times.issue} not set: ${error.message}`),
      )),
  },
  "publish-later": {
    source: "next",
    useCase: "publish",
    run: async (_, env, { issue }) => void (await publishLater(env, issue)),
  },
  "ballots-settle": {
    source: "next",
    useCase: "ballot-batch",
    run: async ({ web }, env) => web?.ballots.settle(env.now()),
  },
  // After a batch: if the pages fail, the next event publishes them.
  "ballots-published": {
    source: "next",
    useCase: "publish",
    run: async (_, env) =>
      void (await republishBallots(env).catch((error: Error) =>
        env.log(`ballots of ${env.owner}/${env.repo}: pages not published again: ${error.message}`),
      )),
  },
  "room-changed": {
    source: "next",
    useCase: "room",
    run: async ({ coordination }, env, { issue }) =>
      void (await coordination.events.publish(roomChannel(env.owner, env.repo, issue), "changed")),
  },
  // Every event makes sure the series' next opening has its timer (one set is left as it is):
  // with Redis a timer store emptied, or a series configured before this version, is armed too.
  "series-armed": {
    source: "next",
    useCase: "series",
    run: async (_, env) =>
      void (await armSeries(env, false).catch((error: Error) =>
        env.log(`series timer of ${env.owner}/${env.repo} not set: ${error.message}`),
      )),
  },
};

/**
 * Every trigger of the app, one row each, naming its use case: `index.ts` registers the webhook
 * rows with Probot and the timers with the coordination, by iterating this table, and nothing
 * else does; a follow-up a use case returns names its row by key (src/jobs/follow-up.ts).
 */
export const triggers = {
  ...webhooks,
  ...timers,
  ...next,
};

export type TriggerKey = keyof typeof triggers;
