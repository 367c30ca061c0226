// A hello-world Probot app, the peer the footprint bench compares the app's idle memory with:
// Probot's own server and webhook handling, one handler that comments on a new issue, nothing else.
import { run } from "probot";

await run((app) => {
  app.on("issues.opened", async (context) => {
    await context.octokit.rest.issues.createComment(context.issue({ body: "Hello!" }));
  });
});
