import type { IncomingMessage, ServerResponse } from "node:http";
import type { ApplicationFunctionOptions, Context, Probot } from "probot";
import { type Deliveries, deliveries } from "./deliveries.js";
import { onComment, onInstalled, onIssue, onProjectItem } from "./handlers.js";
import { type Web, webFromEnv } from "./web.js";

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
  try {
    options?.addHandler?.(health);
  } catch {
    // No server of Probot's own (middleware, serverless, tests): the host answers health checks.
  }
  const web = webFromEnv(app, options);
  const handle = deliveries();
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
      handle(context, (env) =>
        onIssue(
          env,
          context.payload.action,
          context.payload.issue,
          "label" in context.payload ? context.payload.label?.name : undefined,
        ),
      ),
  );
  app.on("issue_comment.created", (context) => onCommentDelivery(context, handle, web));
  app.on(["projects_v2_item.edited", "projects_v2_item.reordered"], async (context) => {
    const item = context.payload.projects_v2_item;
    if (item.content_type !== "Issue") return;
    await handle.each(context, (env, run) => onProjectItem(env, item.content_node_id, run));
  });
  app.on(["installation.created", "installation_repositories.added"], (context) => {
    const payload = context.payload as {
      repositories?: Array<{ full_name: string }>;
      repositories_added?: Array<{ full_name: string }>;
    };
    const names = (payload.repositories_added ?? payload.repositories ?? []).map(
      (r) => r.full_name,
    );
    return handle.each(
      context,
      async (env, run) => {
        for (const name of names) {
          const [owner, repo] = name.split("/") as [string, string];
          await run(name, () => onInstalled({ ...env, owner, repo }));
        }
      },
      { fromBots: true },
    );
  });
}

/** A comment on an issue (not a pull request): its commands, then the meeting's live rooms. */
function onCommentDelivery(
  context: Context<"issue_comment.created">,
  handle: Deliveries,
  web: Web | undefined,
): Promise<void> | undefined {
  const { issue, comment } = context.payload;
  if (issue.pull_request) return;
  return handle(context, (env) =>
    onComment(env, issue, comment).then(() => web?.changed(env.owner, env.repo, issue.number)),
  );
}

/** GET /health: the app is up. Load balancers and platforms poll it. */
function health(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== "GET" || req.url?.split("?")[0] !== "/health") return false;
  res
    .writeHead(200, { "content-type": "application/json" })
    .end(JSON.stringify({ status: "ok", app: "roundtable" }));
  return true;
}
