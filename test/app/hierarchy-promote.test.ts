import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AppProcess,
  deliver,
  GitHubForProcesses,
  startApp,
  warningsOnly,
} from "../helpers/app-process.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { botComments, commentDelivery, startedMeeting } from "../helpers/instances.js";
import { type RedisServer, startRedis } from "../helpers/redis.js";

/**
 * `/promote #KR` through the built app over HTTP: two instances and one Redis, signed webhooks,
 * one fake GitHub. The meeting of meeting-board.ts takes topic #2 to the table and writes its
 * outcome; #5 is an objective and #6, #7 its key results, kept with issue types and no labels.
 */

let sequence = 30_000;
const nextId = () => ++sequence;
const marker = "<!-- roundtable:promoted:2 -->";

function board(): FakeGitHub {
  const fake = startedMeeting();
  const base = {
    state: "OPEN" as const,
    createdAt: "2026-10-01T09:00:00Z",
    closedAt: null,
    author: "olga",
    labels: [],
    reactions: [],
    comments: [],
  };
  const kr = (number: number, title: string): FakeIssue => ({
    ...base,
    id: `I_${number}`,
    number,
    title,
    type: "Key result",
    body: "### What will we measure?\n\nPages a week",
    assignees: ["kai"],
  });
  fake.issues.push(
    {
      ...base,
      id: "I_5",
      number: 5,
      title: "Calmer on-call",
      type: "Objective",
      body: "### Quarter\n\n2026-Q4",
      assignees: ["olga"],
      subIssues: [6, 7],
    },
    kr(6, "Pages a week under 5"),
    kr(7, "Every incident reviewed"),
  );
  fake.hierarchy.issueTypes = ["Topic", "Roadmap item", "Objective", "Key result"].map(
    (name, i) => ({ id: i + 1, node_id: `IT_${i + 1}`, name, description: null, color: null }),
  );
  return fake;
}

/** The issues Roundtable opened for topic #2: there must be exactly one. */
const itemsOf = (fake: FakeGitHub) => fake.issues.filter((i) => i.body.startsWith(marker));
const notes = (fake: FakeGitHub) =>
  botComments(fake, 2).filter((c) => c.body.startsWith("<!-- roundtable:promoted -->"));
const said = (fake: FakeGitHub, issue: number) =>
  botComments(fake, issue)
    .map((c) => c.body)
    .join("\n");

describe("/promote through the app, two instances and one Redis", () => {
  let redis: RedisServer;
  const github = new GitHubForProcesses(board());
  let apps: AppProcess[] = [];
  const env = () => ({ REDIS_URL: redis.url, ROUNDTABLE_LEASE_MS: "3000", ...warningsOnly });

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    redis = await startRedis();
    await github.start();
    apps = await Promise.all([1, 2].map(() => startApp(github, env())));
  }, 120_000);

  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    await github.stop();
    await redis.stop();
  });

  /** The meeting takes #2 to the table and a facilitator writes down its outcome. */
  async function discussed(fake: FakeGitHub) {
    github.fake = fake;
    const [a, b] = apps as [AppProcess, AppProcess];
    expect(
      await deliver(
        a,
        commentDelivery(fake, 1, { id: nextId(), login: "Codertocat", body: "/next" }),
      ),
    ).toBe(200);
    const outcome = "/outcome Two regions share the pager; @person-1 drafts the rota";
    expect(
      await deliver(
        b,
        commentDelivery(fake, 1, { id: nextId(), login: "person-2", body: outcome }),
      ),
    ).toBe(200);
  }

  it("opens one roadmap item, sub-issue of the key result, for the same command on both instances, a redelivery and the sponsor's own /promote", async () => {
    const fake = board();
    await discussed(fake);
    const [a, b] = apps as [AppProcess, AppProcess];
    // The facilitator's /promote in the meeting reaches both instances at once (GitHub's delivery
    // and its redelivery), and the sponsor gives it again on the topic.
    const promote = commentDelivery(fake, 1, {
      id: nextId(),
      login: "person-2",
      body: "/promote #6",
    });
    const onTopic = commentDelivery(fake, 2, {
      id: nextId(),
      login: "person-1",
      body: "/promote #6",
    });
    const answered = await Promise.all([
      deliver(a, promote),
      deliver(b, promote),
      deliver(b, onTopic),
    ]);
    expect(answered).toEqual([200, 200, 200]);
    expect(await deliver(a, { ...promote, id: `${promote.id}-again` })).toBe(200);

    const items = itemsOf(fake);
    expect(items).toHaveLength(1);
    const item = items[0] as FakeIssue;
    expect(item.type).toBe("Roadmap item");
    expect(item.labels).toEqual([]);
    expect(item.title).toBe("Follow-the-sun on-call");
    expect(item.body).toContain("### What is it?");
    expect(item.body).toContain("[#2](https://github.com/Codertocat/Hello-World/issues/2)");
    expect(item.body).toMatch(
      /Decided at \[Lean coffee, December\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/issues\/1\)/,
    );
    expect(item.body).toContain("Two regions share the pager");
    // The outcome is a person's words: shown, never pinging anyone from an issue Roundtable opens.
    expect(item.body).not.toMatch(/(^|\s)@person-1\b/);
    expect((fake.issues.find((i) => i.number === 6) as FakeIssue).subIssues).toEqual([item.number]);
    expect(notes(fake)).toHaveLength(1);
    expect(notes(fake)[0]?.body).toContain(`Promoted to the roadmap: [Follow-the-sun on-call]`);
    expect(notes(fake)[0]?.body).toContain("under the key result [Pages a week under 5]");
    const reactions = fake.reactions.filter(
      (r) =>
        r.commentId === promote.payload.comment.id || r.commentId === onTopic.payload.comment.id,
    );
    expect(reactions.map((r) => r.content).sort()).toEqual(["+1", "+1"]);
  }, 120_000);

  it("a redelivery after the instance died between opening the item and linking it completes it with the same item", async () => {
    const fake = board();
    await discussed(fake);
    const promote = commentDelivery(fake, 1, {
      id: nextId(),
      login: "person-2",
      body: "/promote #6",
    });
    let held!: () => void;
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    let release!: () => void;
    github.before = async (path) => {
      if (!/\/sub_issues$/.test(path)) return;
      github.before = undefined;
      held();
      await new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    const victim = apps[0] as AppProcess;
    const first = deliver(victim, promote).catch(() => "connection lost");
    await holding;
    expect(itemsOf(fake)).toHaveLength(1);
    await victim.stop("SIGKILL");
    release();
    expect(await first).toBe("connection lost");
    expect(await deliver(apps[1] as AppProcess, promote)).toBe(200);
    expect(itemsOf(fake)).toHaveLength(1);
    expect((fake.issues.find((i) => i.number === 6) as FakeIssue).subIssues).toEqual([
      itemsOf(fake)[0]?.number,
    ]);
    expect(notes(fake)).toHaveLength(1);
    apps[0] = await startApp(github, env());
  }, 120_000);

  it("never moves the item from its key result, and refuses who may not promote and what is no key result", async () => {
    const fake = board();
    await discussed(fake);
    const [a, b] = apps as [AppProcess, AppProcess];
    const on = (issue: number, login: string, body: string) =>
      commentDelivery(fake, issue, { id: nextId(), login, body });
    expect(await deliver(a, on(2, "person-1", "/promote #6"))).toBe(200);
    const moved = on(2, "person-2", "/promote #7");
    expect(await deliver(b, moved)).toBe(200);
    const item = itemsOf(fake)[0] as FakeIssue;
    expect((fake.issues.find((i) => i.number === 6) as FakeIssue).subIssues).toEqual([item.number]);
    expect((fake.issues.find((i) => i.number === 7) as FakeIssue).subIssues ?? []).toEqual([]);
    expect(said(fake, 2)).toContain(
      `#${item.number} is a sub-issue of #6 already: Roundtable does not move it. To put it under #7, change its parent on GitHub.`,
    );

    const outsider = on(2, "outsider", "/promote #6");
    const notKr = on(2, "person-1", "/promote #5");
    const notDiscussed = on(3, "person-5", "/promote");
    for (const d of [outsider, notKr, notDiscussed]) expect(await deliver(a, d)).toBe(200);
    expect(said(fake, 2)).toContain(
      "Only a facilitator or the topic's sponsor can promote it to the roadmap.",
    );
    expect(said(fake, 2)).toContain(
      "/promote: #5 is not a key result (of type Key result, or labelled key-result): name a key result, or give /promote alone.",
    );
    expect(said(fake, 3)).toContain("#3 has not been discussed yet");
    const refused = [outsider, notKr, notDiscussed].map((d) => d.payload.comment.id);
    expect(
      fake.reactions.filter((r) => refused.includes(r.commentId)).map((r) => r.content),
    ).toEqual(["confused", "confused", "confused"]);
    expect(itemsOf(fake)).toHaveLength(1);
    expect(fake.issues.filter((i) => i.body.startsWith("<!-- roundtable:promoted:3"))).toEqual([]);
  }, 120_000);
});
