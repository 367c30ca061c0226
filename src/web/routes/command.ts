import type { RoomCommand } from "../../jobs/room.js";
import { webBase } from "../../render/web/layout.js";
import { asPerson } from "./as-person.js";
import { done } from "./done.js";
import { refusal } from "./refusal.js";
import { roomNow } from "./room-now.js";
import { type MakeRoute, meetingPath } from "./route.js";

/** The facilitator's buttons and the command each posts in the meeting issue, as the person. */
const commands: Record<string, string> = {
  start: "/start",
  next: "/next",
  extend: "/extend",
  checkin: "/checkin",
  end: "/end",
  "close-votes": "/close-votes",
};

/**
 * POST …/meetings/N/command: a facilitator's button. Checked against the room as it is now, by
 * the rule the meeting applies (the button said what it would do, and the room may have moved
 * on since it was drawn); then the command is the person's own comment, through the write gate.
 */
export const command: MakeRoute = (shared) => ({
  method: "POST",
  path: meetingPath("command"),
  run: async (ctx) => {
    const [owner = "", repo = "", n = ""] = ctx.groups;
    const allowed = await shared.post(ctx, owner, repo);
    if (!("user" in allowed)) return allowed;
    // "next close-13-take-5": the command, and what its button said it would do.
    const [name = "", does = null] = (allowed.form.get("command") ?? "").split(" ");
    const body = commands[name];
    if (!body) return { status: 400, text: "Unknown command." };
    const key = { owner, repo, issue: Number(n) };
    // The comment is the person's own: the meeting's one log, and the app's jobs act on it.
    const { refused } = await asPerson(shared, allowed, key, {
      issue: key.issue,
      press: { kind: "command", command: name as RoomCommand, does, body },
      room: () => roomNow(shared, key),
    });
    if (refused) return refusal(shared, ctx, refused, allowed);
    return done(
      ctx,
      `Posted ${body} in the meeting issue: the room follows in a moment.`,
      `${webBase}/${owner}/${repo}/meetings/${n}`,
    );
  },
});
