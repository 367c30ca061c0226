import { createServer, get, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { memoryCoordination } from "../src/coordination/memory.js";
import { encodeRecord } from "../src/core/index.js";
import { createClient } from "../src/github/index.js";
import { refreshVote } from "../src/jobs/room.js";
import { LiveRooms } from "../src/web/live-rooms.js";
import { readRoom } from "../src/web/read-room.js";
import { type FakeGitHub, type FakeIssue, fakeFetch } from "../test/helpers/fake-github.js";
import { people, roundtable } from "../test/helpers/meeting-board.js";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const key = { owner: "Codertocat", repo: "Hello-World", issue: 1 };

/** The example meeting with twelve seated and #2 on the table (its roman vote posted). */
function meetingInProgress(): FakeGitHub {
  const fake = roundtable();
  const meeting = fake.issues[0] as FakeIssue;
  const at = new Date().toISOString();
  meeting.comments = [
    ...people.slice(0, 12).map((login, i) => ({
      id: 100 + i,
      author: login,
      body: "/join",
      votes: 0,
      createdAt: `2026-11-21T10:${String(i).padStart(2, "0")}:00Z`,
    })),
    { id: 200, author: "Codertocat", body: "/next", votes: 0, createdAt: at },
    { id: 201, author: "roundtable", bot: true, votes: 0, createdAt: at, body: reply(200, 2, at) },
    {
      id: 202,
      author: "roundtable",
      bot: true,
      votes: 0,
      createdAt: at,
      body: "<!-- roundtable:roman-vote:200 -->\n**Roman vote**",
      up: ["person-1"],
      down: [],
    },
  ];
  return fake;
}

function reply(command: number, topic: number, at: string): string {
  const until = new Date(Date.parse(at) + 10 * 60_000).toISOString();
  return `<!-- roundtable:reply:${command} -->\n${encodeRecord({
    command,
    events: [
      { type: "topic", at, topic, sponsor: "person-1", until, vote: `roman-vote:${command}` },
    ],
  })}`;
}

/** Opens `n` event streams; each resolves its next event through `next(i)`. */
async function viewers(url: string, n: number) {
  const waiting: Array<Array<() => void>> = Array.from({ length: n }, () => []);
  const responses: IncomingMessage[] = [];
  await Promise.all(
    Array.from(
      { length: n },
      (_, i) =>
        new Promise<void>((resolve) => {
          get(url, { agent: false }, (res) => {
            responses.push(res);
            res.setEncoding("utf8");
            res.on("data", (chunk: string) => {
              if (!chunk.includes("event: room")) return;
              resolve();
              for (const done of waiting[i]?.splice(0) ?? []) done();
            });
          });
        }),
    ),
  );
  return {
    next: () =>
      Promise.all(waiting.map((list) => new Promise<void>((resolve) => list.push(resolve)))),
    close: () => {
      for (const res of responses) res.destroy();
    },
  };
}

async function serve(rooms: LiveRooms) {
  const server = createServer((_req, res) => void rooms.join(key, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/**
 * The live room: SSE fan-out to `count` viewers on one instance (time from a change to the last
 * viewer, memory per viewer), and the GitHub API calls an hour of an open room costs.
 */
export async function benchRoomLive(count = 100): Promise<void> {
  const fake = meetingInProgress();
  const github = createClient({ token: "bench", throttle: false, fetch: fakeFetch(fake) });
  const coordination = memoryCoordination();
  const rooms = new LiveRooms({
    installation: async () => github,
    coordination,
    pollMs: 3_600_000,
    now: () => new Date().toISOString(),
    log: (line) => console.error(line),
  });
  const { server, url } = await serve(rooms);
  gc();
  const before = process.memoryUsage();
  const open = await viewers(url, count);
  gc();
  const after = process.memoryUsage();
  // A vote: only the roman vote's reactions are read again (one request), then sent to all.
  const meeting = fake.issues[0] as FakeIssue;
  const vote = meeting.comments?.find((c) => c.id === 202);
  if (vote) vote.down = ["person-2"];
  let started = performance.now();
  let arrived = open.next();
  await rooms.publish(key, "vote");
  await arrived;
  const voted = performance.now() - started;
  // A change the app saw: the facilitator's next topic, recorded; every viewer gets the new room.
  const at = new Date().toISOString();
  meeting.comments?.push({
    id: 301,
    author: "roundtable",
    bot: true,
    votes: 0,
    createdAt: at,
    body: reply(300, 3, at),
  });
  started = performance.now();
  arrived = open.next();
  await rooms.publish(key, "changed");
  await arrived;
  const changed = performance.now() - started;
  const perViewer = (a: number, b: number) => ((b - a) / count / 1024).toFixed(1);
  console.log(
    `live room: SSE fan-out to ${count} viewers on one instance (loopback, memory coordination):`,
  );
  console.log(
    `  a change (the room read again)                    → last viewer: ${changed.toFixed(1)} ms`,
  );
  console.log(
    `  a vote (its reactions read again)                 → last viewer: ${voted.toFixed(1)} ms`,
  );
  console.log(
    `  memory per viewer: ${perViewer(before.heapUsed, after.heapUsed)} KB heap, ${perViewer(before.rss, after.rss)} KB RSS (server and client sockets both in this process)`,
  );
  open.close();
  await rooms.close();
  server.closeAllConnections();
  server.close();
  await benchRoomCost(12);
}

/**
 * The API calls an hour of an open room costs: one poll of the roman vote every 5 s (one REST
 * request, whatever the number of viewers), a read of the room per change the app sees, and a
 * read per page load. Polls are counted at a fast interval and scaled to an hour.
 */
async function benchRoomCost(watching: number): Promise<void> {
  const fake = meetingInProgress();
  const github = createClient({ token: "bench", throttle: false, fetch: fakeFetch(fake) });
  const pollMs = 100;
  const rooms = new LiveRooms({
    installation: async () => github,
    coordination: memoryCoordination(),
    pollMs,
    now: () => new Date().toISOString(),
    log: (line) => console.error(line),
  });
  const { server, url } = await serve(rooms);
  const open = await viewers(url, watching);
  // Polls run on a timer whatever the viewers: count those of a second.
  const first = fake.calls.length;
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const polled = fake.calls.length - first;
  open.close();
  await rooms.close();
  server.closeAllConnections();
  server.close();
  // Then, with nothing else running: one poll (the vote re-read), and one read of the room (a
  // change the app sees, or a page load).
  const room = await readRoom(github, key, new Date().toISOString(), () => {});
  if (!room) throw new Error("no room");
  const one = fake.calls.length;
  await refreshVote(github, key, room);
  const perPoll = fake.calls.length - one;
  const reads = fake.calls.length;
  const points = fake.points;
  await readRoom(github, key, new Date().toISOString(), () => {});
  const perChange = fake.calls.length - reads;
  const pointsPerChange = fake.points - points;
  const perPage = perChange;
  // An hour of lean coffee: /start, six topics (each /next and one /extend), a check-in, /end.
  const changes = 1 + 6 * 2 + 1 + 1;
  // The first page load reads the room; the others are served from the live room's state.
  const hour = (3600 / 5) * perPoll + changes * perChange + perPage;
  console.log(
    `live room: GitHub API calls of one open room with ${watching} viewers, one instance:`,
  );
  console.log(
    `  vote poll: ${perPoll} request a read (${polled} in 1 s at ${pollMs} ms, however many watch); every 5 s → ${((3600 / 5) * perPoll).toFixed(0)} an hour`,
  );
  console.log(
    `  a change the app sees: ${perChange} requests (${pointsPerChange} GraphQL points); the first page load: ${perPage} (the others: none, served from the live room)`,
  );
  console.log(
    `  an hour-long lean coffee (${changes} changes, ${watching} page loads): ≈ ${hour.toFixed(0)} requests of the installation's 5,000 an hour`,
  );
}
