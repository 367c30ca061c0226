import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { createRoundtableApp } from "../../src/app/index.js";
import { memoryCoordination } from "../../src/coordination/index.js";
import { installationId, privateKey } from "./app-key.js";
import { endsWithItsTest } from "./app-lifetime.js";
import { keepDeliveryErrors } from "./delivery-errors.js";
import type { FakeGitHub } from "./fake-github.js";
import { api } from "./mount-github.js";
import { example, type Payload } from "./webhook-example.js";

export { example, installationId, type Payload, privateKey };

/**
 * The app under test, as Probot loads it, with retries and throttling off, coordinated in memory
 * until its test ends. Its clock is the fixture's: the fake GitHub's `clock` (which a test moves
 * as its story goes), never today's date; its timers' too, so a timer the app sets Δ after the
 * fixture's time fires Δ from now, whatever today is (on the real clock, a timer of a fixture dated
 * in the past fired at once, and one dated ahead never in the test: what a test saw hung on the day
 * it ran).
 */
export async function roundtableProbot(
  fixture: { clock: string },
  secret = "test-secret",
): Promise<Probot> {
  const probot = testProbot(secret);
  const coordination = memoryCoordination({ now: () => Date.parse(fixture.clock) });
  await probot.load(createRoundtableApp(endsWithItsTest(coordination), () => fixture.clock));
  return probot;
}

/** A Probot for tests, with retries and throttling off, and no app loaded yet. */
export function testProbot(secret = "test-secret"): Probot {
  return keepDeliveryErrors(
    new Probot({
      appId: 1,
      privateKey,
      secret,
      logLevel: "fatal",
      // A function, not an object: Probot 14 lays its own throttle options over object defaults.
      Octokit: ProbotOctokit.defaults((options: object) => ({
        ...options,
        retry: { enabled: false },
        throttle: { enabled: false },
      })),
    }),
  );
}

/** The app as GET /app describes it: its slug names its bot account, `roundtable[bot]`. */
export const appSlug = "roundtable";

/**
 * The installation token Probot asks for before acting on an installation's behalf, and the app
 * itself (GET /app, asked once per process, so on a scope of its own that tests need not use up).
 */
export function mountInstallationToken(): nock.Scope {
  nock(api).persist().get("/app").reply(200, { id: 1, slug: appSlug, name: "Roundtable" });
  return nock(api)
    .persist()
    .post(`/app/installations/${installationId}/access_tokens`)
    .reply(201, {
      token: "installation-token",
      expires_at: "2099-01-01T00:00:00Z",
      permissions: { issues: "write" },
    });
}

/** A comment someone makes in a test's story: its id, author, text and time. */
export interface Said {
  id: number;
  login: string;
  body: string;
  at: string;
}

/**
 * Someone comments on issue `n`: the comment is added to the fake as GitHub holds it (once, so a
 * redelivery does not add it again), the fake's clock moves to its time, and the
 * issue_comment.created payload GitHub would send is returned, carrying the issue as it is now.
 */
export function commentEvent(fake: FakeGitHub, n: number, said: Said): Payload {
  const issue = fake.issues.find((i) => i.number === n);
  if (!issue) throw new Error(`the fake has no issue #${n}`);
  issue.comments ??= [];
  if (!issue.comments.some((c) => c.id === said.id))
    issue.comments.push({
      id: said.id,
      author: said.login,
      body: said.body,
      votes: 0,
      createdAt: said.at,
    });
  fake.clock = said.at;
  return example("issue_comment", "created", (p: Payload) => {
    p.issue.number = n;
    p.issue.labels = issue.labels.map((name) => ({ name }));
    p.issue.assignees = issue.assignees.map((login) => ({ login }));
    p.issue.body = issue.body;
    p.issue.node_id = issue.id;
    p.comment.id = said.id;
    p.comment.body = said.body;
    p.comment.created_at = said.at;
    p.comment.html_url = `https://github.com/Codertocat/Hello-World/issues/${n}#issuecomment-${said.id}`;
    p.comment.user.login = said.login;
    p.sender.login = said.login;
  });
}

/** The comment delivered to an app loaded in this process (`delivery` to redeliver it). */
export function receiveComment(
  probot: Probot,
  fake: FakeGitHub,
  n: number,
  said: Said,
  delivery = `d-${said.id}`,
): Promise<void> {
  return probot.receive({
    id: delivery,
    name: "issue_comment",
    payload: commentEvent(fake, n, said),
  });
}
