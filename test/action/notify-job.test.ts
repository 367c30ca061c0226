import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import nock from "nock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import { createClient } from "../../src/github/index.js";
import { rsvp } from "../../src/jobs/rsvp.js";
import { runContext } from "../../src/jobs/run-context.js";
import { ChatReceiver } from "../helpers/chat-receivers.js";
import { actionEntry } from "../helpers/entries.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { serveFake } from "../helpers/serve-fake.js";

const run = promisify(execFile);
const closers: Array<() => Promise<void> | void> = [];
let receiver: ChatReceiver;
beforeEach(async () => {
  nock.enableNetConnect("127.0.0.1");
  receiver = new ChatReceiver({ status: 200 });
  await receiver.start("/hook");
});
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await receiver.stop();
});

/**
 * The Action's runner built from source into lib/, as its own process (the committed bundle is
 * rebuilt after a merge), against the fake and the chat receiver on loopback. The step's env holds
 * one channel's URL; the other channel's variable is not set.
 */
async function action(fake: FakeGitHub, dryRun = false) {
  const { url, server } = await serveFake(fake);
  closers.push(() => {
    server.close();
  });
  const dir = mkdtempSync(join(tmpdir(), "rt-notify-"));
  const summary = join(dir, "summary");
  writeFileSync(summary, "");
  writeFileSync(join(dir, "output"), "");
  const env = {
    PATH: process.env.PATH ?? "",
    GITHUB_REPOSITORY: "Codertocat/Hello-World",
    GITHUB_API_URL: url,
    GITHUB_GRAPHQL_URL: `${url}/graphql`,
    GITHUB_OUTPUT: join(dir, "output"),
    GITHUB_STEP_SUMMARY: summary,
    INPUT_TOKEN: "ghs_test",
    "INPUT_CONFIG-PATH": ".github/roundtable.yml",
    INPUT_JOBS: "notify",
    "INPUT_DRY-RUN": String(dryRun),
    "INPUT_COMMIT-MODE": "direct",
    ROUNDTABLE_HOOK: receiver.url,
  };
  const result = await run(process.execPath, [actionEntry], {
    env,
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
  return { ...result, summary: readFileSync(summary, "utf8") };
}

describe("the Action's notify job, run as its own process", { timeout: 60_000 }, () => {
  it("sends the week's digest once, and says in the job summary which channel's secret is missing", async () => {
    const fake = roundtable();
    const meeting = fake.issues[0] as FakeIssue;
    // A meeting far off: no reminder is due, whatever the day the test runs.
    meeting.body = meeting.body.replace("2026-12-03", "2099-12-03");
    fake.pushCommit("main", {
      ".github/roundtable.yml":
        "notify:\n  - kind: webhook\n    url: env:ROUNDTABLE_HOOK\n  - kind: slack\n    url: env:ROUNDTABLE_SLACK_URL\n",
    });
    const first = await action(fake);
    expect(first.code).toBe(0);
    expect(receiver.received.map((r) => r.body.event)).toEqual(["digest"]);
    expect(first.summary).toContain(
      "**channel**: notify[1].url: env:ROUNDTABLE_SLACK_URL: the environment variable ROUNDTABLE_SLACK_URL is not set",
    );
    expect(first.summary).toContain("**notify**: 1 of 2 notices sent.");
    expect(first.summary).toContain(
      "**channels**: 1 notice was not delivered (the jobs' work is done):",
    );
    expect(first.stdout).toContain(
      "::warning title=Roundtable channel::slack (digest): env:ROUNDTABLE_SLACK_URL",
    );

    // A retried job finds the digest recorded in the meeting's region, and sends nothing.
    const second = await action(fake);
    expect(second.code).toBe(0);
    expect(receiver.received).toHaveLength(1);
    expect(second.summary).toContain("**notify**: nothing to tell the channels.");
  });

  it("tries again the invitations GitHub's daily limit held back, and sends them once it allows", async () => {
    const fake = roundtable();
    const meeting = fake.issues[0] as FakeIssue;
    meeting.body = meeting.body.replace("2026-12-03", "2099-12-03");
    const config = "meetings:\n  invite:\n    permission: read\n";
    fake.pushCommit("main", { ".github/roundtable.yml": config });
    fake.invitations.limit = 2;
    fake.clock = "2026-11-21T10:00:00Z";
    // Four people from outside take seats on the RSVP page: two invitations go out, two wait.
    const served = await serveFake(fake);
    closers.push(() => served.close());
    for (const login of ["person-5", "person-6", "person-7", "person-8"])
      await rsvp(
        runContext({
          github: createClient({ token: "t", apiUrl: served.url, throttle: false }),
          owner: "Codertocat",
          repo: "Hello-World",
          config: parseConfig(config),
          clock: () => new Date().toISOString(),
          log: () => {},
        }),
        { issue: 1, login, action: "join" },
      );
    expect(fake.invitations.sent.map((s) => s.invitee)).toEqual(["person-5", "person-6"]);
    // The scheduled run while the limit holds: tried, still waiting, said in the summary.
    const held = await action(fake);
    expect(held.code).toBe(0);
    expect(held.summary).toContain(
      "**invitations**: waiting invitations tried again on #1; still waiting on #1.",
    );
    expect(fake.invitations.sent).toHaveLength(2);
    // A day later, a dry run says it would try them, and sends nothing.
    fake.clock = "2026-11-22T10:00:01Z";
    const dry = await action(fake, true);
    expect(dry.summary).toContain(
      "**invitations**: waiting invitations on #1 would be tried again (dry run).",
    );
    expect(fake.invitations.sent).toHaveLength(2);
    // The next scheduled run sends them; the one after has nothing to try.
    const sent = await action(fake);
    expect(sent.summary).toContain(
      "**invitations**: waiting invitations tried again on #1; all sent.",
    );
    expect(fake.invitations.sent.map((s) => s.invitee)).toEqual([
      "person-5",
      "person-6",
      "person-7",
      "person-8",
    ]);
    const again = await action(fake);
    expect(again.summary).not.toContain("**invitations**");
    expect(fake.invitations.sent).toHaveLength(4);
  });
});
