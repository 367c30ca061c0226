import { describe, expect, it } from "vitest";
import { createClient, explainError, loadSnapshot } from "../../src/github/index.js";
import { config } from "../helpers/factories.js";
import { fakeBoard } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

const now = "2026-11-20T09:00:00Z";

describe("createClient", () => {
  it("waits out a secondary rate limit (403 with Retry-After) and retries", async () => {
    const fake = fakeBoard(3, () => 1);
    let limited = false;
    fake.interceptors.push((call) => {
      if (call.type === "graphql" && !limited) {
        limited = true;
        return [
          403,
          {
            message:
              "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
          },
          { "retry-after": "2" },
        ];
      }
      return undefined;
    });
    const scope = mountGitHub(fake);
    const log: string[] = [];
    // Retry-After is in seconds; a base of 5 ms a second keeps the test quick.
    const github = createClient({ token: "t", retryAfterBaseValue: 5, log: (l) => log.push(l) });
    const { snapshot } = await loadSnapshot(github, {
      owner: "acme",
      repo: "board",
      config: config(),
      now,
    });
    expect(snapshot.issues).toHaveLength(3);
    expect(fake.graphqlCalls("BoardNodes")).toHaveLength(2);
    expect(log).toEqual([
      "secondary rate limit on POST https://api.github.com/graphql: waiting 2 s, then retrying",
    ]);
    expect(scope.isDone()).toBe(true);
  });

  it("gives up on a wait longer than the cap, with advice on what to do", async () => {
    const fake = fakeBoard(1);
    // The plugin counts the wait from the real clock to x-ratelimit-reset: an hour from now.
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const until = new Date(reset * 1000).toISOString().slice(11, 16);
    fake.interceptors.push(() => [
      403,
      { message: "API rate limit exceeded for installation." },
      { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(reset), "retry-after": "3600" },
    ]);
    mountGitHub(fake);
    const github = createClient({ token: "t", retryAfterBaseValue: 5, maxWaitSeconds: 60 });
    const error = await loadSnapshot(github, {
      owner: "acme",
      repo: "board",
      config: config(),
      now,
    }).catch((e: unknown) => e);
    expect(fake.calls).toHaveLength(1);
    expect(explainError(error)).toBe(
      `GitHub's rate limit is spent until ${until} UTC: run again then, or use a token with a larger budget (a GitHub App installation has 5,000 points an hour or more; GITHUB_TOKEN in Actions has 1,000)`,
    );
  });

  it("takes GitHub Enterprise URLs from the runner's variables", async () => {
    const fake = fakeBoard(1);
    const nock = (await import("nock")).default;
    const scope = nock("https://ghe.example.com")
      .get(/^\/api\/v3\/repos\/acme\/board\/issues/)
      .reply((uri) => fake.rest("GET", uri.replace(/^\/api\/v3/, ""), undefined))
      .post("/api/graphql")
      .reply((_uri, body) =>
        fake.graphql(body as { query: string; variables?: Record<string, unknown> }),
      );
    const github = createClient({
      token: "t",
      throttle: false,
      apiUrl: "https://ghe.example.com/api/v3",
    });
    await loadSnapshot(github, { owner: "acme", repo: "board", config: config(), now });
    expect(scope.isDone()).toBe(true);
  });
});

describe("explainError", () => {
  it("says what to do about a refused token or a missing repository", () => {
    expect(explainError({ status: 401, message: "Bad credentials" })).toBe(
      "GitHub refused the token (401): check that GITHUB_TOKEN is set and has not expired",
    );
    expect(explainError({ status: 404, message: "Not Found" })).toMatch(
      /^GitHub found nothing there \(404\): check the repository name/,
    );
    expect(explainError(new Error("not from GitHub"))).toBeUndefined();
  });
});
