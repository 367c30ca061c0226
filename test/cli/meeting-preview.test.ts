import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import type { Effect } from "../../src/core/index.js";
import { describeEffect } from "../../src/github/effects/index.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";
import { mountGitHub } from "../helpers/mount-github.js";
import { mountInstallationToken, receiveComment, roundtableProbot } from "../helpers/probot.js";

/** The effects the app applied, in order, as the write gate applied them. */
const applied = vi.hoisted(() => [] as unknown[]);
vi.mock("../../src/github/effects/index.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/github/effects/index.js")>();
  return {
    ...real,
    applyEffect: async (effect: Effect, ctx: Parameters<typeof real.applyEffect>[1]) => {
      await real.applyEffect(effect, ctx);
      applied.push(effect);
    },
  };
});

/** An effect as a dry run prints it: "would …", then the text of a comment, line by line. */
const asPreviewed = (effect: Effect): string[] => [
  `would ${describeEffect(effect)}`,
  ...("body" in effect && typeof effect.body === "string"
    ? effect.body
        .trimEnd()
        .split("\n")
        .map((l) => `    │ ${l}`)
    : []),
];

/** The comment's own id, which the preview (a comment not yet posted) calls 0, named alike. */
const sameId = (line: string, id: number) =>
  line
    .replaceAll(`comment ${id}`, "comment ID")
    .replaceAll(`:${id} -->`, ":ID -->")
    .replaceAll(`"command":${id}`, '"command":ID')
    .replaceAll(`roman-vote:${id}"`, 'roman-vote:ID"')
    .replaceAll(`#issuecomment-${id})`, "#issuecomment-ID)");

async function preview(issue: number, login: string, body: string, at: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    [
      "meeting",
      "--repo",
      "Codertocat/Hello-World",
      "--issue",
      String(issue),
      "--as",
      login,
      "--dry-run",
      body,
    ],
    {
      cwd: mkdtempSync(join(tmpdir(), "rt-")),
      env: { GITHUB_TOKEN: "t" },
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      now: () => at,
    },
  );
  expect({ code, err }).toEqual({ code: 0, err: [] });
  return out
    .filter((l) => l.startsWith("would ") || l.startsWith("    │ "))
    .filter((l) => !l.startsWith("would call time") && !l.startsWith("would write docs/"))
    .map((l) => sameId(l, 0));
}

describe("roundtable meeting --dry-run previews what the app then does", () => {
  it("for /join, /next, /extend, /outcome, /help, a typo and /end, on a meeting and on a topic", async () => {
    const fake = roundtable();
    mountInstallationToken();
    mountGitHub(fake, { rest: ["GET", "POST", "PATCH", "PUT", "DELETE"] });
    const probot = await roundtableProbot(fake);
    const story: Array<[number, string, string, string]> = [
      [1, "person-3", "/join", "2026-11-21T10:00:00Z"],
      [1, "person-4", "/join", "2026-11-21T10:01:00Z"],
      [1, "Codertocat", "/next", "2026-12-03T16:00:00Z"],
      [1, "person-3", "/next", "2026-12-03T16:02:00Z"],
      [1, "Codertocat", "/extend", "2026-12-03T16:11:00Z"],
      [1, "Codertocat", "/outcome Follow the sun from Q1", "2026-12-03T16:15:00Z"],
      [1, "person-4", "/takeaway Pair the handovers", "2026-12-03T16:16:00Z"],
      [1, "person-4", "/help", "2026-12-03T16:17:00Z"],
      [1, "person-4", "/nxet", "2026-12-03T16:18:00Z"],
      [2, "Codertocat", "/next", "2026-12-03T16:19:00Z"],
      [1, "Codertocat", "/end", "2026-12-03T16:30:00Z"],
    ];
    let id = 9000;
    for (const [number, login, body, at] of story) {
      fake.clock = at;
      const previewed = await preview(number, login, body, at);
      applied.length = 0;
      await say(probot, fake, number, ++id, login, body, at);
      const done = (applied as Effect[])
        .flatMap(asPreviewed)
        .filter((l) => !l.startsWith("would write docs/"))
        .map((l) => sameId(l, id));
      expect(previewed, `${login} ${body}`).toEqual(done);
      expect(done.length, `${login} ${body}`).toBeGreaterThan(0);
    }
    expect((fake.issues[0] as FakeIssue).state).toBe("CLOSED");
  });
});

function say(
  probot: Awaited<ReturnType<typeof roundtableProbot>>,
  fake: FakeGitHub,
  number: number,
  id: number,
  login: string,
  body: string,
  at: string,
): Promise<void> {
  return receiveComment(probot, fake, number, { id, login, body, at });
}
