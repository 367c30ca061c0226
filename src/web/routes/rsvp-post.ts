import { readIssueFacts } from "../../github/read-issue-facts.js";
import { answerRsvp } from "../../jobs/rsvp-view.js";
import { runContext } from "../../jobs/run-context.js";
import { runUseCase } from "../../jobs/use-case.js";
import { csrfMatches } from "../session.js";
import { readForm } from "./read-form.js";
import { formExpired, type MakeRoute, meetingPath } from "./route.js";

/**
 * POST …/meetings/N/rsvp?t=…: a seat taken or given up. The seat is the app's to give: taken
 * with the app's own client, under the repository's lease, as a /join is (the runner runs
 * answerRsvp); the meeting's invitation timers it asks for are the app's to arm.
 */
export const rsvpPost: MakeRoute = (shared) => ({
  method: "POST",
  path: meetingPath("rsvp"),
  run: async (ctx) => {
    const meeting = await shared.rsvpTarget(ctx);
    if (!("self" in meeting)) return meeting;
    const form = await readForm(ctx.req);
    const user = ctx.session.user;
    if (!user) return { status: 401, text: "Sign in first." };
    if (!csrfMatches(ctx.session, form.get("csrf") ?? undefined)) return formExpired;
    const asked = form.get("action");
    if (asked !== "join" && asked !== "leave")
      return { status: 400, text: "Take a seat or give it up." };
    const action: "join" | "leave" = asked;
    const { owner, repo, issue } = meeting;
    const github = await shared.installation(owner, repo);
    // A closed meeting takes no seat and gives none back (which would invite the next).
    const taken = await shared.coordination.exclusive(`${owner}/${repo}`, async () => {
      if (!(await readIssueFacts(github, meeting))?.open) return null;
      const run = runContext({ github, owner, repo, clock: shared.now, log: shared.log });
      return runUseCase(answerRsvp, run, { issue, login: user.login, action });
    });
    if (!taken) return { status: 409, text: "This meeting is closed: it takes no seats." };
    await shared.rooms.publish(meeting, "changed");
    await shared.followUps?.(owner, repo, taken.followUps);
    const did = action === "join" ? "took a seat" : "gave up a seat";
    shared.log(`web: ${user.login} ${did} in ${owner}/${repo}#${issue}`);
    return { redirect: `${meeting.self}&done=${action}` };
  },
});
