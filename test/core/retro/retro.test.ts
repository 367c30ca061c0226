import { describe, expect, it } from "vitest";
import { type CommentRecord, planRetro, retrosOf } from "../../../src/core/index.js";
import { config, issue, snapshot } from "../../helpers/factories.js";

const comment = (id: number, body: string, author = "ann", votes = 0): CommentRecord => ({
  id,
  url: `https://github.com/acme/board/issues/9#issuecomment-${id}`,
  author: { login: author, bot: false },
  createdAt: "2026-09-20T10:00:00Z",
  body,
  votes,
});

const q3Retro = (comments: CommentRecord[]) =>
  issue(9, {
    labels: ["retro"],
    body: "<!-- roundtable:retro:2026-Q3 -->\nThe retrospective of 2026-Q3.",
    comments,
  });

describe("retrosOf", () => {
  it("groups answers by prompt, most-voted first, and finds action items with their owners", () => {
    const [retro] = retrosOf(
      snapshot([
        q3Retro([
          comment(1, "Went well: the offsite", "ann", 2),
          comment(2, "went well:   hiring", "bob", 5),
          comment(3, "Action: @cy writes the on-call charter\nmore text"),
          comment(4, "Didn't go well: planning\n\n- [ ] fix the template\n- [x] already done"),
          comment(5, "Unrelated chatter"),
        ]),
      ]),
      config(),
    );
    expect(retro?.key).toBe("2026-Q3");
    expect(retro?.answers[0]?.items.map((a) => a.text)).toEqual(["hiring", "the offsite"]);
    expect(retro?.actionItems.map((a) => [a.text, a.owner])).toEqual([
      ["@cy writes the on-call charter", "cy"],
      ["fix the template", "ann"],
    ]);
  });
});

describe("planRetro", () => {
  it("opens nothing for the quarter until its last two weeks", () => {
    expect(planRetro(snapshot([]), config(), { now: "2026-12-10T00:00:00Z" })).toEqual([]);
  });

  it("then opens the quarter's retro once, leading with the last retro's open action items", () => {
    const done = issue(20, {
      labels: ["action-item"],
      body: "<!-- roundtable:action:9:3:0 -->\nx",
      state: "closed",
    });
    const open = issue(21, {
      labels: ["action-item"],
      body: "<!-- roundtable:action:9:4:0 -->\ny",
    });
    const snap = snapshot([
      q3Retro([comment(3, "Action: ship the charter"), comment(4, "- [ ] fix the template")]),
      done,
      open,
    ]);
    const [opened, ...rest] = planRetro(snap, config(), { now: "2026-12-20T00:00:00Z" });
    expect(rest).toEqual([]);
    expect(opened).toMatchObject({
      kind: "open-issue",
      title: "Retro 2026-Q4",
      labels: ["retro"],
      marker: "<!-- roundtable:retro:2026-Q4 -->",
    });
    expect(opened && "body" in opened ? opened.body : "").toContain(
      "**Still open from the last retro:**\n\n- [ ] #21 fix the template\n",
    );
    const again = snapshot([
      ...snap.issues,
      issue(30, { labels: ["retro"], body: "<!-- roundtable:retro:2026-Q4 -->" }),
    ]);
    expect(planRetro(again, config(), { now: "2026-12-21T00:00:00Z" })).toEqual([]);
  });

  it("opens each action item once, assigned to its owner", () => {
    const snap = snapshot([q3Retro([comment(3, "Action: @cy writes the charter", "ann")])]);
    const plan = planRetro(snap, config(), { now: "2026-11-01T00:00:00Z" });
    expect(plan).toEqual([
      {
        kind: "open-issue",
        marker: "<!-- roundtable:action:9:3:0 -->",
        title: "@cy writes the charter",
        body: "From the retro #9: https://github.com/acme/board/issues/9#issuecomment-3\n\n> @cy writes the charter",
        labels: ["action-item"],
        assignees: ["cy"],
      },
    ]);
  });

  it("opens a meeting's closing retro whenever asked", () => {
    const meeting = issue(12, { labels: ["meeting"], title: "Offsite, Lisbon" });
    const [opened] = planRetro(snapshot([meeting]), config(), {
      now: "2026-11-01T00:00:00Z",
      meeting,
    });
    expect(opened).toMatchObject({
      title: "Retro: Offsite, Lisbon",
      marker: "<!-- roundtable:retro:meeting-12 -->",
    });
  });
});
