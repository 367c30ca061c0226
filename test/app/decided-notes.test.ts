import nock from "nock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import {
  type AppProcess,
  deliver,
  GitHubForProcesses,
  startApp,
  warningsOnly,
} from "../helpers/app-process.js";
import type { FakeGitHub } from "../helpers/fake-github.js";
import { commentDelivery, startedMeeting } from "../helpers/instances.js";

// Two of #31's acceptance points as the issue measured them: from outside, the app as a process
// (what `npm start` runs) answering signed webhooks, GitHub's state read after each delivery.
let sequence = 61_000;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const statuses = (fake: FakeGitHub) =>
  Object.fromEntries(fake.project?.items.map((i) => [i.issue, i.values.Status]) ?? []);

describe("the meeting's decisions through the app as a process", () => {
  const github = new GitHubForProcesses(startedMeeting());
  let app: AppProcess;

  beforeAll(async () => {
    nock.enableNetConnect("127.0.0.1");
    await github.start();
    app = await startApp(github, { ROUNDTABLE_THROTTLING: "", ...warningsOnly });
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await github.stop();
  });

  /** `login` comments `body` on the meeting; the app answers the delivery 200. */
  const say = async (fake: FakeGitHub, login: string, body: string) => {
    const delivery = commentDelivery(fake, 1, { id: ++sequence, login, body });
    expect(await deliver(app, delivery)).toBe(200);
  };

  it("/outcome then /takeaway then /next: the first topic is Discussed at every step", async () => {
    const fake = startedMeeting();
    github.fake = fake;
    await say(fake, "Codertocat", "/next");
    expect(statuses(fake)[2]).toBe("Discussing");
    await say(fake, "person-2", "/outcome We pilot it in one team");
    expect(statuses(fake)[2]).toBe("Discussed");
    await say(fake, "person-3", "/takeaway Keep the rotation small");
    expect(statuses(fake)[2]).toBe("Discussed");
    await say(fake, "Codertocat", "/next");
    expect(statuses(fake)[2]).toBe("Discussed");
    expect(statuses(fake)[3]).toBe("Discussing");
  }, 60_000);

  it("a 2,001-unit argument with an emoji at the cut: pages clean, a second publish commits nothing", async () => {
    const fake = startedMeeting();
    github.fake = fake;
    // 1,999 letters, then an emoji (two UTF-16 units) across the 2,000-unit limit.
    const long = `${"a".repeat(1999)}😀!`;
    await say(fake, "Codertocat", "/next");
    await say(fake, "person-2", `/outcome ${long}`);
    await say(fake, "person-3", `/takeaway ${long}`);
    await say(fake, "Codertocat", "/end");
    const pages = [...fake.files("main")].filter(([path]) => path.startsWith("docs/"));
    const meetingPage = pages.find(([path]) => path.startsWith("docs/meetings/"));
    // The page shows the outcome and the takeaway (cut shorter for the page, on a whole grapheme).
    expect(meetingPage?.[1]).toContain(`**Outcome:** ${"a".repeat(200)}`);
    expect(meetingPage?.[1]).toContain(`- ${"a".repeat(200)}`);
    for (const [path, text] of pages) {
      expect(loneSurrogate.test(text), path).toBe(false);
      expect(text, path).not.toContain("\uFFFD");
    }
    for (const c of fake.issues.flatMap((i) => i.comments ?? []).filter((c) => c.bot))
      expect(loneSurrogate.test(c.body)).toBe(false);

    // The CLI publishes on its own clock, which may stand on another day than the app's (the
    // suite runs again on a clock moved ahead): pages dated by "now" may then be committed once.
    // Pages holding the cut text never are, and a publish after that commits nothing at all.
    const publish = async () => {
      const out: string[] = [];
      const code = await runCli(["publish", "--repo", "Codertocat/Hello-World"], {
        cwd: process.cwd(),
        env: {
          GITHUB_TOKEN: "ghs_cli",
          GITHUB_API_URL: `http://${github.host}/api/v3`,
          GITHUB_GRAPHQL_URL: `http://${github.host}/api/graphql`,
        },
        out: (l: string) => out.push(l),
        err: (l: string) => out.push(l),
        now: () => new Date().toISOString(),
      });
      expect(code, out.join("\n")).toBe(0);
      return out.join("\n");
    };
    const first = await publish();
    expect(first).not.toMatch(/docs\/meetings\/|takeaways/);
    const commits = fake.commits.size;
    const second = await publish();
    expect(fake.commits.size, second).toBe(commits);
  }, 60_000);
});
