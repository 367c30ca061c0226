import { mkdtempSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { Probot, ProbotOctokit } from "probot";
import { appForTest } from "./app-for-test.js";
import { keepDeliveryErrors } from "./delivery-errors.js";
import type { FakeGitHub } from "./fake-github.js";
import { example, type Payload, privateKey } from "./probot.js";
import { type ServeOptions, serveFake } from "./serve-fake.js";

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

export interface WebApp {
  /** Where the app answers: http://127.0.0.1:PORT. */
  url: string;
  /** Where the fake GitHub answers (its REST API at /api/v3, GraphQL at /api/graphql). */
  api: string;
  probot: Probot;
  fake: FakeGitHub;
  /** Webhook deliveries the fake has made (a person's comment), settled. */
  settled: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * The built app on loopback, as Probot runs it, against the fake GitHub served on loopback too
 * (its API at /api/v3, like GitHub Enterprise, and its sign-in pages), with the web pages on. A
 * person's comment made through the fake is delivered to the app as GitHub would deliver it.
 */
export async function startWebApp(
  fake: FakeGitHub,
  env: Record<string, string> = {},
  serve: ServeOptions = {},
): Promise<WebApp> {
  nock.enableNetConnect(/127\.0\.0\.1/);
  const served = await serveFake(fake, serve);
  const handlers: Handler[] = [];
  const server: Server = createServer(async (req, res) => {
    for (const handler of handlers) if (await handler(req, res)) return;
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const saved = { ...process.env };
  Object.assign(process.env, {
    GITHUB_CLIENT_ID: "Iv1.fakeclientid",
    GITHUB_CLIENT_SECRET: "fake-client-secret",
    SESSION_SECRET: "a-session-secret-of-at-least-32-characters",
    PUBLIC_URL: url,
    GHE_HOST: served.url.replace("http://", ""),
    GHE_PROTOCOL: "http",
    // The shortest polls the app allows: a test waits for a vote or an acceptance GitHub sends
    // no webhook for, 2 s at most, not the 6 s of three vote polls.
    ROOM_POLL_SECONDS: "2",
    ROOM_INVITATION_POLL_SECONDS: "2",
    // Each app its own ballot journal: a shared one would hand one test's waiting ballots to
    // another test's app of the same repository name, running alongside.
    ROUNDTABLE_DATA_DIR: mkdtempSync(join(tmpdir(), "rt-journal-")),
    ...env,
  });
  const probot = keepDeliveryErrors(
    new Probot({
      appId: 1,
      privateKey,
      secret: "test-secret",
      logLevel: (process.env.LOG_LEVEL as "fatal") ?? "fatal",
      baseUrl: `${served.url}/api/v3`,
      Octokit: ProbotOctokit.defaults((options: object) => ({
        ...options,
        retry: { enabled: false },
        throttle: { enabled: false },
      })),
    }),
  );
  await probot.load(await appForTest(), {
    addHandler: (handler: Handler) => handlers.push(handler),
  } as never);
  // Put back in place: process.env stays Node's own object, for the next file of a shared worker.
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
  Object.assign(process.env, saved);
  let deliveries: Promise<unknown> = Promise.resolve();
  let n = 0;
  fake.onUserComment = (issue, comment) => {
    const meeting = fake.issues.find((i) => i.number === issue);
    const payload = example("issue_comment", "created", (p: Payload) => {
      p.repository.name = fake.repo;
      p.repository.owner.login = fake.owner;
      p.repository.full_name = `${fake.owner}/${fake.repo}`;
      p.issue.number = issue;
      p.issue.labels = (meeting?.labels ?? []).map((name) => ({ name }));
      p.issue.body = meeting?.body ?? "";
      p.issue.node_id = meeting?.id;
      p.comment.id = comment.id;
      p.comment.body = comment.body;
      p.comment.created_at = comment.createdAt;
      p.comment.html_url = `https://github.com/${fake.owner}/${fake.repo}/issues/${issue}#issuecomment-${comment.id}`;
      p.comment.user.login = comment.author;
      p.sender.login = comment.author;
      p.sender.type = "User";
    });
    // Delivered after the comment's request is answered, as GitHub does.
    deliveries = deliveries.then(() =>
      new Promise((resolve) => setTimeout(resolve, 10)).then(() =>
        probot
          .receive({ id: `web-${++n}`, name: "issue_comment", payload })
          .catch((error: unknown) => console.error("delivery failed", error)),
      ),
    );
  };
  return {
    url,
    api: served.url,
    probot,
    fake,
    settled: async () => {
      await deliveries;
    },
    close: async () => {
      await deliveries;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      served.server.closeAllConnections();
      await new Promise((resolve) => served.server.close(resolve));
    },
  };
}
