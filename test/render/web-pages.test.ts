import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import {
  boardViewOf,
  type IssueRecord,
  parseSnapshot,
  phaseAt,
  posterOf,
  roomOf,
  type Snapshot,
  withVote,
} from "../../src/core/index.js";
import { escapeHtml, html } from "../../src/render/text/html.js";
import { boardPage, posterPage, roomPage } from "../../src/render/web/index.js";

const example = parseSnapshot(readFileSync("examples/board.json", "utf8"), "examples/board.json");
const config = parseConfig(readFileSync("examples/roundtable.yml", "utf8"));

/** The example board with the November lean coffee (#60) as its comments stood at `until`. */
function asOf(until: string, change: (issue: IssueRecord) => void = () => {}): Snapshot {
  return {
    ...example,
    issues: example.issues.map((issue) => {
      if (issue.number !== 60) return issue;
      const copy = structuredClone(issue);
      copy.comments = (copy.comments ?? []).filter((c) => c.createdAt <= until);
      change(copy);
      return copy;
    }),
  };
}

describe("HTML escaping", () => {
  it("escapes the five characters HTML gives meaning to, and drops invisible ones", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & \u202Eevil`)).toBe(
      "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; evil",
    );
  });

  it("escapes every interpolated string, keeps built HTML, and joins lists", () => {
    const name = "<script>alert(1)</script>";
    const out = html`<p title="${name}">${[html`<b>${name}</b>`, name]}</p>`;
    expect(out.text).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });
});

describe("the room's state", () => {
  const during = asOf("2026-11-12T17:13:00Z");

  it("has the extended topic on the table with its timebox, the roman vote and the log", () => {
    const room = roomOf(during, config, 60, "2026-11-12T17:13:00Z");
    expect(room?.phase).toBe("discussion");
    expect(room?.table).toMatchObject({
      number: 6,
      sponsorUntil: "2026-11-12T17:04:00Z",
      extensions: 1,
    });
    expect(room?.table?.vote.commentId).not.toBeNull();
    expect(room?.participants).toHaveLength(8);
    expect(room?.log.map((l) => `${l.clock} ${l.text}`)).toEqual([
      "18:00 Started",
      expect.stringMatching(/^18:02 #6 .* on the table, opened by /),
      expect.stringMatching(/^18:12 Roman vote \d+ 👍 \d+ 👎: 5 more minutes$/),
    ]);
  });

  it("tells the phase at any moment: the sponsor's minutes, the discussion, time's up", () => {
    const room = roomOf(during, config, 60, "2026-11-12T17:13:00Z");
    if (!room?.table) throw new Error("no table");
    expect(phaseAt(room, "2026-11-12T17:12:30Z")).toBe("discussion");
    expect(phaseAt(room, room.table.until)).toBe("time-up");
    expect(
      phaseAt(
        { ...room, table: { ...room.table, sponsorUntil: "2026-11-12T17:14:00Z" } },
        "2026-11-12T17:13:00Z",
      ),
    ).toBe("sponsor");
  });

  it("counts a re-read vote among participants and facilitators only, each person once", () => {
    const room = roomOf(during, config, 60, "2026-11-12T17:13:00Z");
    if (!room) throw new Error("no room");
    const voted = withVote(room, ["raj-patel", "RAJ-PATEL", "outsider", "maya-chen"], ["jonas-b"]);
    expect(voted.table?.vote).toMatchObject({ up: 2, down: 1 });
  });

  it("is over once the meeting ended", () => {
    const room = roomOf(asOf("2026-12-31T00:00:00Z"), config, 60, "2026-12-31T00:00:00Z");
    expect(room?.phase).toBe("ended");
    expect(room?.table).toBeNull();
    expect(room?.log.at(-1)?.text).toBe("Ended");
  });

  it("is null for an issue that is not a meeting", () => {
    expect(roomOf(example, config, 6, "2026-11-12T17:13:00Z")).toBeNull();
  });
});

describe("the pages", () => {
  const hostile = `<img src=x onerror=alert(1)><script>alert(2)</script>`;
  const viewer = { login: "maya-chen", csrf: "token-123" };

  it("render a hostile title as text, in the room and on the board", () => {
    const snapshot = asOf("2026-11-12T17:13:00Z", () => {});
    const withHostile = {
      ...snapshot,
      issues: snapshot.issues.map((i) =>
        i.labels.includes("topic") ? { ...i, title: hostile } : i,
      ),
    };
    const room = roomOf(withHostile, config, 60, "2026-11-12T17:13:00Z");
    if (!room) throw new Error("no room");
    const page = roomPage(room, viewer, "2026-11-12T17:13:00Z").text;
    expect(page).toContain(
      "&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
    );
    expect(page).not.toContain("<img");
    expect(page.match(/<script\b[^>]*>/g)).toEqual([
      '<script src="/roundtable/static/room.js" defer>',
    ]);
    const board = boardPage(boardViewOf(withHostile, config), viewer).text;
    expect(board).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(board).not.toContain("<script");
  });

  it("show the facilitator's buttons to the facilitator only, and every form carries the CSRF token", () => {
    const room = roomOf(asOf("2026-11-12T17:13:00Z"), config, 60, "2026-11-12T17:13:00Z");
    if (!room) throw new Error("no room");
    const facilitator = roomPage(room, viewer, "2026-11-12T17:13:00Z").text;
    // Each button says what its command does now, and sends what it said.
    expect(facilitator).toMatch(
      /<button name="command" value="next close-\d+-take-\d+" class="primary"><span class="label">Move on to #\d+<\/span>/,
    );
    expect(facilitator.match(/<form /g)?.length).toBe(
      facilitator.match(/name="csrf" value="token-123"/g)?.length,
    );
    const participant = roomPage(
      room,
      { login: "raj-patel", csrf: "t" },
      "2026-11-12T17:13:00Z",
    ).text;
    expect(participant).not.toContain('name="command"');
    expect(participant).toContain('<button name="vote" value="up"');
  });

  it("count down from the server's clock, and say Time's up after the end", () => {
    const room = roomOf(asOf("2026-11-12T17:13:00Z"), config, 60, "2026-11-12T17:13:00Z");
    if (!room?.table) throw new Error("no room");
    const until = Date.parse(room.table.until);
    const at = (ms: number) => new Date(until - ms).toISOString();
    expect(roomPage(room, viewer, at(61_000)).text).toMatch(/id="countdown"[^>]*>1:01</);
    expect(roomPage(room, viewer, at(-1_000)).text).toMatch(/id="countdown"[^>]*>Time&#39;s up</);
  });

  it("lay out the offsite's draft schedule as a poster: four slots by two rooms", () => {
    const poster = posterOf(example, config, 61, example.takenAt);
    expect(poster?.draft).toBe(true);
    expect(poster?.slots.map((s) => `${s.start}–${s.end}`)).toEqual([
      "10:00–10:45",
      "11:00–11:45",
      "13:30–14:15",
      "14:30–15:15",
    ]);
    expect(poster?.rooms).toEqual(["Room 1", "Room 2"]);
    const page = posterPage(poster as NonNullable<typeof poster>, null, {
      css: "main{}</style><script>",
    }).text;
    expect(page).toContain("<style>main{}<\\/style><script></style>");
  });
});
