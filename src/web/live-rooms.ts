import type { ServerResponse } from "node:http";
import type { Coordination } from "../coordination/port.js";
import type { RoomState } from "../core/room/room.js";
import type { GitHub } from "../github/client.js";
import { loadMeetingNumbers } from "../jobs/meeting-numbers.js";
import { refreshInvitees, refreshVote, roomChannel } from "../jobs/room.js";
import { roomInvitees } from "../render/web/room-invitees.js";
import { roomLive } from "../render/web/room-page.js";
import { BoundedCache } from "./bounded-cache.js";
import { readRoom } from "./read-room.js";

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
  /**
   * How often a room its facilitator watches asks GitHub who accepted their invitation (no
   * webhook says so either), while anyone's is pending: three vote polls by default.
   */
  invitationPollMs?: number;
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
  /**
   * Whether the viewer runs the meeting (their stream also carries who is invited and pending):
   * asked only once the stream is within its caps and the number is a meeting.
   */
  facilitates?: () => Promise<boolean>;
  /**
   * Whether the viewer may still watch (their session live, their token able to read the
   * repository), asked every `recheckMs` while the stream is open: a person signed out or removed
   * from the repository loses the live room as they lose its pages.
   */
  stillAllowed?: () => Promise<boolean>;
  recheckMs?: number;
}

/** A stream refused before it began: the status and the line to answer with. */
export interface Refusal {
  status: number;
  text: string;
}

/** The messages on a room's channel: the meeting changed (read it again), or a vote was cast. */
export type RoomMessage = "changed" | "vote";

/** What a room reads again: all of it, its roman vote, or (for its facilitators) its invitations. */
type Reading = RoomMessage | "invitees";

interface Room {
  key: RoomKey;
  viewers: Set<ServerResponse>;
  /** The viewers who run the meeting: only they are sent who is invited. */
  facilitators: Set<ServerResponse>;
  state: RoomState | null;
  /** The last event sent: a new viewer gets it at once. */
  sent: string;
  /** The state last sent, as JSON: an unchanged state is not sent again. */
  shown: string;
  /** The last invitees event sent to the facilitators (a new one gets it at once). */
  inviteesSent: string;
  /** Seated people GitHub said are collaborators: never asked again while the room is open. */
  members: Set<string>;
  /** The invitation poll, while a facilitator watches. */
  invitePoll: NodeJS.Timeout | null;
  unsubscribe: Promise<() => Promise<void>>;
  poll: NodeJS.Timeout;
  /** One read at a time; a change heard during a read asks for one more. */
  reading: Promise<void> | null;
  again: Reading | null;
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
    const facilitates = (await viewer?.facilitates?.().catch(() => false)) ?? false;
    // Gone while GitHub was asked: no room is kept for it.
    if (res.destroyed) return "streaming";
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
    if (facilitates) this.watchInvitees(room, res);
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 25_000).unref();
    const allowed = viewer?.stillAllowed;
    // GitHub not answering keeps the stream: the next check asks again.
    const recheck = allowed
      ? setInterval(async () => {
          if (!(await allowed().catch(() => true))) res.end();
        }, viewer.recheckMs ?? 5_000).unref()
      : undefined;
    res.on("close", () => {
      clearInterval(heartbeat);
      clearInterval(recheck);
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
      facilitators: new Set(),
      state: null,
      sent: "",
      shown: "",
      inviteesSent: "",
      members: new Set(),
      invitePoll: null,
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

  /**
   * A facilitator's stream: who is invited at once (as last read), then on every change, and
   * GitHub asked every `invitationPollMs` while they watch.
   */
  private watchInvitees(room: Room, res: ServerResponse): void {
    room.facilitators.add(res);
    if (room.inviteesSent) res.write(room.inviteesSent);
    if (room.invitePoll) return;
    const every = this.deps.invitationPollMs ?? this.deps.pollMs * 3;
    room.invitePoll = setInterval(() => this.read(room, "invitees"), every).unref();
    if (room.state) this.read(room, "invitees");
  }

  private leave(room: Room, viewer: ServerResponse): void {
    room.viewers.delete(viewer);
    room.facilitators.delete(viewer);
    if (room.facilitators.size === 0 && room.invitePoll) {
      clearInterval(room.invitePoll);
      room.invitePoll = null;
    }
    if (room.viewers.size > 0) return;
    clearInterval(room.poll);
    void room.unsubscribe.then((stop) => stop());
    this.rooms.delete(roomChannel(room.key.owner, room.key.repo, room.key.issue));
  }

  /** Reads the room again (all of it, or only its vote) and sends the state if it changed. */
  private read(room: Room, what: Reading): void {
    if (room.reading) {
      // Two different reads asked meanwhile: read it all.
      room.again = room.again === null || room.again === what ? what : "changed";
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

  private async readOnce(room: Room, what: Reading): Promise<void> {
    const { owner, repo, issue } = room.key;
    if (what === "vote" && !room.state?.table?.vote.commentId) return;
    if (what === "invitees" && !waitsOnGitHub(room.state)) return;
    const github = counting(await this.deps.installation(owner, repo), () => this.requests++);
    const now = this.deps.now();
    const target = { owner, repo };
    let state =
      what !== "changed" && room.state
        ? what === "vote"
          ? await refreshVote(github, target, room.state)
          : await refreshInvitees(github, target, room.state, room.members)
        : await readRoom(github, { owner, repo, issue }, now, this.deps.log);
    // The meeting's state learns of an accepted invitation only at the app's next round: a
    // facilitator watching sees what GitHub says now.
    if (what === "changed" && state && room.facilitators.size > 0 && waitsOnGitHub(state))
      state = await refreshInvitees(github, target, state, room.members);
    room.state = state;
    this.send(room, state, now);
  }

  private send(room: Room, state: RoomState | null, now: string): void {
    this.sendInvitees(room, state);
    // Who is invited is the facilitators' alone: it is no part of what every viewer is sent.
    const shown = JSON.stringify(state && { ...state, invitees: null });
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

  /** Who is invited, pending and waiting, to the room's facilitators, when it changed. */
  private sendInvitees(room: Room, state: RoomState | null): void {
    if (!state) return;
    const data = JSON.stringify({ invitees: roomInvitees(state.invitees).text });
    const event = `event: invitees\ndata: ${data}\n\n`;
    if (event === room.inviteesSent) return;
    room.inviteesSent = event;
    for (const viewer of room.facilitators) viewer.write(event);
  }
}

/** Whether a seated person's invitation waits on GitHub (so the facilitator's list may change). */
function waitsOnGitHub(state: RoomState | null): boolean {
  return (
    state?.invitees.inviting === true &&
    state.invitees.seated.some((p) => ["pending", "unsent", "expired"].includes(p.state))
  );
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
  // The rest kept: its own comments still known by the app's login, not by the defaults, and its
  // kept reads (only what changed since the last read is asked).
  return { ...github, request, graphql };
}
