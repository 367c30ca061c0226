import type { FakeGitHub, FakeIssue } from "./fake-github.js";
import type { Delivery } from "./fault-bench.js";
import type { FaultRule } from "./fault-proxy.js";
import { commentDelivery, startedMeeting } from "./instances.js";
import { roundtable, topic } from "./meeting-board.js";
import { example, type Payload } from "./probot.js";

/**
 * The stories of the fault matrix beyond the meeting's own: each makes one kind of creation
 * (an issue, a label, a project item) and ends with the next event, which is where a write the
 * fault cost is made up. A story runs on a repository of its own, as the fault bench builds it.
 */
export interface CreationStory {
  /** What the story creates, as a cell's name says it. */
  write: string;
  /** Where that creation goes: the first request matching is the one failed. */
  where: Omit<FaultRule, "fault">;
  build: (repo: string) => FakeGitHub;
  story: Array<(fake: FakeGitHub) => Delivery>;
}

const at = (minute: number) => `2027-03-01T11:${String(minute).padStart(2, "0")}:00Z`;
const said = (issue: number, id: number, login: string, body: string, minute: number) => {
  return (fake: FakeGitHub) =>
    commentDelivery(fake, issue, { id, login, body, at: at(minute) }, `delivery-${id}`);
};

/** The app installed on a repository with no label yet: it makes each of its labels once. */
function installed(fake: FakeGitHub, id: string): Delivery {
  return {
    id,
    name: "installation_repositories",
    payload: example("installation_repositories", "added", (p: Payload) => {
      p.repositories_added = [
        { ...p.repositories_added[0], full_name: `${fake.owner}/${fake.repo}` },
      ];
    }),
  };
}

/** A person opens topic #5 from the form: the board adds it to the project, once. */
function opened(fake: FakeGitHub): Delivery {
  const issue = fake.issues.find((i) => i.number === 5) as FakeIssue;
  return {
    id: "opened-5",
    name: "issues",
    payload: example("issues", "opened", (p: Payload) => {
      p.issue.number = 5;
      p.issue.node_id = issue.id;
      p.issue.title = issue.title;
      p.issue.body = issue.body;
      p.issue.labels = issue.labels.map((name) => ({ name }));
      p.issue.assignees = issue.assignees.map((login) => ({ login }));
      p.issue.user.login = issue.author;
      p.sender.login = issue.author;
    }),
  };
}

export const creations: CreationStory[] = [
  {
    // The meeting discusses #2, and the facilitator promotes it: one roadmap item, one note.
    write: "an issue opened",
    where: { method: "POST", path: /\/issues$/ },
    build: (repo) => startedMeeting("", repo),
    story: [
      said(1, 701, "Codertocat", "/next", 1),
      said(1, 702, "person-2", "/outcome Two regions share the pager.", 2),
      said(1, 703, "person-2", "/promote", 3),
      said(1, 704, "person-1", "Thanks, all.", 4),
    ],
  },
  {
    write: "a label created",
    where: { method: "POST", path: /\/labels$/ },
    build: (repo) => roundtable(repo),
    story: [(fake) => installed(fake, "installed"), (fake) => installed(fake, "installed-again")],
  },
  {
    write: "a project item added",
    where: { operation: "addProjectV2ItemById" },
    build: (repo) => {
      const fake = roundtable(repo);
      fake.issues.push(topic(5, "Blameless postmortems", "person-3", ["person-3"]));
      return fake;
    },
    story: [opened, said(5, 705, "person-4", "Keen to hear this one.", 5)],
  },
];

/**
 * The note a command that met trouble gets once it is done: the one thing a fault may add, once
 * per command (told apart by the matrix, compared as absent).
 */
export const troubleNote =
  /^<!-- roundtable:reply:\d+ -->\nDone: Roundtable completed this command after GitHub failed/;

/**
 * What GitHub holds after a creation story, compared whole: the repository's labels, every
 * issue with its labels and the bot's comments, the reactions, the project's items (an issue
 * twice on the board shows twice), the files, the commits and pull requests.
 */
export function creationState(fake: FakeGitHub) {
  const state = {
    labels: fake.repoLabels.map((l) => `${l.name} ${l.color} ${l.description}`).sort(),
    issues: fake.issues.map(
      (i) => `#${i.number} ${i.state} ${i.title} [${i.labels.join(", ")}] ${i.body.split("\n")[0]}`,
    ),
    comments: fake.issues.flatMap((i) =>
      (i.comments ?? [])
        .filter((c) => c.bot && !troubleNote.test(c.body))
        // When the host's trust was checked is the app's own clock: the runs differ in it alone.
        .map((c) => `#${i.number} ${c.body.replace(/("at":")[^"]+("\} -->)/, "$1…$2")}`)
        .sort(),
    ),
    troubleNotes: fake.issues.flatMap((i) =>
      (i.comments ?? []).filter((c) => c.bot && troubleNote.test(c.body)),
    ).length,
    reactions: fake.reactions
      .filter((r) => !r.deleted)
      .map((r) => `${r.commentId} ${r.content}`)
      .sort(),
    items: (fake.project?.items ?? []).map((i) => `#${i.issue} ${JSON.stringify(i.values)}`),
    files: Object.fromEntries(fake.files()),
    commits: fake.commits.size,
    pulls: fake.pulls.length,
  };
  return JSON.parse(JSON.stringify(state).replaceAll(fake.repo, "Hello-World")) as typeof state;
}
