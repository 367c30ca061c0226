import { beforeEach, describe, expect, it } from "vitest";
import { createClient, loadSnapshot, markChanged, type ReadStore } from "../../src/github/index.js";
import { config } from "../helpers/factories.js";
import { type FakeGitHub, fakeBoard } from "../helpers/fake-github.js";
import { memoryReads } from "../helpers/memory-reads.js";
import { mountGitHub } from "../helpers/mount-github.js";

const now = "2026-11-20T09:00:00Z";
const later = "2026-11-20T10:00:00Z";

/** A board of 250 topics read once into `reads`; the fake's calls are then forgotten. */
async function readOnce(fake: FakeGitHub, reads: ReadStore, token = "token-1") {
  mountGitHub(fake);
  const github = createClient({ token, throttle: false, reads });
  const first = await loadSnapshot(github, { owner: "acme", repo: "board", config: config(), now });
  fake.calls = [];
  fake.points = 0;
  return first;
}

const load = (reads: ReadStore, token = "token-1", cfg = config(), at = later) =>
  loadSnapshot(createClient({ token, throttle: false, reads }), {
    owner: "acme",
    repo: "board",
    config: cfg,
    now: at,
  });

describe("a kept read: the next read asks only what changed", () => {
  let fake: FakeGitHub;
  let reads: ReadStore;
  beforeEach(() => {
    fake = fakeBoard(250, (n) => n % 5);
    reads = memoryReads();
  });

  it("an unchanged board: every page answers 304, nothing counts, no GraphQL", async () => {
    const first = await readOnce(fake, reads);
    const { snapshot, cost } = await load(reads);
    expect(fake.notModified()).toBe(3);
    expect(fake.counted()).toEqual([]);
    expect(fake.points).toBe(0);
    expect(cost).toMatchObject({ kept: true, notModified: 3, restRequests: 0, graphqlRequests: 0 });
    expect(snapshot.issues).toEqual(first.snapshot.issues);
    expect(snapshot.takenAt).toBe(later);
  });

  it("one 👍 more: its page answers 200, and only that issue is asked about", async () => {
    await readOnce(fake, reads);
    fake.issues[149]?.reactions.push({ login: "newcomer", createdAt: later });
    const { snapshot, cost } = await load(reads);
    expect(fake.notModified()).toBe(2);
    expect(fake.graphqlCalls().map((c) => [c.operation, c.variables.ids])).toEqual([
      ["BoardNodes", ["I_150"]],
    ]);
    expect(cost).toMatchObject({ restRequests: 1, graphqlRequests: 1, readIssues: 1, points: 1 });
    expect(snapshot.issues[149]?.reactions.map((r) => r.login)).toContain("newcomer");
  });

  it("a new topic: the last page changed, and only the new issue is asked about", async () => {
    await readOnce(fake, reads);
    fake.openFromForm("A new topic", "", [], "someone").labels.push("topic");
    const { snapshot } = await load(reads);
    expect(fake.graphqlCalls().map((c) => c.variables.ids)).toEqual([["I_251"]]);
    expect(snapshot.issues.map((i) => i.number).at(-1)).toBe(251);
  });

  it("a new token (the next Action run): pages answer 200, yet nothing unchanged is asked about", async () => {
    const first = await readOnce(fake, reads, "token-1");
    const { snapshot, cost } = await load(reads, "token-2");
    expect(fake.notModified()).toBe(0);
    expect(cost).toMatchObject({ restRequests: 3, graphqlRequests: 0, points: 0 });
    expect(snapshot.issues).toEqual(first.snapshot.issues);
  });

  it("a config that reads differently (a renamed label) ignores the kept read and reads in full", async () => {
    await readOnce(fake, reads);
    const renamed = config((c) => {
      c.labels.retro = "retrospective";
    });
    const { cost } = await load(reads, "token-1", renamed);
    expect(cost).toMatchObject({ kept: false, notModified: 0, readIssues: 250 });
  });

  it("a kept read older than a day is not used", async () => {
    await readOnce(fake, reads);
    const { cost } = await load(reads, "token-1", config(), "2026-11-21T09:00:01Z");
    expect(cost).toMatchObject({ kept: false, readIssues: 250 });
  });

  it("an issue Roundtable changed (a project field no listing shows) is asked about again", async () => {
    await readOnce(fake, reads);
    await markChanged(reads, "acme/board", [7, 180]);
    const { cost } = await load(reads);
    expect(fake.graphqlCalls().map((c) => c.variables.ids)).toEqual([["I_7", "I_180"]]);
    expect(cost.notModified).toBe(3);
    // Asked once: the read after it starts from what this one kept.
    fake.calls = [];
    await load(reads);
    expect(fake.graphqlCalls()).toEqual([]);
  });

  it("a kept read that is not Roundtable's shape is no kept read", async () => {
    const broken: ReadStore = {
      get: async () => ({ version: 1, pages: "x" }),
      set: async () => {},
    };
    mountGitHub(fake);
    const { cost } = await load(broken);
    expect(cost).toMatchObject({ kept: false, readIssues: 250 });
  });
});
