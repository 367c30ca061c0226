import { describe, expect, it } from "vitest";
import { boardOf } from "../../src/core/index.js";
import { createClient, loadSnapshot } from "../../src/github/index.js";
import { config } from "../helpers/factories.js";
import { fakeBoard, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

const client = () => createClient({ token: "test-token", throttle: false });
const now = "2026-11-20T09:00:00Z";

describe("loadSnapshot", () => {
  it("loads a board of 250 topics in 3 GraphQL requests", async () => {
    const fake = fakeBoard(250, (n) => n % 7);
    const scope = mountGitHub(fake);
    const { snapshot, cost } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: config(),
      now,
    });
    expect(snapshot.issues).toHaveLength(250);
    expect(fake.graphqlCalls("BoardIssues").map((c) => c.variables.after ?? null)).toEqual([
      null,
      "100",
      "200",
    ]);
    expect(fake.calls).toHaveLength(3);
    expect(cost).toMatchObject({
      graphqlRequests: 3,
      restRequests: 0,
      followUpIssues: 0,
      points: fake.points,
    });
    expect(snapshot.issues[9]?.reactions).toHaveLength(3);
    expect(scope.isDone()).toBe(true);
  });

  it("asks for exactly the follow-up pages of the one topic with 230 👍", async () => {
    const fake = fakeBoard(250, (n) => (n === 42 ? 230 : 2));
    mountGitHub(fake);
    const { snapshot, cost } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: config(),
      now,
    });
    const followUps = fake.graphqlCalls("IssueReactions");
    expect(followUps.map((c) => c.variables)).toEqual([
      { id: "I_42", after: "100" },
      { id: "I_42", after: "200" },
    ]);
    expect(fake.graphqlCalls()).toHaveLength(5);
    expect(cost.followUpIssues).toBe(1);
    const topic = snapshot.issues.find((i) => i.number === 42);
    expect(topic?.reactions).toHaveLength(230);
    expect(new Set(topic?.reactions.map((r) => r.login)).size).toBe(230);
  });

  it("asks only for Roundtable's labels, and reads renamed ones", async () => {
    const fake = fakeBoard(3);
    mountGitHub(fake);
    await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: config((c) => {
        c.labels.topic = "agenda";
      }),
      now,
    });
    expect(fake.graphqlCalls("BoardIssues")[0]?.variables.labels).toEqual([
      "agenda",
      "roadmap",
      "objective",
      "key-result",
      "meeting",
      "retro",
      "action-item",
    ]);
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
    expect(cost.restRequests).toBe(2);
    expect(scope.isDone()).toBe(true);
  });

  it("says when the repository cannot be read", async () => {
    const fake = fakeBoard(0);
    fake.interceptors.push((call) =>
      call.type === "graphql" ? [200, { data: { rateLimit: null, repository: null } }] : undefined,
    );
    mountGitHub(fake);
    await expect(
      loadSnapshot(client(), { owner: "acme", repo: "board", config: config(), now }),
    ).rejects.toThrow("acme/board: no such repository, or the token cannot read it");
  });
});
