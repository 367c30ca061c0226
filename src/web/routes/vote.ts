import { webBase } from "../../render/web/layout.js";
import { readRoom } from "../read-room.js";
import { asPerson } from "./as-person.js";
import { done } from "./done.js";
import { refusal } from "./refusal.js";
import { type MakeRoute, meetingPath, notFound } from "./route.js";

/**
 * POST …/meetings/N/vote: the person's 👍 (go on) or 👎 (move on) on the topic's roman vote, a
 * reaction of their own on the vote's comment, through the write gate.
 */
export const vote: MakeRoute = (shared) => ({
  method: "POST",
  path: meetingPath("vote"),
  run: async (ctx) => {
    const [owner = "", repo = "", n = ""] = ctx.groups;
    const allowed = await shared.post(ctx, owner, repo);
    if (!("user" in allowed)) return allowed;
    const choice = allowed.form.get("vote");
    if (choice !== "up" && choice !== "down") return { status: 400, text: "Vote up or down." };
    const key = { owner, repo, issue: Number(n) };
    if (!(await shared.rooms.isMeeting(key))) return notFound;
    const content = choice === "up" ? "+1" : "-1";
    const { refused } = await asPerson(shared, allowed, key, {
      issue: key.issue,
      press: { kind: "vote", content },
      room: async () =>
        shared.rooms.current(key) ??
        (await readRoom(await shared.installation(owner, repo), key, shared.now(), shared.log)),
    });
    if (refused) return refusal(shared, ctx, refused, allowed);
    await shared.rooms.publish(key, "vote");
    return done(
      ctx,
      choice === "up" ? "You voted 👍 go on." : "You voted 👎 move on.",
      `${webBase}/${owner}/${repo}/meetings/${n}?voted=${choice}`,
    );
  },
});
