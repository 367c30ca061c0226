// A hello-world Probot app, the peer the footprint bench compares the app with: Probot's own
// server and webhook handling, a comment on a new issue and a 👍 on a new comment, nothing else.
// Run as a script, it serves (`run`); imported, it is the app function, for the bench's
// deliveries measured in its own process.
import { pathToFileURL } from "node:url";
import { run } from "probot";

/** @param {import("probot").Probot} app */
export function helloApp(app) {
  app.on("issues.opened", async (context) => {
    await context.octokit.rest.issues.createComment(context.issue({ body: "Hello!" }));
  });
  app.on("issue_comment.created", async (context) => {
    await context.octokit.rest.reactions.createForIssueComment(
      context.repo({ comment_id: context.payload.comment.id, content: "+1" }),
    );
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run(helloApp);
