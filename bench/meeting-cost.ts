import { defaultConfig } from "../src/config/index.js";
import { createClient } from "../src/github/index.js";
import { meetingComment } from "../src/jobs/meeting-comment.js";
import { runContext } from "../src/jobs/run-context.js";
import { fakeBoard, fakeFetch } from "../test/helpers/fake-github.js";

/**
 * What running a meeting costs in API calls: a board of 100 topics with a project, a meeting of
 * 12, and each command's requests (GraphQL and REST) and rate-limit points, on a simulated
 * transport. Every command recounts the board first (a /join changes who votes; /next wants the
 * queue as it stands), so a command costs about one sync plus its own writes.
 */
export async function benchMeetingCost(): Promise<void> {
  const fake = fakeBoard(100, (n) => n % 5);
  fake.issues.push({
    id: "I_meeting",
    number: 1000,
    title: "Lean coffee",
    state: "OPEN",
    createdAt: "2026-11-20T09:00:00Z",
    closedAt: null,
    body: "### Date\n\n2026-12-03\n\n### Start time\n\n17:00\n\n### Time zone\n\nUTC\n\n### Format\n\nLean coffee",
    author: "fay",
    labels: ["meeting"],
    assignees: [],
    reactions: [],
    comments: [],
  });
  const github = createClient({ token: "bench", throttle: false, fetch: fakeFetch(fake) });
  const config = defaultConfig();
  const meeting = fake.issues.at(-1);
  let id = 1;
  const rows: string[] = [];
  const run = async (login: string, body: string, at: string, label: string) => {
    id += 1;
    fake.clock = at;
    meeting?.comments?.push({ id, author: login, body, votes: 0, createdAt: at });
    const calls = fake.calls.length;
    const points = fake.points;
    const started = performance.now();
    // The comment's meeting path as the app runs it: the 👀, the event, /end's pages, the answer.
    await meetingComment(
      runContext({
        github,
        owner: fake.owner,
        repo: fake.repo,
        config,
        clock: () => at,
        log: () => {},
      }),
      {
        issue: 1000,
        comment: { id, body, login, createdAt: at, url: `${meeting?.id}#${id}` },
        answerTo: { issue: 1000, commentId: id, notices: [], last: true },
      },
    );
    const made = fake.calls.slice(calls);
    const graphql = made.filter((c) => c.type === "graphql").length;
    if (label)
      rows.push(
        `  ${label.padEnd(28)} ${String(graphql).padStart(3)} GraphQL + ${String(made.length - graphql).padStart(2)} REST, ${fake.points - points} points, ${(performance.now() - started).toFixed(0)} ms`,
      );
  };
  for (let p = 1; p <= 11; p++)
    await run(`person-${p}`, "/join", `2026-11-21T10:${String(p).padStart(2, "0")}:00Z`, "");
  await run("person-12", "/join", "2026-11-21T11:00:00Z", "/join (12th seat)");
  await run("fay", "/next", "2026-12-03T17:00:00Z", "/next (starts, takes #1)");
  await run("person-2", "/takeaway Write it down", "2026-12-03T17:05:00Z", "/takeaway");
  await run("fay", "/next", "2026-12-03T17:11:00Z", "/next after the timebox");
  await run("fay", "/end", "2026-12-03T17:30:00Z", "/end (and the pages)");
  console.log("running a meeting: 100 topics, 12 participants (simulated transport; no project):");
  for (const row of rows) console.log(row);
}
