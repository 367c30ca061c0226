import { describe, expect, it } from "vitest";
import { createClient, loadSnapshot } from "../../src/github/index.js";
import { config } from "../helpers/factories.js";
import { FakeGitHub } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

const client = () => createClient({ token: "test-token", throttle: false });

describe("loadSnapshot on an organisation with issue types", () => {
  it("reads typed issues without a label, their type and their sub-issues' summary", async () => {
    const fake = new FakeGitHub();
    const base = {
      state: "OPEN" as const,
      createdAt: "2026-10-01T00:00:00Z",
      closedAt: null,
      body: "",
      author: "aiko-t",
      assignees: [],
      reactions: [],
    };
    fake.issues = [
      {
        ...base,
        id: "I_1",
        number: 1,
        title: "KR",
        labels: [],
        type: "Key result",
        subIssues: [2, 3],
      },
      { ...base, id: "I_2", number: 2, title: "Item", labels: [], type: "Roadmap item" },
      { ...base, id: "I_3", number: 3, title: "Bug", labels: [], type: "Bug", state: "CLOSED" },
      { ...base, id: "I_4", number: 4, title: "Untyped", labels: [] },
    ];
    mountGitHub(fake);
    const { snapshot } = await loadSnapshot(client(), {
      owner: "acme",
      repo: "board",
      config: config(),
      now: "2026-11-20T09:00:00Z",
    });
    // A Bug and an untyped, unlabelled issue are not the board's.
    expect(snapshot.issues.map((i) => [i.number, i.type, i.parent])).toEqual([
      [1, "Key result", null],
      [2, "Roadmap item", 1],
    ]);
    expect(snapshot.issues[0]?.subIssuesSummary).toEqual({
      total: 2,
      completed: 1,
      percentCompleted: 50,
    });
  });
});
