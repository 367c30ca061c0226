import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/config/index.js";
import type { RoomState } from "../../src/core/room/room.js";
import { type PressInput, refusePress } from "../../src/jobs/room.js";

/** What a press's plan may read of its run: data only (no client). */
const at = "2026-03-02T10:00:00.000Z";
const context = {
  owner: "acme",
  repo: "topics",
  installation: 0,
  now: at,
  dryRun: false,
  config: parseConfig("", "test"),
};

const press = (given: PressInput["press"]): PressInput => ({
  issue: 7,
  login: "ada",
  press: given,
  room: async () => null,
});

/** A room with a roman vote on the table (its comment 99), as far as a vote's rule reads it. */
const voting = (ended = false) =>
  ({ ended, table: { vote: { commentId: 99, up: 0, down: 0 } } }) as unknown as RoomState;

describe("a press in a room, planned", () => {
  it("a vote is the person's reaction on the vote's comment, one effect for the runner", () => {
    const planned = refusePress.plan(voting(), press({ kind: "vote", content: "+1" }), context);
    expect(planned.effects).toEqual([{ kind: "react", commentId: 99, content: "+1" }]);
    expect(planned.result).toEqual({});
  });

  it("a vote with no roman vote open, or after the meeting ended, is refused and writes nothing", () => {
    const refused = "There is no roman vote right now: it opens when a topic is on the table.";
    for (const room of [null, voting(true)]) {
      const planned = refusePress.plan(room, press({ kind: "vote", content: "-1" }), context);
      expect(planned).toEqual({ effects: [], result: { refused } });
    }
  });

  it("a command on a meeting that is gone is refused and writes nothing", () => {
    const command = { kind: "command", command: "next", does: null, body: "/next" } as const;
    expect(refusePress.plan(null, press(command), context)).toEqual({
      effects: [],
      result: { refused: "This meeting is gone." },
    });
  });

  it("loads the room through what the page gives it, once", async () => {
    let reads = 0;
    const room = voting();
    const read = async () => {
      reads++;
      return room;
    };
    const input = { ...press({ kind: "vote", content: "+1" }), room: read };
    expect(await refusePress.load({} as never, input)).toBe(room);
    expect(reads).toBe(1);
  });
});
