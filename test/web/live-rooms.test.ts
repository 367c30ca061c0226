import { createServer, get, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { memoryCoordination } from "../../src/coordination/memory.js";
import { encodeRecord } from "../../src/core/index.js";
import { createClient } from "../../src/github/index.js";
import { coordinationReads } from "../../src/jobs/kept-reads.js";
import { LiveRooms } from "../../src/web/live-rooms.js";
import { type FakeIssue, fakeFetch } from "../helpers/fake-github.js";
import { roundtable } from "../helpers/meeting-board.js";

const key = { owner: "Codertocat", repo: "Hello-World", issue: 1 };
const closers: Array<() => void> = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

/** One instance's rooms, served on loopback: every request joins the meeting's room. */
async function instance(rooms: LiveRooms): Promise<string> {
  nock.enableNetConnect(/127\.0\.0\.1/);
  const server = createServer((_req, res) => void rooms.join(key, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A viewer: the room events it has received so far. */
async function viewer(url: string): Promise<{ events: string[]; leave: () => void }> {
  const events: string[] = [];
  const res = await new Promise<IncomingMessage>((resolve) => get(url, resolve));
  res.setEncoding("utf8");
  res.on("data", (chunk: string) => {
    for (const part of chunk.split("\n\n")) if (part.startsWith("event: room")) events.push(part);
  });
  await until(() => events.length > 0);
  return { events, leave: () => res.destroy() };
}

async function until(condition: () => boolean, ms = 3_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("live rooms", () => {
  it("a change one instance hears reaches the viewers of another, through the coordination", async () => {
    const fake = roundtable();
    const github = createClient({ token: "t", throttle: false, fetch: fakeFetch(fake) });
    const coordination = memoryCoordination();
    const deps = {
      installation: async () => github,
      coordination,
      pollMs: 60_000,
      now: () => new Date().toISOString(),
      log: () => {},
    };
    const [a, b] = [new LiveRooms(deps), new LiveRooms(deps)];
    const watching = await viewer(await instance(b));
    expect(watching.events[0]).toContain("The meeting has not started");
    const at = new Date().toISOString();
    (fake.issues[0] as FakeIssue).comments?.push({
      id: 9,
      author: "roundtable",
      bot: true,
      votes: 0,
      createdAt: at,
      // The bot's reply: its marker on the first line, its record on the last.
      body: `<!-- roundtable:meeting:8 -->\nStarted.\n${encodeRecord({ command: 8, events: [{ type: "start", at }] })}`,
    });
    await a.publish(key, "changed");

    await until(() => watching.events.length > 1);
    expect(watching.events[1]).toContain("No topic on the table");
    watching.leave();
    await a.close();
    await b.close();
  });

  it("re-reads the roman vote while someone watches, and stops when the last viewer leaves", async () => {
    const fake = roundtable();
    const meeting = fake.issues[0] as FakeIssue;
    const at = new Date().toISOString();
    const until10 = new Date(Date.now() + 600_000).toISOString();
    meeting.comments = [
      { id: 1, author: "person-1", body: "/join", votes: 0, createdAt: "2026-11-21T10:00:00Z" },
      {
        id: 3,
        author: "roundtable",
        bot: true,
        votes: 0,
        createdAt: at,
        body: `<!-- roundtable:meeting:2 -->\nOn the table.\n${encodeRecord({
          command: 2,
          events: [
            {
              type: "topic",
              at,
              topic: 2,
              sponsor: "person-1",
              until: until10,
              vote: "roman-vote:2",
            },
          ],
        })}`,
      },
      {
        id: 4,
        author: "roundtable",
        bot: true,
        votes: 0,
        createdAt: at,
        body: "<!-- roundtable:roman-vote:2 -->\n**Roman vote** on #2: 👍 to go on, 👎 to move on.",
        up: [],
        down: [],
      },
    ];
    const github = createClient({ token: "t", throttle: false, fetch: fakeFetch(fake) });
    const rooms = new LiveRooms({
      installation: async () => github,
      coordination: memoryCoordination(),
      pollMs: 50,
      now: () => new Date().toISOString(),
      log: () => {},
    });
    const watching = await viewer(await instance(rooms));
    const vote = meeting.comments[2];
    if (vote) vote.up = ["person-1", "outsider"];
    await until(() => watching.events.some((e) => e.includes('id=\\"up\\">1<')));
    const polls = () =>
      fake.calls.filter((c) => c.type === "rest" && c.path.endsWith("/reactions")).length;
    expect(polls()).toBeGreaterThan(0);
    watching.leave();
    await until(() => rooms.viewerCount === 0);
    const after = polls();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(polls()).toBe(after);
    await rooms.close();
  });

  it("reads a room again as the app's events read a board: only what changed since the last read (the client's kept reads)", async () => {
    const fake = roundtable();
    const coordination = memoryCoordination();
    const github = Object.assign(
      createClient({ token: "t", throttle: false, fetch: fakeFetch(fake) }),
      { reads: coordinationReads(coordination, 1) },
    );
    const rooms = new LiveRooms({
      installation: async () => github,
      coordination,
      pollMs: 60_000,
      now: () => new Date().toISOString(),
      log: () => {},
    });
    const watching = await viewer(await instance(rooms));
    const before = fake.notModified();
    // Nothing changed on GitHub: the listing is asked with its ETag, and answered 304.
    await rooms.publish(key, "changed");
    await until(() => fake.notModified() > before);
    watching.leave();
    await rooms.close();
  });
});
