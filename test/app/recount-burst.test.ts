import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeGitHub, fakeBoard, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { example, mountInstallationToken, roundtableProbot } from "../helpers/probot.js";

const config = "project:\n  owner: acme\n  number: 7\n";

/** 12 topics on the project out of order; then 5 topics get 👍 that move them up the queue. */
function board(): FakeGitHub {
  const fake = fakeBoard(12, (n) => 12 - n);
  fake.project = fakeProject([3, 1, 2, 6, 4, 5, 12, 7, 8, 9, 11, 10]);
  fake.pushCommit("main", { ".github/roundtable.yml": config });
  return fake;
}

const voteUp = (fake: FakeGitHub, topics: number[]) => {
  for (const n of topics) {
    const issue = fake.issues.find((i) => i.number === n);
    for (let k = 0; k < 20; k++)
      issue?.reactions.push({ login: `late-${n}-${k}`, createdAt: "2026-11-30T10:00:00Z" });
  }
};

/** A plain comment on topic n (no command): its delivery only recounts the board. */
const comment = (n: number, id: number) =>
  example("issue_comment", "created", (p) => {
    p.repository = {
      ...p.repository,
      name: "board",
      full_name: "acme/board",
      owner: { ...p.repository.owner, login: "acme" },
    };
    p.issue = { ...p.issue, number: n, node_id: `I_${n}`, labels: [{ name: "topic" }] };
    p.comment = { ...p.comment, id, body: "Count me in on this one." };
  });

/** Reads of the board: each starts with the first page of the issue listing. */
const reads = (fake: FakeGitHub) =>
  fake.calls.filter((c) => c.type === "rest" && c.method === "GET" && c.path.endsWith("/issues"))
    .length;

const state = (fake: FakeGitHub) => ({
  column: fake.project?.items.map((i) => [i.issue, i.values.Status]),
  comments: [...fake.comments.entries()],
  labels: fake.issues.map((i) => [i.number, [...i.labels].sort()]),
});

afterEach(() => {
  nock.cleanAll();
});

const topics = [12, 9, 7, 10, 11];

describe("one recount per burst", () => {
  it("5 comments at once make at most 2 recounts, not 5, and leave the board as 5 recounts one by one do", async () => {
    const one = board();
    mountInstallationToken();
    mountGitHub(one, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const first = await roundtableProbot(one);
    await first.receive({ id: "warm-1", name: "issue_comment", payload: comment(1, 1) } as never);
    one.calls = [];
    voteUp(one, topics);
    for (const [i, n] of topics.entries())
      await first.receive({
        id: `seq-${i}`,
        name: "issue_comment",
        payload: comment(n, 10 + i),
      } as never);
    expect(reads(one)).toBe(5);
    nock.cleanAll();

    const burst = board();
    mountInstallationToken();
    mountGitHub(burst, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    const second = await roundtableProbot(burst);
    await second.receive({ id: "warm-2", name: "issue_comment", payload: comment(1, 1) } as never);
    burst.calls = [];
    voteUp(burst, topics);
    await Promise.all(
      topics.map((n, i) =>
        second.receive({
          id: `burst-${i}`,
          name: "issue_comment",
          payload: comment(n, 10 + i),
        } as never),
      ),
    );
    // The first recount, and (when its stamp fell in the same millisecond the others arrived)
    // one further; the rest were folded into a recount that started after they arrived.
    expect(reads(burst)).toBeGreaterThanOrEqual(1);
    expect(reads(burst)).toBeLessThanOrEqual(2);
    expect(state(burst)).toEqual(state(one));
    // The votes moved those topics to the head of the column, the same way both times.
    expect(
      new Set(
        state(burst)
          .column?.slice(0, 5)
          .map(([n]) => n),
      ),
    ).toEqual(new Set(topics));
  });
});
