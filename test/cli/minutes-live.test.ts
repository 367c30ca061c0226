import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { encodeRecord, type MeetingEvent } from "../../src/core/index.js";
import { fakeBoard } from "../helpers/fake-github.js";
import { mountGitHub } from "../helpers/mount-github.js";

const record = (id: number, events: MeetingEvent[]) => ({
  id,
  author: "roundtable",
  bot: true,
  body: `<!-- roundtable:meeting:${id} -->\n${encodeRecord({ command: id, events })}`,
  votes: 0,
  createdAt: events[0]?.at ?? "2026-12-03T16:00:00Z",
});

describe("roundtable minutes --repo OWNER/NAME --issue N", () => {
  it("reads the meeting's log from GitHub, writes nothing, and drafts its topics", async () => {
    const fake = fakeBoard(3, (n) => n);
    fake.issues.push({
      id: "I_meeting",
      number: 10,
      title: "Lean coffee",
      state: "OPEN",
      createdAt: "2026-11-20T09:00:00Z",
      closedAt: null,
      body: "### Date\n\n2026-12-03\n\n### Start time\n\n17:00\n\n### Time zone\n\nEurope/Berlin\n\n### Format\n\nLean coffee",
      author: "fay",
      labels: ["meeting"],
      assignees: [],
      reactions: [],
      comments: [
        record(901, [
          {
            type: "topic",
            at: "2026-12-03T16:00:00Z",
            topic: 2,
            sponsor: null,
            until: "2026-12-03T16:10:00Z",
            vote: "roman-vote:901",
          },
        ]),
        record(902, [{ type: "end", at: "2026-12-03T16:10:00Z" }]),
      ],
    });
    mountGitHub(fake, { rest: ["GET"] });
    const cwd = mkdtempSync(join(tmpdir(), "rt-minutes-"));
    writeFileSync(
      join(cwd, "call.srt"),
      "1\n00:00:05,000 --> 00:00:09,000\nOmar: The rotation should be shared by every engineer on the team.\n\n2\n00:00:10,000 --> 00:00:14,000\nFay: I'll write the new rotation schedule by Friday.\n",
    );
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      ["minutes", "--transcript", "call.srt", "--repo", "acme/board", "--issue", "10", "--json"],
      {
        cwd,
        env: { GITHUB_TOKEN: "t" },
        out: (l) => out.push(l),
        err: (l) => err.push(l),
        now: () => "2026-12-03T17:00:00Z",
      },
    );
    expect(err.join("\n")).toBe("");
    expect(code).toBe(0);
    const draft = JSON.parse(out.join("\n"));
    expect(draft.id).toBe("10");
    expect(draft.topics).toHaveLength(1);
    expect(draft.topics[0]).toMatchObject({
      index: 2,
      title: fake.issues.find((i) => i.number === 2)?.title,
      actionItems: [
        { who: "Fay", what: "Write the new rotation schedule by Friday", when: "by Friday" },
      ],
    });
    expect(draft.topics[0].outcome).toContain(
      'Omar said "The rotation should be shared by every engineer on the team"',
    );
    expect(fake.mutations()).toEqual([]);
  });
});
