import type { ServerResponse } from "node:http";
import type { Coordination } from "../coordination/port.js";
import { roomChannel } from "../jobs/room.js";

/** A person waiting to accept GitHub's invitation: their open streams, and the one poll. */
interface Awaiting {
  streams: Set<ServerResponse>;
  timer: NodeJS.Timeout;
}

/** A meeting whose RSVP pages are open. */
interface Watched {
  viewers: Set<ServerResponse>;
  unsubscribe: Promise<() => Promise<void>>;
}

/**
 * The RSVP pages' live updates: a stream per open page that says only "changed" when the meeting
 * does (a seat taken or given up, a place moved up, the meeting edited, on any instance), and the
 * page's script reads the page again. The stream reads nothing from GitHub for that: one
 * subscription to the meeting's channel per meeting watched here, and at most `perAddress`
 * streams a network address. The one exception: a person waiting to accept GitHub's invitation,
 * which no webhook reports: GitHub is asked every `pollMs` until they have, once for each person
 * and meeting however many of their streams are open (each would otherwise ask on its own, and
 * a page's link opened in 64 tabs would spend the installation's rate limit).
 */
export class RsvpStreams {
  private readonly watched = new Map<string, Watched>();
  private readonly open = new Map<string, number>();
  /** The people waiting to accept an invitation, by meeting and login: their streams, one poll. */
  private readonly awaiting = new Map<string, Awaiting>();
  /** Told of a change heard for a meeting watched here, before its streams are. */
  private readonly listeners: Array<(channel: string) => void> = [];

  private readonly perAddress: number;
  private readonly pollMs: number;

  constructor(
    private readonly coordination: Coordination,
    limits: { streamsPerAddress?: number; invitationPollSeconds?: number } = {},
  ) {
    this.perAddress = limits.streamsPerAddress ?? 16;
    // An invitation's acceptance is asked as often as the facilitator's room asks it.
    this.pollMs = (limits.invitationPollSeconds ?? 15) * 1000;
  }

  join(
    key: { owner: string; repo: string; issue: number },
    res: ServerResponse,
    address: string,
    awaiting?: { login: string; accepted: () => Promise<boolean> },
  ) {
    const count = this.open.get(address) ?? 0;
    if (count >= this.perAddress)
      return { status: 429, text: "Too many live pages open: close some and reload." };
    this.open.set(address, count + 1);
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    res.write("retry: 5000\n\n");
    const channel = roomChannel(key.owner, key.repo, key.issue);
    const meeting = this.watch(channel);
    meeting.viewers.add(res);
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 25_000).unref();
    const asked = awaiting
      ? this.untilAccepted(`${channel}\n${awaiting.login.toLowerCase()}`, res, awaiting.accepted)
      : undefined;
    res.on("close", () => {
      clearInterval(heartbeat);
      asked?.();
      const left = (this.open.get(address) ?? 1) - 1;
      if (left > 0) this.open.set(address, left);
      else this.open.delete(address);
      meeting.viewers.delete(res);
      if (meeting.viewers.size > 0) return;
      this.watched.delete(channel);
      void meeting.unsubscribe.then((stop) => stop());
    });
    return "streaming" as const;
  }

  /**
   * Asks GitHub every `pollMs` whether the person of `key` accepted, for all their streams at
   * once; once they have, says "changed" to each, once. Answers how a stream stops listening.
   */
  private untilAccepted(
    key: string,
    res: ServerResponse,
    accepted: () => Promise<boolean>,
  ): () => void {
    let person = this.awaiting.get(key);
    if (!person) {
      const streams = new Set<ServerResponse>();
      let asking = false;
      const timer = setInterval(async () => {
        if (asking) return;
        asking = true;
        const yes = await accepted().catch(() => false);
        asking = false;
        if (!yes) return;
        clearInterval(timer);
        if (this.awaiting.get(key)?.timer === timer) this.awaiting.delete(key);
        for (const stream of streams)
          if (!stream.destroyed) stream.write("event: changed\ndata: {}\n\n");
      }, this.pollMs).unref();
      person = { streams, timer };
      this.awaiting.set(key, person);
    }
    const mine = person;
    mine.streams.add(res);
    return () => {
      mine.streams.delete(res);
      if (mine.streams.size > 0) return;
      clearInterval(mine.timer);
      if (this.awaiting.get(key) === mine) this.awaiting.delete(key);
    };
  }

  /**
   * Calls `listener` with a meeting's channel when a change of a meeting watched here is heard,
   * before the streams are told (and their pages read again).
   */
  onChanged(listener: (channel: string) => void): void {
    this.listeners.push(listener);
  }

  close(): void {
    for (const meeting of this.watched.values()) for (const viewer of meeting.viewers) viewer.end();
  }

  private watch(channel: string): Watched {
    const found = this.watched.get(channel);
    if (found) return found;
    const viewers = new Set<ServerResponse>();
    // A vote on the room's roman vote changes nothing an RSVP page shows.
    const unsubscribe = this.coordination.events.subscribe(channel, (message) => {
      if (message === "vote") return;
      for (const listener of this.listeners) listener(channel);
      for (const viewer of viewers) viewer.write("event: changed\ndata: {}\n\n");
    });
    const meeting = { viewers, unsubscribe };
    this.watched.set(channel, meeting);
    return meeting;
  }
}
