import { generateKeyPairSync } from "node:crypto";
import examples from "@octokit/webhooks-examples/api.github.com/index.json" with { type: "json" };
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { createRoundtableApp } from "../../src/app/index.js";
import { coordinationFromEnv } from "../../src/coordination/index.js";
import type { FakeGitHub } from "./fake-github.js";
import { api } from "./mount-github.js";

/** A real key, made once: Probot signs its app JWT with it to ask for an installation token. */
export const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
}) as string;

export const installationId = 2;

/**
 * The app under test, as Probot loads it, with retries and throttling off. Its clock is the
 * fixture's: the fake GitHub's `clock` (which a test moves as its story goes), never today's date.
 */
export async function roundtableProbot(
  fixture: { clock: string },
  secret = "test-secret",
): Promise<Probot> {
  const probot = testProbot(secret);
  await probot.load(createRoundtableApp(await coordinationFromEnv(), () => fixture.clock));
  return probot;
}

/** A Probot for tests, with retries and throttling off, and no app loaded yet. */
export function testProbot(secret = "test-secret"): Probot {
  return new Probot({
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
  });
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

/** A webhook payload of any event, edited freely by tests. */
// biome-ignore lint/suspicious/noExplicitAny: payloads of every event are edited here, each its own shape
export type Payload = any;

type Example = { name: string; examples: Array<Record<string, unknown> & { action?: string }> };

/**
 * A payload from @octokit/webhooks-examples, copied, with the installation the examples lack and
 * whatever else the test changes (labels, body, sender).
 */
export function example(
  name: string,
  action: string,
  change: (payload: Payload) => void = () => {},
): Payload {
  const group = (examples as unknown as Example[]).find((e) => e.name === name);
  const found = group?.examples.find((e) => (e.action ?? "") === action);
  if (!found) throw new Error(`no example ${name}.${action}`);
  const payload: Payload = structuredClone(found);
  payload.installation = {
    id: installationId,
    node_id: "MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMg==",
  };
  change(payload);
  return payload;
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
