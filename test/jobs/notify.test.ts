import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { createClient } from "../../src/github/index.js";
import { channelSecretProblems } from "../../src/jobs/channel-secrets.js";
import { notifyJob } from "../../src/jobs/notify.js";
import { retro } from "../../src/jobs/retro.js";
import { runContext } from "../../src/jobs/run-context.js";
import { runUseCase } from "../../src/jobs/use-case.js";
import { ChatReceiver, type Received } from "../helpers/chat-receivers.js";
import { fakeBoard } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";

const config = parseConfig(
  "votes:\n  eligible: participants\nnotify:\n  - kind: webhook\n    url: env:ROUNDTABLE_HOOK\n",
);
let receiver: ChatReceiver;
let secrets: Record<string, string>;
const github = () => createClient({ token: "t", throttle: false });
const events = () => receiver.received.map((r: Received) => [r.body.event, r.body.title]);

beforeEach(async () => {
  nock.enableNetConnect("127.0.0.1");
  receiver = new ChatReceiver({ status: 200 });
  secrets = { ROUNDTABLE_HOOK: await receiver.start() };
});
afterEach(() => receiver.stop());

describe("the Action's notify job", () => {
  const run = (now: string) =>
    runUseCase(
      notifyJob,
      runContext({
        github: github(),
        owner: "Codertocat",
        repo: "Hello-World",
        config,
        clock: () => now,
        dryRun: false,
        log: () => {},
        secrets,
      }),
    );

  it("sends the weekly digest once, and the reminder once the meeting is within reminderHours", async () => {
    const fake = roundtable();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH"] });
    // Tuesday 1 Dec, 10:00 UTC: the meeting (3 Dec, 17:00 Berlin) is 2 days off: only the digest.
    await run("2026-12-01T10:00:00Z");
    await run("2026-12-01T11:00:00Z");
    expect(events()).toEqual([
      ["digest", "This week on the board: 0 new topics, 3 topics in the queue"],
    ]);
    // Wednesday 2 Dec, 17:00 UTC: within 24 hours of the start, hourly runs remind once.
    await run("2026-12-02T17:00:00Z");
    await run("2026-12-02T18:00:00Z");
    expect(events().slice(1)).toEqual([
      ["meeting.reminder", "Reminder: On-call and incidents, 2026-12-03 17:00 (Europe/Berlin)"],
    ]);
    // The next week's first run sends the next digest.
    await run("2026-12-07T09:00:00Z");
    expect(events().map(([e]) => e)).toEqual(["digest", "meeting.reminder", "digest"]);
    // The keys sit in the meeting's state, the comment Roundtable keeps on the meeting issue.
    const state = (fake.comments.get(1) ?? []).find((c) =>
      c.body.startsWith("<!-- roundtable:meeting-state -->"),
    );
    expect(state?.body).toContain(
      '<!-- roundtable:notified ["digest:2026-11-23","digest:2026-11-30","meeting-1:meeting.reminder"] -->',
    );
  });

  it("in a dry run, prints each message it would send and sends none", async () => {
    const fake = roundtable();
    mountGitHub(fake, { rest: ["GET"] });
    const lines: string[] = [];
    await runUseCase(
      notifyJob,
      runContext({
        github: github(),
        owner: "Codertocat",
        repo: "Hello-World",
        config,
        clock: () => "2026-12-02T17:00:00Z",
        dryRun: true,
        log: (l) => lines.push(l),
        secrets,
      }),
    );
    expect(lines.filter((l) => l.startsWith("would notify"))).toEqual([
      "would notify webhook: Reminder: On-call and incidents, 2026-12-03 17:00 (Europe/Berlin)",
      "would notify webhook: This week on the board: 0 new topics, 3 topics in the queue",
    ]);
    expect(receiver.received).toEqual([]);
  });
});

describe("the retro job's notices", () => {
  it("tell of the retro opened and of the new action items with their owners, once", async () => {
    const fake = fakeBoard(1);
    fake.issues.push({
      id: "I_9",
      number: 9,
      title: "Retro 2026-Q3",
      state: "OPEN",
      createdAt: "2026-09-16T00:00:00Z",
      closedAt: null,
      body: "<!-- roundtable:retro:2026-Q3 -->\nThe retrospective of 2026-Q3.",
      author: "roundtable[bot]",
      labels: ["retro"],
      assignees: [],
      reactions: [],
      comments: [
        {
          id: 102,
          author: "bob",
          body: "Action: @cy writes the charter",
          votes: 1,
          createdAt: "2026-09-20T00:00:00Z",
        },
      ],
    });
    mountGitHub(fake, { rest: ["POST"] });
    for (let i = 0; i < 2; i++)
      await runUseCase(
        retro,
        runContext({
          github: github(),
          owner: "acme",
          repo: "board",
          config,
          clock: () => "2026-12-20T09:00:00Z",
          dryRun: false,
          log: () => {},
          secrets,
        }),
      );
    expect(events()).toEqual([
      ["retro.opened", "Retro open: Retro 2026-Q4"],
      ["action-items", "1 new action item from the retro"],
    ]);
    expect(receiver.received[1]?.body.text).toBe("- @cy writes the charter · owner cy");
  });
});

describe("a channel whose env:NAME is not set", () => {
  it("is told by name, with the fix", () => {
    expect(channelSecretProblems(config, {})).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the fix shows a workflow expression
      "notify[0].url: env:ROUNDTABLE_HOOK: the environment variable ROUNDTABLE_HOOK is not set; set it to the channel's webhook URL (the app: in its environment; the Action: env ROUNDTABLE_HOOK: ${{ secrets.ROUNDTABLE_HOOK }} on the step)",
    ]);
    expect(channelSecretProblems(config, { ROUNDTABLE_HOOK: "https://example.com/hook" })).toEqual(
      [],
    );
  });
});
