import { FakeGitHub, type FakeIssue, fakeProject } from "./fake-github.js";

export const meetingBody = [
  "### Date\n\n2026-12-03",
  "### Start time\n\n17:00",
  "### Time zone\n\nEurope/Berlin",
  "### Theme\n\nOn-call and incidents",
  "### Format\n\nLean coffee",
  "### Capacity\n\n12",
].join("\n\n");

export const people = Array.from({ length: 14 }, (_, i) => `person-${i + 1}`);

export function topic(number: number, title: string, sponsor: string, voters: string[]): FakeIssue {
  return {
    id: `I_${number}`,
    number,
    title,
    state: "OPEN",
    createdAt: `2026-11-0${number}T09:00:00Z`,
    closedAt: null,
    body: "### What is it?\n\nA topic",
    author: sponsor,
    labels: ["topic"],
    assignees: [sponsor],
    reactions: voters.map((login) => ({ login, createdAt: "2026-11-22T09:00:00Z" })),
    comments: [],
  };
}

/**
 * Codertocat/Hello-World (or another of Codertocat's repositories): #1 the meeting Codertocat
 * runs, #2–#4 topics on the board.
 */
export function roundtable(repo = "Hello-World"): FakeGitHub {
  const fake = new FakeGitHub("Codertocat", repo);
  fake.issues = [
    {
      id: "MDU6SXNzdWU0NDQ1MDAwNDE=",
      number: 1,
      title: "Lean coffee, December",
      state: "OPEN",
      createdAt: "2026-11-20T09:00:00Z",
      closedAt: null,
      body: meetingBody,
      author: "Codertocat",
      labels: ["meeting"],
      assignees: [],
      reactions: [],
      comments: [],
    },
    // Only participants vote: person-14 ends on the waitlist, and outsider never joins.
    topic(2, "Follow-the-sun on-call", "person-1", [
      "person-1",
      "person-2",
      "person-4",
      "outsider",
    ]),
    topic(3, "Incident reviews that teach", "person-5", ["person-5", "person-6"]),
    topic(4, "Paging budgets", "person-7", ["person-14", "outsider"]),
  ];
  fake.project = { ...fakeProject([2, 3, 4]), owner: "Codertocat" };
  fake.pushCommit("main", {
    ".github/roundtable.yml":
      "project:\n  owner: Codertocat\n  number: 7\nvotes:\n  eligible: participants\n",
  });
  return fake;
}

/**
 * The first `count` people joined the meeting (#1) the day before, a minute apart, and they and the
 * facilitator (Codertocat) can read the repository.
 */
export function joinedBefore(fake: FakeGitHub, count: number): FakeIssue {
  const meeting = fake.issues[0] as FakeIssue;
  meeting.comments = people.slice(0, count).map((login, i) => ({
    id: 100 + i,
    author: login,
    body: "/join",
    votes: 0,
    createdAt: `2026-11-21T10:${String(i).padStart(2, "0")}:00Z`,
  }));
  fake.readers = new Set(["Codertocat", ...people.slice(0, count)]);
  return meeting;
}
