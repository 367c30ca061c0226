import type { FakeGitHub, FakeIssue } from "./fake-github.js";
import { people, roundtable } from "./meeting-board.js";
import type { WebApp } from "./web-app.js";

/** The meeting board, readable by its facilitator (Codertocat) and the fourteen people. */
export function board(): FakeGitHub {
  const fake = roundtable();
  fake.readers = new Set(["Codertocat", ...people]);
  return fake;
}

let nextId = 9_000;
/** A person comments on the meeting issue at `at`: GitHub holds it and delivers the event. */
export async function say(app: WebApp, login: string, body: string, at: string): Promise<number> {
  const meeting = app.fake.issues[0] as FakeIssue;
  app.fake.clock = at;
  const comment = { id: nextId++, author: login, body, votes: 0, createdAt: at };
  meeting.comments = [...(meeting.comments ?? []), comment];
  app.fake.onUserComment?.(1, comment);
  await app.settled();
  return comment.id;
}

/**
 * The meeting IS1004a's log describes, run from its issue: started at 16:00:00 (the transcript's
 * first cue), three topics on the table at the log's timeboxes (1.8 s, 131.8 s, 461.6 s), ended
 * at 636.4 s.
 */
export async function runMeeting(app: WebApp): Promise<void> {
  await say(app, "Codertocat", "/start", "2026-12-03T16:00:00Z");
  await say(app, "Codertocat", "/next", "2026-12-03T16:00:02Z");
  await say(app, "Codertocat", "/next", "2026-12-03T16:02:12Z");
  await say(app, "Codertocat", "/next", "2026-12-03T16:07:42Z");
  await say(app, "Codertocat", "/end", "2026-12-03T16:10:37Z");
}

export const botBody = (fake: FakeGitHub, issue: number, name: string) =>
  (fake.comments.get(issue) ?? []).find((c) => c.body.startsWith(`<!-- roundtable:${name} -->`))
    ?.body;
