import { describe, expect, it } from "vitest";
import { createClient, readProject } from "../../src/github/index.js";
import { fakeBoard, fakeProject } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

describe("readProject", () => {
  it("pages through 250 items in 3 requests, each after the last one's cursor, in position order", async () => {
    const fake = fakeBoard(250);
    fake.project = fakeProject(Array.from({ length: 250 }, (_, i) => 250 - i));
    const scope = mountGitHub(fake);
    const { view, requests } = await readProject(
      createClient({ token: "t", throttle: false }),
      { owner: fake.project.owner, number: fake.project.number },
      "acme/board",
    );
    expect(requests).toBe(3);
    expect(
      fake.calls.flatMap((c) => (c.type === "graphql" ? [c.variables?.after ?? null] : [])),
    ).toEqual([null, "100", "200"]);
    expect(view.items.map((i) => i.issue)).toEqual(Array.from({ length: 250 }, (_, i) => 250 - i));
    expect(view.fields.map((f) => f.name)).toEqual(["Status"]);
    expect(scope.isDone()).toBe(true);
  });

  it("says how to fix a project it cannot read", async () => {
    const fake = fakeBoard(0);
    mountGitHub(fake);
    await expect(
      readProject(
        createClient({ token: "t", throttle: false }),
        { owner: "acme", number: 9 },
        "acme/board",
      ),
    ).rejects.toThrow(/^project 9 of acme was not found, or the token cannot read it/);
  });
});
