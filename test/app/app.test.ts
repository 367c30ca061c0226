import { describe, expect, it, vi } from "vitest";
import { FakeGitHub, type FakeIssue, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";
import {
  example,
  mountInstallationToken,
  type Payload,
  roundtableProbot,
} from "../helpers/probot.js";

const NODE_ID = "MDU6SXNzdWU0NDQ1MDAwNDE=";
const formBody =
  "### What is it?\n\nOn-call for small teams\n\n### Why discuss it? What problem does it solve?\n\n_No response_\n\n### What would a good outcome look like?\n\n_No response_\n\n### Will you sponsor it?\n\n- [ ] I will sponsor this topic";

/** The repository of the webhook examples, Codertocat/Hello-World, with issue #1 as a topic. */
function helloWorld(issue: Partial<FakeIssue> = {}, config?: string): FakeGitHub {
  const fake = new FakeGitHub("Codertocat", "Hello-World");
  fake.issues = [
    {
      id: NODE_ID,
      number: 1,
      title: "Spelling error in the README file",
      state: "OPEN",
      createdAt: "2019-05-15T15:20:18Z",
      closedAt: null,
      body: "It looks like you accidently spelled 'commit' with two 't's.",
      author: "Codertocat",
      labels: ["topic"],
      assignees: [],
      reactions: [{ login: "octocat", createdAt: "2019-05-16T00:00:00Z" }],
      ...issue,
    },
  ];
  if (config !== undefined) fake.pushCommit("main", { ".github/roundtable.yml": config });
  return fake;
}

/** Sets the payload's issue as the fake holds it (labels, assignees, body). */
const asTopic = (fake: FakeGitHub) => (payload: Payload) => {
  const issue = fake.issues[0];
  payload.issue.labels = (issue?.labels ?? []).map((name) => ({ name }));
  payload.issue.assignees = (issue?.assignees ?? []).map((login) => ({ login }));
  payload.issue.body = issue?.body;
};

type Method = "GET" | "POST" | "PATCH" | "DELETE";

/** Mounts the installation token and the fake with exactly the REST methods a test uses. */
function mount(fake: FakeGitHub, rest: Method[], graphql = true) {
  const scopes = [mountInstallationToken(), mountGitHub(fake, { rest, graphql })];
  return { allDone: () => scopes.every((scope) => scope.isDone()) };
}

const writes = (fake: FakeGitHub) =>
  fake.calls.filter(
    (c) =>
      (c.type === "rest" && c.method !== "GET") ||
      (c.type === "graphql" && fake.mutations().includes(c as never)),
  );

describe("the app", () => {
  describe("issues.opened", () => {
    it("with a topic: recounts the board and answers once with how it works and the topic's place", async () => {
      const fake = helloWorld();
      const scopes = mount(fake, ["GET", "POST"]);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "d-1",
        name: "issues",
        payload: example("issues", "opened", asTopic(fake)),
      });
      expect(fake.graphqlCalls("BoardNodes")).toHaveLength(1);
      const comments = fake.comments.get(1) ?? [];
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain("<!-- roundtable:welcome -->");
      expect(comments[0]?.body).toContain("Everyone can vote; each person has 3 votes");
      expect(comments[0]?.body).toContain(
        "It is number 1 of 1 in the queue, with 1 vote. It needs a sponsor.",
      );
      expect(scopes.allDone()).toBe(true);
    });

    it("never edits a person's comment that carries the bot's marker: it writes its own", async () => {
      const pasted = "<!-- roundtable:welcome -->\nMy own notes, with the bot's marker pasted in.";
      const fake = helloWorld({
        comments: [
          { id: 7, author: "mallory", body: pasted, votes: 0, createdAt: "2019-05-16T00:00:00Z" },
        ],
      });
      const scopes = mount(fake, ["GET", "POST"]);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "d-m",
        name: "issues",
        payload: example("issues", "opened", asTopic(fake)),
      });
      expect(fake.issues[0]?.comments?.find((c) => c.id === 7)?.body).toBe(pasted);
      expect(fake.comments.get(1)?.[0]?.body).toContain("Everyone can vote");
      expect(writes(fake).some((c) => c.type === "rest" && c.method === "PATCH")).toBe(false);
      expect(scopes.allDone()).toBe(true);
    });

    it("from the topic form without its label: labels it and names the empty questions", async () => {
      const fake = helloWorld({ labels: [], body: formBody });
      const scopes = mount(fake, ["GET", "POST"]);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "d-2",
        name: "issues",
        payload: example("issues", "opened", asTopic(fake)),
      });
      expect(fake.labelChanges).toEqual([{ issue: 1, add: "topic" }]);
      expect(fake.comments.get(1)?.[0]?.body).toContain(
        "One more thing: the form's **Why discuss it? What problem does it solve?** question is still empty.",
      );
      expect(scopes.allDone()).toBe(true);
    });

    it("handles a redelivered event once: no second comment, no second write", async () => {
      const fake = helloWorld();
      const scopes = mount(fake, ["GET", "POST"]);
      const probot = await roundtableProbot(fake);
      const payload = example("issues", "opened", asTopic(fake));
      await probot.receive({ id: "d-3", name: "issues", payload });
      const before = fake.calls.length;
      await probot.receive({ id: "d-3", name: "issues", payload });
      expect(fake.calls).toHaveLength(before);
      // The same event under a new delivery id changes nothing either: every write is idempotent.
      await probot.receive({ id: "d-3b", name: "issues", payload });
      expect(fake.comments.get(1)).toHaveLength(1);
      expect(writes(fake).filter((c) => c.type === "rest" && c.method === "PATCH")).toEqual([]);
      expect(scopes.allDone()).toBe(true);
    });

    it("ignores an event a bot sent, this app included", async () => {
      const fake = helloWorld();
      const scope = mountGitHub(fake, { rest: ["GET", "POST"] });
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "d-4",
        name: "issues",
        payload: example("issues", "opened", (p) => {
          asTopic(fake)(p);
          p.sender = { login: "roundtable[bot]", type: "Bot", id: 99 };
        }),
      });
      expect(fake.calls).toEqual([]);
      expect(scope.isDone()).toBe(false);
    });
  });

  describe("issues.assigned", () => {
    it("puts the newly sponsored topic on the board as To discuss", async () => {
      const fake = helloWorld(
        { assignees: ["Codertocat"] },
        "project:\n  owner: Codertocat\n  number: 7\n",
      );
      fake.project = { ...fakeProject([]), owner: "Codertocat" };
      const scopes = mount(fake, ["GET"]);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "d-5",
        name: "issues",
        payload: example("issues", "assigned", asTopic(fake)),
      });
      expect(fake.mutations().map((c) => c.operation)).toEqual([
        "AddProjectItem",
        "UpdateItemField",
      ]);
      expect(fake.project.items).toEqual([
        { id: expect.any(String), issue: 1, values: { Status: "To discuss" } },
      ]);
      expect(scopes.allDone()).toBe(true);
    });
  });

  describe("with an invalid config", () => {
    it("comments once with the config's message, then stays silent", async () => {
      const fake = helloWorld({}, "votes:\n  perPerson: three\n");
      const scopes = mount(fake, ["GET", "POST"], false);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "d-6",
        name: "issues",
        payload: example("issues", "opened", asTopic(fake)),
      });
      const comments = () => fake.comments.get(1) ?? [];
      expect(comments()).toHaveLength(1);
      expect(comments()[0]?.body).toContain(
        ".github/roundtable.yml:2:14: votes.perPerson: expected a whole number from 1 to 20\n```",
      );
      expect(fake.graphqlCalls("BoardNodes")).toEqual([]);
      await probot.receive({
        id: "d-7",
        name: "issues",
        payload: example("issues", "edited", asTopic(fake)),
      });
      expect(comments()).toHaveLength(1);
      expect(writes(fake)).toHaveLength(1);
      expect(scopes.allDone()).toBe(true);
    });
  });

  describe("issue_comment.created", () => {
    async function command(
      body: string,
      options: { rest?: Method[]; fake?: FakeGitHub; sender?: string; id?: string } = {},
    ) {
      const fake = options.fake ?? helloWorld();
      const { allDone } = mount(fake, options.rest ?? ["GET", "POST"]);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: options.id ?? "c-1",
        name: "issue_comment",
        payload: example("issue_comment", "created", (p) => {
          asTopic(fake)(p);
          p.comment.body = body;
          if (options.sender) {
            p.comment.user.login = options.sender;
            p.sender.login = options.sender;
          }
        }),
      });
      const reply = (fake.comments.get(1) ?? []).find((c) =>
        c.body.includes("roundtable:reply:492700400"),
      )?.body;
      return { fake, allDone, reactions: fake.reactions.map((r) => r.content), reply };
    }

    it("/sponsor assigns the commenter, marked 👍, and recounts", async () => {
      const { allDone, fake, reactions, reply } = await command("/sponsor");
      expect(fake.issues[0]?.assignees).toEqual(["Codertocat"]);
      expect(reactions).toEqual(["+1"]);
      expect(reply).toBeUndefined();
      expect(fake.graphqlCalls("BoardNodes")).toHaveLength(1);
      expect(allDone()).toBe(true);
    });

    it("one comment of 2,000 commands runs ten, writes at most that, and says how many it left", async () => {
      const flood = Array.from({ length: 2_000 }, (_, i) => `/sponsor extra-${i}`).join("\n");
      const { allDone, fake, reactions, reply } = await command(`/recount\n/recount\n${flood}`);
      expect(writes(fake).length).toBeLessThanOrEqual(3);
      expect(fake.issues[0]?.assignees).toEqual(["Codertocat"]);
      expect(reactions).toEqual(["+1"]);
      expect(reply).toContain(
        "1991 more commands in this comment were not run: Roundtable runs at most 10 commands a comment.",
      );
      expect(allDone()).toBe(true);
    });

    it("never mentions the people a refused command names", async () => {
      const { reply } = await command("/unsponsor nobody @alice-x @bob-y @org/team", {
        sender: "mallory",
        rest: ["GET", "POST"],
      });
      expect(reply).toContain(
        "Only nobody @\u2060alice-x @\u2060bob-y @\u2060org/team or a facilitator",
      );
      expect(reply).not.toMatch(/@[A-Za-z0-9]/);
    });

    it("a delivery whose write GitHub failed (502) is told it will be completed, and the retry completes it", async () => {
      vi.stubEnv("ROUNDTABLE_RETRY_JOB_BASE_MS", "50");
      const fake = helloWorld();
      let failing = true;
      fake.interceptors.push((call) =>
        failing && call.type === "rest" && call.path.endsWith("/assignees")
          ? [502, { message: "Bad Gateway" }]
          : undefined,
      );
      mount(fake, ["GET", "POST", "PATCH", "DELETE"]);
      const probot = await roundtableProbot(fake);
      const delivery = {
        id: "c-502",
        name: "issue_comment" as const,
        payload: example("issue_comment", "created", (p) => {
          asTopic(fake)(p);
          p.comment.body = "/sponsor";
          // The comment as GitHub holds it: the retry reads it back.
          const topic = fake.issues[0] as FakeIssue;
          topic.comments ??= [];
          topic.comments.push({
            id: p.comment.id,
            author: p.comment.user.login,
            body: p.comment.body,
            votes: 0,
            createdAt: p.comment.created_at,
          });
        }),
      };
      try {
        // The delivery is done: handed to a retry, GitHub need not redeliver it.
        await probot.receive(delivery);
        expect(fake.issues[0]?.assignees).toEqual([]);
        const id = delivery.payload.comment.id;
        const mine = () => fake.reactions.filter((r) => r.commentId === id && !r.deleted);
        expect(mine().map((r) => r.content)).toEqual(["confused"]);
        expect(fake.comments.get(1)?.at(-1)?.body).toContain(
          "Roundtable could not finish this command yet: GitHub answered 502. It will be completed by itself in a few minutes",
        );
        failing = false;
        for (let i = 0; i < 100 && fake.issues[0]?.assignees.length === 0; i++)
          await new Promise((r) => setTimeout(r, 50));
        for (let i = 0; i < 20 && !mine().some((r) => r.content === "+1"); i++)
          await new Promise((r) => setTimeout(r, 50));
        expect(fake.issues[0]?.assignees).toEqual(["Codertocat"]);
        expect(mine().map((r) => r.content)).toEqual(["+1"]);
      } finally {
        vi.unstubAllEnvs();
      }
    });

    it("/sponsor is refused when someone else sponsors the topic, saying why", async () => {
      const { allDone, fake, reactions, reply } = await command("/sponsor", {
        fake: helloWorld({ assignees: ["hubot"] }),
      });
      expect(fake.issues[0]?.assignees).toEqual(["hubot"]);
      expect(reactions).toEqual(["confused"]);
      expect(reply).toContain(
        "This topic is sponsored by hubot already, and a topic has one sponsor here.",
      );
      expect(allDone()).toBe(true);
    });

    it("/unsponsor takes the commenter off", async () => {
      const { allDone, fake, reactions } = await command("/unsponsor", {
        rest: ["GET", "POST", "DELETE"],
        fake: helloWorld({ assignees: ["Codertocat"] }),
      });
      expect(fake.issues[0]?.assignees).toEqual([]);
      expect(reactions).toEqual(["+1"]);
      expect(allDone()).toBe(true);
    });

    it("/park by the topic's author parks it", async () => {
      const { allDone, fake, reactions } = await command("/park");
      expect(fake.labelChanges).toEqual([{ issue: 1, add: "status:parked" }]);
      expect(reactions).toEqual(["+1"]);
      expect(allDone()).toBe(true);
    });

    it("/park by someone without write access is refused, saying who may", async () => {
      const { allDone, fake, reactions, reply } = await command("/park", { sender: "mallory" });
      expect(fake.labelChanges).toEqual([]);
      expect(reactions).toEqual(["confused"]);
      expect(reply).toContain(
        "Only the topic's author (Codertocat), the facilitators, and people with write access can `/park` it.",
      );
      expect(allDone()).toBe(true);
    });

    it("/unpark by a collaborator with write access brings the topic back", async () => {
      const fake = helloWorld({ labels: ["topic", "status:parked"] });
      fake.permissions.set("maintainer", "write");
      const { allDone, reactions } = await command("/unpark", {
        fake,
        sender: "maintainer",
        rest: ["GET", "POST", "DELETE"],
      });
      expect(fake.labelChanges).toEqual([{ issue: 1, remove: "status:parked" }]);
      expect(reactions).toEqual(["+1"]);
      expect(allDone()).toBe(true);
    });

    it("/recount recounts, and /help answers with the commands", async () => {
      const { allDone, fake, reactions, reply } = await command("/recount\n/help");
      expect(fake.graphqlCalls("BoardNodes")).toHaveLength(1);
      expect(reactions).toEqual(["+1"]);
      expect(reply).toContain("### Roundtable commands");
      expect(allDone()).toBe(true);
    });

    it("an unknown command gets a short reply and 😕", async () => {
      const { allDone, reactions, reply } = await command("/frobnicate");
      expect(reactions).toEqual(["confused"]);
      expect(reply).toContain("I do not know `/frobnicate`. Type `/help` for the commands.");
      expect(allDone()).toBe(true);
    });

    it("a command inside a code block is not a command: no reaction, just a recount", async () => {
      const { allDone, fake, reactions } = await command("To park it, type:\n\n```\n/park\n```", {
        rest: ["GET"],
      });
      expect(reactions).toEqual([]);
      expect(fake.labelChanges).toEqual([]);
      expect(fake.graphqlCalls("BoardNodes")).toHaveLength(1);
      expect(allDone()).toBe(true);
    });

    it("replies once to a redelivered refused command", async () => {
      const fake = helloWorld();
      // Both deliveries are served by the first mount's interceptors, which nock tries first.
      const first = await command("/frobnicate", { fake, id: "c-9" });
      await command("/frobnicate", { fake, id: "c-9-again" });
      expect(first.allDone()).toBe(true);
      expect(
        (fake.comments.get(1) ?? []).filter((c) => c.body.includes("roundtable:reply:")),
      ).toHaveLength(1);
    });
  });

  describe("projects_v2_item.edited by a person", () => {
    it("keeps a topic parked by hand parked, and leaves the column's order alone", async () => {
      const fake = helloWorld({}, "project:\n  owner: Codertocat\n  number: 7\n");
      fake.issues.push({ ...(fake.issues[0] as FakeIssue), id: "I_2", number: 2, reactions: [] });
      fake.project = { ...fakeProject([2, 1]), owner: "Codertocat" };
      const first = fake.project.items.find((i) => i.issue === 1);
      if (first) first.values.Status = "Parked";
      const scopes = mount(fake, ["GET"]);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "p-1",
        name: "projects_v2_item",
        payload: example("projects_v2_item", "edited", (p) => {
          p.projects_v2_item.content_type = "Issue";
          p.projects_v2_item.content_node_id = NODE_ID;
        }),
      });
      expect(fake.graphqlCalls("ProjectItemContent")).toHaveLength(1);
      expect(fake.graphqlCalls("BoardNodes")).toHaveLength(1);
      expect(fake.mutations()).toEqual([]);
      expect(fake.project.items.map((i) => [i.issue, i.values.Status])).toEqual([
        [2, "To discuss"],
        [1, "Parked"],
      ]);
      expect(scopes.allDone()).toBe(true);
    });
  });

  describe("installation.created", () => {
    it("creates the missing labels and recounts each repository it was installed on", async () => {
      const fake = helloWorld();
      fake.repoLabels = [{ name: "Topic", color: "ededed", description: "" }];
      const scopes = mount(fake, ["GET", "POST"]);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "i-1",
        name: "installation",
        payload: example("installation", "created", (p) => {
          p.installation = { ...p.installation, id: 2 };
        }),
      });
      expect(fake.graphqlCalls("BoardNodes")).toHaveLength(1);
      // "Topic" exists in another case: the other thirteen are made, each once.
      expect(fake.repoLabels.map((l) => l.name)).toEqual([
        "Topic",
        "roadmap",
        "objective",
        "key-result",
        "meeting",
        "retro",
        "action-item",
        "status:to-discuss",
        "status:discussing",
        "status:discussed",
        "status:parked",
        "lane:production",
        "lane:early",
        "lane:research",
      ]);
      // The organisation had none of the kinds' issue types: each is made, once.
      expect(fake.hierarchy.issueTypes?.map((t) => t.name)).toEqual([
        "Topic",
        "Roadmap item",
        "Objective",
        "Key result",
      ]);
      expect(scopes.allDone()).toBe(true);
    });

    it("on a personal account, which has no issue types, makes the labels and tries to make no type", async () => {
      const fake = helloWorld();
      fake.hierarchy.issueTypes = null;
      const scopes = mount(fake, ["GET", "POST"]);
      const probot = await roundtableProbot(fake);
      await probot.receive({
        id: "i-2",
        name: "installation",
        payload: example("installation", "created", (p) => {
          p.installation = { ...p.installation, id: 2 };
        }),
      });
      expect(fake.repoLabels.map((l) => l.name)).toContain("roadmap");
      expect(
        fake.calls.some(
          (c) => c.type === "rest" && c.path.endsWith("/issue-types") && c.method === "POST",
        ),
      ).toBe(false);
      expect(scopes.allDone()).toBe(true);
    });
  });

  describe("installation_repositories.added", () => {
    it("creates only the labels a repository lacks, named as its config names them", async () => {
      const fake = helloWorld({}, "labels:\n  topic: agenda\n");
      // A board with no issue yet: its read is the listing alone, no GraphQL.
      const scopes = mount(fake, ["GET", "POST"], false);
      const probot = await roundtableProbot(fake);
      const deliver = (id: string) =>
        probot.receive({
          id,
          name: "installation_repositories",
          payload: example("installation_repositories", "added", (p) => {
            p.installation = { ...p.installation, id: 2 };
            p.repositories_added = [
              { ...p.repositories_added[0], full_name: "Codertocat/Hello-World" },
            ];
          }),
        });
      await deliver("r-1");
      expect(fake.repoLabels.map((l) => l.name)).toContain("agenda");
      expect(fake.repoLabels.map((l) => l.name)).not.toContain("topic");
      const created = fake.calls.filter((c) => c.type === "rest" && c.method === "POST").length;
      // Fourteen labels and the organisation's four issue types.
      expect(created).toBe(18);
      await deliver("r-2");
      expect(fake.calls.filter((c) => c.type === "rest" && c.method === "POST")).toHaveLength(18);
      expect(scopes.allDone()).toBe(true);
    });
  });
});
