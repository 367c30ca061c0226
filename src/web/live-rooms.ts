import type { ServerResponse } from "node:http";
import type { Coordination } from "../coordination/port.js";
import type { RoomState } from "../core/room/room.js";
import type { GitHub } from "../github/client.js";
import { loadMeetingNumbers } from "../jobs/meeting-numbers.js";
import { loadRoom, refreshVote, roomChannel } from "../jobs/room.js";
import { roomLive } from "../render/web/room-page.js";
import { BoundedCache } from "./bounded-cache.js";

export interface RoomKey {
  owner: string;
  repo: string;
  issue: number;
}

export interface LiveRoomsDeps {
  installation: (owner: string, repo: string) => Promise<GitHub>;
  coordination: Coordination;
  /** How often a room with viewers re-reads its roman vote (GitHub sends no webhook for reactions). */
  pollMs: number;
  now: () => string;
  log: (line: string) => void;
  /** Streams one session, and one network address, may hold open at once. */
  streamsPerSession?: number;
  streamsPerAddress?: number;
  /**
   * How long a repository's list of meetings is trusted for a number not on it: a meeting opened
   * meanwhile gets its room once the list is this old, and no visitor can make it read more often.
   */
  meetingListMs?: number;
}

/** Who opens a stream: their session and their network address, each with a cap. */
export interface Viewer {
  session: string;
  address: string;
}

/** A stream refused before it began: the status and the line to answer with. */
export interface Refusal {
  status: number;
  text: string;
}

/** The messages on a room's channel: the meeting changed (read it again), or a vote was cast. */
export type RoomMessage = "changed" | "vote";

interface Room {
  key: RoomKey;
  viewers: Set<ServerResponse>;
  state: RoomState | null;
  /** The last event sent: a new viewer gets it at once. */
  sent: string;
  /** The state last sent, as JSON: an unchanged state is not sent again. */
  shown: string;
  unsubscribe: Promise<() => Promise<void>>;
  poll: NodeJS.Timeout;
  /** One read at a time; a change heard during a read asks for one more. */
  reading: Promise<void> | null;
  again: RoomMessage | null;
}

/**
 * The rooms this instance has viewers for. A room with viewers listens on its channel (every
 * instance hears a change any of them saw) and re-reads its roman vote every `pollMs`; the last
 * viewer to leave stops both. A new state is rendered once and written to every viewer.
 */
export class LiveRooms {
  private readonly rooms = new Map<string, Room>();
  /** GitHub requests made by the rooms, for the bench and the logs. */
  requests = 0;
  /** Each repository's meetings, as last read, and when. */
  private readonly meetings = new BoundedCache<{ numbers: number[]; at: number }>(
    1_000,
    10 * 60_000,
  );
  /** Reads of a repository's meetings under way: those who ask meanwhile wait for the same. */
  private readonly listing = new Map<string, Promise<number[]>>();
  /** Open streams by session and by address (an entry goes when its last stream closes). */
  private readonly open = new Map<string, number>();

  constructor(private readonly deps: LiveRoomsDeps) {}

  get viewerCount(): number {
    let n = 0;
    for (const room of this.rooms.values()) n += room.viewers.size;
    return n;
  }

  /**
   * A viewer's event stream: the current state at once, then every change. Refused, before any
   * read of GitHub for it, past the caps of the viewer's session or address (429), and for an
   * issue that is not one of the repository's meetings (404, from the list of meetings read at
   * most once per `meetingListMs` a repository, however many numbers are asked).
   */
  async join(key: RoomKey, res: ServerResponse, viewer?: Viewer): Promise<Refusal | "streaming"> {
    const caps: Array<[string, number]> = viewer
      ? [
          [`session\n${viewer.session}`, this.deps.streamsPerSession ?? 8],
          [`address\n${viewer.address}`, this.deps.streamsPerAddress ?? 64],
        ]
      : [];
    if (caps.some(([who, most]) => (this.open.get(who) ?? 0) >= most))
      return { status: 429, text: "Too many live pages open: close some and reload." };
    if (!(await this.isMeeting(key))) return { status: 404, text: "Not found" };
    // Counted from here: the stream is open until its connection closes.
    for (const [who] of caps) this.open.set(who, (this.open.get(who) ?? 0) + 1);
    res.on("close", () => {
      for (const [who] of caps) {
        const left = (this.open.get(who) ?? 1) - 1;
        if (left > 0) this.open.set(who, left);
        else this.open.delete(who);
      }
    });
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write("retry: 2000\n\n");
    const room = this.roomOf(key);
    // A room read already: its state now. A new room: the first read sends it to everyone.
    if (room.sent) res.write(room.sent);
    room.viewers.add(res);
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 25_000).unref();
    res.on("close", () => {
      clearInterval(heartbeat);
      this.leave(room, res);
    });
    return "streaming";
  }

  /**
   * Whether issue `key.issue` is one of the repository's meetings: a room with viewers here is;
   * otherwise the repository's list of meetings says, read again only when the number is not on
   * it and the list is older than `meetingListMs`.
   */
  async isMeeting(key: RoomKey): Promise<boolean> {
    if (this.rooms.has(roomChannel(key.owner, key.repo, key.issue))) return true;
    const repository = `${key.owner}/${key.repo}`.toLowerCase();
    const known = this.meetings.get(repository);
    const fresh = Date.now() - (known?.at ?? 0) < (this.deps.meetingListMs ?? 10_000);
    if (known && (known.numbers.includes(key.issue) || fresh))
      return known.numbers.includes(key.issue);
    let reading = this.listing.get(repository);
    if (!reading) {
      reading = this.deps
        .installation(key.owner, key.repo)
        .then((github) =>
          loadMeetingNumbers(
            counting(github, () => this.requests++),
            key,
          ),
        )
        .finally(() => this.listing.delete(repository));
      this.listing.set(repository, reading);
      reading.then(
        (numbers) => this.meetings.set(repository, { numbers, at: Date.now() }),
        () => {},
      );
    }
    return (await reading).includes(key.issue);
  }

  /** The room as last read, while it has viewers here (kept current by its channel and poll). */
  current(key: RoomKey): RoomState | null {
    return this.rooms.get(roomChannel(key.owner, key.repo, key.issue))?.state ?? null;
  }

  /** Tell every instance's viewers of a room that it changed. */
  publish(key: RoomKey, message: RoomMessage): Promise<void> {
    return this.deps.coordination.events.publish(
      roomChannel(key.owner, key.repo, key.issue),
      message,
    );
  }

  async close(): Promise<void> {
    for (const room of [...this.rooms.values()])
      for (const viewer of [...room.viewers]) {
        viewer.end();
        this.leave(room, viewer);
      }
  }

  private roomOf(key: RoomKey): Room {
    const id = roomChannel(key.owner, key.repo, key.issue);
    const found = this.rooms.get(id);
    if (found) return found;
    const room: Room = {
      key,
      viewers: new Set(),
      state: null,
      sent: "",
      shown: "",
      unsubscribe: this.deps.coordination.events.subscribe(id, (message) =>
        this.read(room, message === "vote" ? "vote" : "changed"),
      ),
      poll: setInterval(() => this.read(room, "vote"), this.deps.pollMs).unref(),
      reading: null,
      again: null,
    };
    this.rooms.set(id, room);
    this.read(room, "changed");
    return room;
  }

  private leave(room: Room, viewer: ServerResponse): void {
    room.viewers.delete(viewer);
    if (room.viewers.size > 0) return;
    clearInterval(room.poll);
    void room.unsubscribe.then((stop) => stop());
    this.rooms.delete(roomChannel(room.key.owner, room.key.repo, room.key.issue));
  }

  /** Reads the room again (all of it, or only its vote) and sends the state if it changed. */
  private read(room: Room, what: RoomMessage): void {
    if (room.reading) {
      if (room.again !== "changed") room.again = what;
      return;
    }
    room.reading = this.readOnce(room, what)
      .catch((error: unknown) =>
        this.deps.log(
          `room ${room.key.owner}/${room.key.repo}#${room.key.issue}: ${(error as Error).message}`,
        ),
      )
      .finally(() => {
        room.reading = null;
        const again = room.again;
        room.again = null;
        if (again && room.viewers.size > 0) this.read(room, again);
      });
  }

  private async readOnce(room: Room, what: RoomMessage): Promise<void> {
    const { owner, repo, issue } = room.key;
    if (what === "vote" && !room.state?.table?.vote.commentId) return;
    const github = counting(await this.deps.installation(owner, repo), () => this.requests++);
    const now = this.deps.now();
    const state =
      what === "vote" && room.state
        ? await refreshVote(github, { owner, repo }, room.state)
        : await loadRoom(github, { owner, repo, issue }, now);
    room.state = state;
    this.send(room, state, now);
  }

  private send(room: Room, state: RoomState | null, now: string): void {
    const shown = JSON.stringify(state);
    if (room.sent !== "" && shown === room.shown) return;
    const live = state ? roomLive(state, now) : null;
    const table = live?.table.text ?? "<p>This meeting is gone.</p>";
    const side = live?.side.text ?? "";
    // The buttons too: which make sense, and what each says, follow the room.
    const votes = live?.votes.text ?? "";
    const controls = live?.controls.text ?? "";
    room.shown = shown;
    room.sent = `event: room\ndata: ${JSON.stringify({ now, table, side, votes, controls })}\n\n`;
    for (const viewer of room.viewers) viewer.write(room.sent);
  }
}

/** The client, counting its requests. */
function counting(github: GitHub, count: () => void): GitHub {
  // The pager reads `request.endpoint`: the wrapper keeps the original's properties.
  const request = Object.assign((...args: Parameters<GitHub["request"]>) => {
    count();
    return github.request(...args);
  }, github.request) as GitHub["request"];
  const graphql = Object.assign((...args: Parameters<GitHub["graphql"]>) => {
    count();
    return github.graphql(...args);
  }, github.graphql) as GitHub["graphql"];
  return { request, graphql };
}
