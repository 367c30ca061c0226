import { describe, expect, it } from "vitest";
import { boardOf } from "../../src/core/index.js";
import { createClient, loadSnapshot } from "../../src/github/index.js";
import { config } from "../helpers/factories.js";
import { fakeBoard, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

const client = () => createClient({ token: "test-token", throttle: false });
const now = "2026-11-20T09:00:00Z";

describe("loadSnapshot", () => {
  it("lists 250 topics in 3 REST pages, and asks who voted in 3 GraphQL requests of 100", async () => {
    const fake = fakeBoard(250, (n) => n % 7);
    const scope = mountGitHub(fake);
    const { snapshot, cost } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: config(),
      now,
    });
    expect(snapshot.issues).toHaveLength(250);
    const listing = fake.calls.filter((c) => c.type === "rest");
    expect(listing).toHaveLength(3);
    expect(
      fake.graphqlCalls("BoardNodes").map((c) => (c.variables.ids as string[]).length),
    ).toEqual([100, 100, 50]);
    expect(fake.calls).toHaveLength(6);
    expect(cost).toMatchObject({
      graphqlRequests: 3,
      restRequests: 3,
      notModified: 0,
      kept: false,
      readIssues: 250,
      followUpIssues: 0,
      points: fake.points,
    });
    // 100 issues by id, each with its 👍 (a connection of 100): 100 requests, 1 point.
    expect(fake.points).toBe(3);
    expect(snapshot.issues[9]?.reactions).toHaveLength(3);
    expect(snapshot.issues[9]).toMatchObject({
      id: "I_10",
      number: 10,
      title: "Topic 10",
      url: "https://github.com/acme/board/issues/10",
      state: "open",
      author: { login: "author", bot: false },
      labels: ["topic"],
      assignees: ["sponsor-10"],
      parent: null,
      board: null,
    });
    expect(scope.isDone()).toBe(true);
  });

  it("asks for the follow-up pages of every topic past 100 👍 together, by alias", async () => {
    const fake = fakeBoard(250, (n) => (n === 42 ? 230 : n === 43 || n === 200 ? 120 : 2));
    mountGitHub(fake);
    const { snapshot, cost } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: config(),
      now,
    });
    const followUps = fake.graphqlCalls("MoreUpvotes");
    expect(followUps.map((c) => c.variables)).toEqual([
      { id0: "I_42", after0: "100", id1: "I_43", after1: "100", id2: "I_200", after2: "100" },
      { id0: "I_42", after0: "200" },
    ]);
    expect(cost.followUpIssues).toBe(3);
    const topic = snapshot.issues.find((i) => i.number === 42);
    expect(topic?.reactions).toHaveLength(230);
    expect(new Set(topic?.reactions.map((r) => r.login)).size).toBe(230);
    expect(snapshot.issues.find((i) => i.number === 200)?.reactions).toHaveLength(120);
  });

  it("keeps only issues with one of Roundtable's labels, renamed ones too", async () => {
    const fake = fakeBoard(4);
    const [, second, third, fourth] = fake.issues;
    if (second) second.labels = ["agenda"];
    if (third) third.labels = ["bug"];
    if (fourth) fourth.labels = ["Key-Result"];
    mountGitHub(fake);
    const { snapshot } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: config((c) => {
        c.labels.topic = "agenda";
      }),
      now,
    });
    expect(snapshot.issues.map((i) => i.number)).toEqual([2, 4]);
    expect(fake.graphqlCalls("BoardNodes")[0]?.variables.ids).toEqual(["I_2", "I_4"]);
  });

  it("skips 👍 with no user behind them (apps), and counts them", async () => {
    const fake = fakeBoard(1, () => 2);
    fake.issues[0]?.reactions.push({ login: null, createdAt: "2026-01-02T00:00:00Z" });
    mountGitHub(fake);
    const { snapshot, cost } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: config(),
      now,
    });
    expect(snapshot.issues[0]?.reactions.map((r) => r.login)).toEqual(["voter-1-0", "voter-1-1"]);
    expect(cost.skippedReactions).toBe(1);
  });

  it("reads each topic's Status on the configured project", async () => {
    const fake = fakeBoard(2);
    fake.project = fakeProject([1, 2]);
    const second = fake.project.items[1];
    if (second) second.values.Status = "Parked";
    mountGitHub(fake);
    const cfg = config((c) => {
      c.project = {
        owner: "acme",
        number: 7,
        fields: { status: "Status", lane: "Lane", quarter: "Quarter", slot: "Slot", room: "Room" },
        statusOptions: {},
        setup: false,
      };
    });
    const { snapshot } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: cfg,
      now,
    });
    expect(snapshot.issues.map((i) => i.board)).toEqual([
      { itemId: "PVTI_1", fields: { Status: "To discuss" } },
      { itemId: "PVTI_2", fields: { Status: "Parked" } },
    ]);
    expect(boardOf(snapshot, cfg).queue.parked.map((t) => t.number)).toEqual([2]);
  });

  it("reads the collaborators when only they may vote", async () => {
    const fake = fakeBoard(1);
    fake.collaborators = Array.from({ length: 130 }, (_, i) => `person-${i}`);
    const scope = mountGitHub(fake, { rest: ["GET"] });
    const cfg = config((c) => {
      c.votes.eligible = "collaborators";
    });
    const { snapshot, cost } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: cfg,
      now,
    });
    expect(snapshot.collaborators).toHaveLength(130);
    // The issues' one page, and the collaborators' two.
    expect(cost.restRequests).toBe(3);
    expect(scope.isDone()).toBe(true);
  });

  it("says when the repository cannot be read", async () => {
    const fake = fakeBoard(0);
    fake.interceptors.push((call) =>
      call.type === "rest" ? [404, { message: "Not Found" }] : undefined,
    );
    mountGitHub(fake);
    await expect(
      loadSnapshot(client(), { owner: "acme", repo: "board", config: config(), now }),
    ).rejects.toThrow("acme/board: no such repository, or the token cannot read it");
  });
});
