import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { createNodeMiddleware } from "probot";
import { afterEach, describe, expect, it, vi } from "vitest";
import { appForTest } from "../helpers/app-for-test.js";
import { ChatReceiver } from "../helpers/chat-receivers.js";
import type { FakeIssue } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { example, mountInstallationToken, type Payload, testProbot } from "../helpers/probot.js";

let server: Server | undefined;
let receiver: ChatReceiver | undefined;
afterEach(async () => {
  server?.close();
  await receiver?.stop();
  vi.unstubAllEnvs();
});

const setEnv = (name: string, value: string) => {
  vi.stubEnv(name, value);
};

/**
 * Codertocat/Hello-World's meeting is opened, delivered over HTTP to the app, whose config's
 * Slack channel is `env:VARIABLE`: the messages the Slack receiver got.
 */
async function announce(variable: string): Promise<unknown[]> {
  nock.enableNetConnect("127.0.0.1");
  const fake = roundtable();
  fake.pushCommit("main", {
    ".github/roundtable.yml": `project:\n  owner: Codertocat\n  number: 7\nnotify:\n  - kind: slack\n    url: env:${variable}\n`,
  });
  mountInstallationToken();
  mountGitHub(fake, { rest: ["GET", "POST", "PATCH"] });
  const probot = testProbot("webhook-secret");
  const middleware = await createNodeMiddleware(await appForTest(), { probot });
  const listening = createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}/api/github/webhooks`;
  const meeting = fake.issues[0] as FakeIssue;
  const body = JSON.stringify(
    example("issues", "opened", (p: Payload) => {
      p.issue.labels = [{ name: "meeting" }];
      p.issue.body = meeting.body;
      p.issue.node_id = meeting.id;
    }),
  );
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-github-event": "issues",
      "x-github-delivery": `tenants-${variable}`,
      "x-hub-signature-256": `sha256=${createHmac("sha256", "webhook-secret").update(body).digest("hex")}`,
    },
    body,
  });
  expect(response.status).toBe(200);
  return (receiver as ChatReceiver).received;
}

async function slack(): Promise<string> {
  receiver = new ChatReceiver({ status: 200, body: "ok" });
  return receiver.start("/slack");
}

describe("issue 32: tenants apart", () => {
  it("any installed repository's config can name any ROUNDTABLE_* variable: another owner's channel variable posts nothing", async () => {
    // other-org's Slack, in the environment of an App that Codertocat installed too.
    setEnv("ROUNDTABLE_OTHER_ORG__SLACK", await slack());
    expect(await announce("ROUNDTABLE_OTHER_ORG__SLACK")).toEqual([]);
  });

  it("a variable without an owner's prefix posts nothing unless the app's allow-list gives it to that owner", async () => {
    setEnv("ROUNDTABLE_SHARED_SLACK", await slack());
    expect(await announce("ROUNDTABLE_SHARED_SLACK")).toEqual([]);
  });

  it("the owner's own variable, ROUNDTABLE_CODERTOCAT__…, posts", async () => {
    setEnv("ROUNDTABLE_CODERTOCAT__SLACK", await slack());
    expect(await announce("ROUNDTABLE_CODERTOCAT__SLACK")).toHaveLength(1);
  });

  it("a variable the allow-list gives the owner (ROUNDTABLE_CHANNEL_VARIABLES=Codertocat:NAME) posts", async () => {
    setEnv("ROUNDTABLE_SHARED_SLACK", await slack());
    setEnv(
      "ROUNDTABLE_CHANNEL_VARIABLES",
      "other-org:ROUNDTABLE_X, codertocat:ROUNDTABLE_SHARED_SLACK",
    );
    expect(await announce("ROUNDTABLE_SHARED_SLACK")).toHaveLength(1);
  });
});
