import { afterEach, describe, expect, it, vi } from "vitest";
import { applyPlan, createClient } from "../../src/github/index.js";
import { type FakeGitHub, fakeBoard } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

/** The facilitator's /next, pressed 30 s after the fake's clock stamps the comments it takes. */
const press = {
  kind: "comment-as-person" as const,
  issue: 1,
  login: "ada",
  body: "/next",
  at: "2026-11-21T00:00:30Z",
};

/** A board whose POST of a comment is answered 502 once: after applying it, or before. */
function flakyBoard(applied: boolean): FakeGitHub {
  const fake = fakeBoard(1);
  fake.userTokens.set("ada-token", "ada");
  let failed = false;
  fake.interceptors.push((call) => {
    if (failed || call.type !== "rest" || call.method !== "POST") return undefined;
    failed = true;
    if (applied) fake.rest("POST", call.path, call.body, "token ada-token");
    return [502, { message: "Server Error" }];
  });
  return fake;
}

async function pressAsAda(fake: FakeGitHub): Promise<string[]> {
  vi.stubEnv("ROUNDTABLE_RETRY_BASE_MS", "1");
  mountGitHub(fake, { graphql: false, rest: ["GET", "POST"] });
  await applyPlan(createClient({ token: "ada-token", throttle: false }), [press], {
    owner: "acme",
    repo: "board",
    project: null,
    dryRun: false,
    log: () => {},
  });
  return (fake.issues[0]?.comments ?? [])
    .filter((c) => c.body === "/next")
    .map((c) => `${c.author} ${c.createdAt}`);
}

describe("comment-as-person", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("posts the person's command as them, once, when GitHub applied it and answered 502", async () => {
    const fake = flakyBoard(true);
    expect(await pressAsAda(fake)).toEqual([`ada ${fake.clock}`]);
    const rest = fake.calls.filter((c) => c.type === "rest").map((c) => `${c.method} ${c.path}`);
    // The second POST is the fake applying the first; then the effect looks, and finds it.
    expect(rest).toEqual([
      "POST /repos/acme/board/issues/1/comments",
      "POST /repos/acme/board/issues/1/comments",
      "GET /repos/acme/board/issues/1/comments",
    ]);
  });

  it("posts it again when the 502 came before GitHub applied it: an older same command is not it", async () => {
    const fake = flakyBoard(false);
    const earlier = {
      id: 9,
      author: "ada",
      body: "/next",
      votes: 0,
      createdAt: "2026-11-20T09:00:00Z",
    };
    (fake.issues[0] as { comments?: unknown[] }).comments = [earlier];
    expect(await pressAsAda(fake)).toEqual([`ada 2026-11-20T09:00:00Z`, `ada ${fake.clock}`]);
  });
});
