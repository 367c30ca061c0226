import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seatLedgerIn } from "../../src/core/meetings/seat-ledger.js";
import { warningsOnly } from "../helpers/app-process.js";
import type { FakeGitHub, FakeIssue } from "../helpers/fake-github.js";
import { type Adapter, type FaultBench, faultBench, quiet, until } from "../helpers/fault-bench.js";
import type { Fault } from "../helpers/fault-proxy.js";
import { commentDelivery, startedMeeting } from "../helpers/instances.js";
import { people } from "../helpers/meeting-board.js";

// The invitation a seat brings (`meetings.invite`), × every way GitHub fails, through the real
// app as a process on both coordination adapters: an invitation is a creation (sent again, it
// counts once more against GitHub's 50 a day), so after the fault and the next /join each seated
// outsider holds exactly one invitation, as without the fault. A file of its own: vitest runs it
// beside the meeting's matrix.

/** Nobody seated yet, the meeting far ahead, meetings.invite on; person-1…4 have write access. */
function invitingMeeting(repo: string): FakeGitHub {
  const fake = startedMeeting("meetings:\n  invite:\n    permission: read\n", repo);
  const issue = fake.issues[0] as FakeIssue;
  issue.comments = [];
  issue.body = issue.body.replace("2026-12-03", "2030-01-15");
  for (const login of people.slice(0, 4)) fake.permissions.set(login, "write");
  return fake;
}

const at = (minute: number) => `2027-03-01T10:${String(minute).padStart(2, "0")}:00Z`;
/** Two outsiders join: the second /join is the next event after a fault on the first's invitation. */
const story = ["person-5", "person-6", "person-1"].map(
  (login, i) => (fake: FakeGitHub) =>
    commentDelivery(fake, 1, { id: 601 + i, login, body: "/join", at: at(i + 1) }, `join-${i}`),
);

const faults: Fault[] = ["502-after", "drop-after", "drop-before", "secondary", "429", "timeout"];

/** What the meeting's invitations leave on GitHub: who is invited (how often), who is seated. */
function stateOf(fake: FakeGitHub) {
  const meeting = fake.issues.find((i) => i.number === 1);
  const state = (meeting?.comments ?? []).find((c) =>
    c.body.startsWith("<!-- roundtable:meeting-state -->"),
  );
  const ledger = seatLedgerIn(state?.body ?? "");
  return {
    // The meeting's state holds each open invitation's id, however GitHub's answer to it came.
    idsRecorded: fake.invitations.open.every(
      (i) => ledger.invited[i.invitee.toLowerCase()]?.id === i.id,
    ),
    sent: fake.invitations.sent.map((s) => `${s.invitee} ${s.permission}`).sort(),
    open: fake.invitations.open.map((i) => `${i.invitee} ${i.permissions}`).sort(),
    stateComments: (meeting?.comments ?? []).filter(
      (c) => c.bot && c.body.startsWith("<!-- roundtable:meeting-state -->"),
    ).length,
    seated: /### Participants \((\d+) of/.exec(
      (meeting?.comments ?? []).find((c) => c.body.startsWith("<!-- roundtable:meeting-state -->"))
        ?.body ?? "",
    )?.[1],
    leftAtEyes: [601, 602, 603].filter((id) => {
      const r = fake.reactions
        .filter((x) => x.commentId === id && !x.deleted)
        .map((x) => x.content);
      return !r.includes("+1") && !r.includes("confused");
    }),
  };
}

function matrix(adapter: Adapter) {
  describe.concurrent(`invitations under faults (${adapter})`, () => {
    let bench: FaultBench;
    let clean: ReturnType<typeof stateOf>;

    beforeAll(async () => {
      bench = await faultBench(adapter, warningsOnly);
      const { fake } = await bench.cell(invitingMeeting, story);
      await quiet(fake, 600, 10_000);
      clean = stateOf(fake);
    }, 60_000);
    afterAll(async () => {
      await bench?.stop();
    });

    it("without faults, each outsider seated is invited once", () => {
      expect(clean).toEqual({
        idsRecorded: true,
        sent: ["person-5 pull", "person-6 pull"],
        open: ["person-5 read", "person-6 read"],
        stateComments: 1,
        seated: "3",
        leftAtEyes: [],
      });
    });

    for (const fault of faults)
      it(`${fault} on the invitation: each outsider is invited once, as without it`, async ({
        expect,
      }) => {
        const { fake, rules } = await bench.cell(invitingMeeting, story, [
          { fault, method: "PUT", path: /\/collaborators\/person-5$/, times: 1, retryAfter: 1 },
        ]);
        const same = () => JSON.stringify(stateOf(fake)) === JSON.stringify(clean);
        await until(same, 8_000);
        await quiet(fake, 600, 8_000);
        expect(rules.map((r) => bench.proxy.madeBy(r))).toEqual([1]);
        expect(stateOf(fake)).toEqual(clean);
      }, 60_000);
  });
}

matrix("memory");
matrix("redis");
