import { describe, expect, it, vi } from "vitest";
import { FakeGitHub } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { mountInstallationToken, receiveComment, roundtableProbot } from "../helpers/probot.js";

/** Codertocat/Hello-World with issue #1 a topic nobody sponsors yet. */
function helloWorld(): FakeGitHub {
  const fake = new FakeGitHub("Codertocat", "Hello-World");
  fake.issues = [
    {
      id: "MDU6SXNzdWU0NDQ1MDAwNDE=",
      number: 1,
      title: "Spelling error in the README file",
      state: "OPEN",
      createdAt: "2026-11-20T09:00:00Z",
      closedAt: null,
      body: "A topic",
      author: "Codertocat",
      labels: ["topic"],
      assignees: [],
      reactions: [],
      comments: [],
    },
  ];
  return fake;
}

/**
 * The tests of a shared worker run one after another in one process, a file's after another
 * file's (vitest.config.ts): an app one test made must do nothing once its test has ended. Its
 * timers fired in later tests of the worker, and answered through their nock interceptors (their
 * fakes) or a loopback port whose fake had closed: deliveries answered 500, a reply missing, a
 * request refused.
 */
describe("an in-process app ends with the test that made it", () => {
  it("a command GitHub failed (502) leaves a retry, due after this test has ended", async () => {
    vi.stubEnv("ROUNDTABLE_RETRY_JOB_BASE_MS", "300");
    try {
      const fake = helloWorld();
      fake.interceptors.push((call) =>
        call.type === "rest" && call.path.endsWith("/assignees")
          ? [502, { message: "Bad Gateway" }]
          : undefined,
      );
      mountInstallationToken();
      mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
      const probot = await roundtableProbot(fake);
      const said = { id: 8101, login: "Codertocat", body: "/sponsor", at: fake.clock };
      await receiveComment(probot, fake, 1, said);
      expect(fake.comments.get(1)?.at(-1)?.body).toContain("It will be completed by itself");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("the next test's GitHub hears nothing from it, when the retry falls due", async () => {
    const fake = helloWorld();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "DELETE"] });
    // The retry was due 300 ms after the command (the fixture's clock: whatever today is).
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(fake.calls).toEqual([]);
  });
});
