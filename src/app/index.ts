import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApplicationFunctionOptions, Context, Probot } from "probot";
import type { GitHub } from "../jobs/index.js";
import { type Env, onComment, onInstalled, onIssue, onProjectItem } from "./handlers.js";
import type { ConfigReader } from "./load-config.js";
import { OneAtATime, RecentDeliveries } from "./one-at-a-time.js";

/**
 * The Roundtable GitHub App. Events that touch a topic recount its board (GitHub sends no webhook
 * for reactions, so every event we do get is a chance to count). Events sent by bots, this app
 * included, are ignored; a repository's deliveries are handled one at a time; a redelivered event
 * is handled once, and every write is idempotent besides.
 */
export default function roundtableApp(
  app: Probot,
  options?: Partial<ApplicationFunctionOptions>,
): void {
  const queue = new OneAtATime();
  const seen = new RecentDeliveries();
  try {
    options?.addHandler?.(health);
  } catch {
    // No server of Probot's own (middleware, serverless, tests): the host answers health checks.
  }

  const env = (context: Context, owner: string, repo: string): Env => ({
    octokit: context.octokit as unknown as GitHub & ConfigReader,
    owner,
    repo,
    log: (line) => context.log.info(line),
    now: () => new Date().toISOString(),
  });
  /** Skips bots and redeliveries, then runs the work after earlier deliveries for the repository. */
  const handle = async (context: Context, work: (owner: string, repo: string) => Promise<void>) => {
    if (context.isBot) return;
    if (!seen.firstTime(context.id)) {
      context.log.info(`delivery ${context.id} seen already: ignored`);
      return;
    }
    const { owner, repo } = context.repo();
    await queue.run(`${owner}/${repo}`, () => work(owner, repo));
  };

  app.on(
    [
      "issues.opened",
      "issues.edited",
      "issues.labeled",
      "issues.unlabeled",
      "issues.assigned",
      "issues.unassigned",
      "issues.closed",
      "issues.reopened",
    ],
    (context) =>
      handle(context, (owner, repo) =>
        onIssue(
          env(context, owner, repo),
          context.payload.action,
          context.payload.issue,
          "label" in context.payload ? context.payload.label?.name : undefined,
        ),
      ),
  );

  app.on("issue_comment.created", (context) => {
    if (context.payload.issue.pull_request) return;
    return handle(context, (owner, repo) =>
      onComment(env(context, owner, repo), context.payload.issue, context.payload.comment),
    );
  });

  app.on(["projects_v2_item.edited", "projects_v2_item.reordered"], async (context) => {
    const item = context.payload.projects_v2_item;
    if (context.isBot || item.content_type !== "Issue" || !seen.firstTime(context.id)) return;
    const { owner: _o, repo: _r, ...rest } = env(context, "", "");
    await onProjectItem(rest, item.content_node_id, (key, work) => queue.run(key, work));
  });

  app.on(["installation.created", "installation_repositories.added"], async (context) => {
    if (!seen.firstTime(context.id)) return;
    const payload = context.payload as {
      repositories?: Array<{ full_name: string }>;
      repositories_added?: Array<{ full_name: string }>;
    };
    for (const { full_name } of payload.repositories_added ?? payload.repositories ?? []) {
      const [owner, repo] = full_name.split("/") as [string, string];
      await queue.run(full_name, () => onInstalled(env(context, owner, repo)));
    }
  });
}

/** GET /health: the app is up. Load balancers and platforms poll it. */
function health(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" || req.url?.split("?")[0] !== "/health") return false;
  res
    .writeHead(200, { "content-type": "application/json" })
    .end(JSON.stringify({ status: "ok", app: "roundtable" }));
  return true;
}
