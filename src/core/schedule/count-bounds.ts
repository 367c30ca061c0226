import { FlowNetwork } from "./flow-network.js";
import type { Model } from "./model.js";

/**
 * Bounds that count what the data forces, where times are free as well as where they are fixed.
 * Each is a relaxation: it drops some rules (rooms of other sizes, chairs, …) and counts exactly
 * what is left, so no schedule can beat it.
 */
export interface CountBounds {
  /** At least this many meetings are left out: a chair or group has more meetings than slots. */
  unplaced: number;
  /** Keeping every requested time, at most this many meetings sit in a room that seats the top (bottom) of their estimate. */
  seatableTop: number;
  seatableBottom: number;
  /** At least this many requested times are missed: sessions of one chair or group asking for the same few slots. */
  missed: number;
  /** Every meeting placed and every requested time kept, at least this many pairs of one track meet at once. */
  trackClashes: number;
}

export function countBounds(model: Model): CountBounds {
  return {
    unplaced: byDisjointSessions(keySessions(model), (sessions) =>
      Math.max(
        0,
        sessions.reduce((n, i) => n + (model.problem.sessions[i]?.meetings ?? 0), 0) - model.T,
      ),
    ),
    seatableTop: seatable(model, model.top),
    seatableBottom: seatable(model, model.bottom),
    missed: byDisjointSessions(keySessions(model), (sessions) => keyMissed(model, sessions)),
    trackClashes: byDisjointSessions(trackSessions(model), (sessions) =>
      trackClashes(model, sessions),
    ),
  };
}

/** Per chair or group (not a session's own key), the sessions that carry it. */
function keySessions(model: Model): number[][] {
  const byKey = new Map<number, number[]>();
  model.keys.forEach((keys, i) => {
    for (const k of keys.slice(1)) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  return [...byKey.values()].filter((list) => list.length > 1);
}

function trackSessions(model: Model): number[][] {
  const byTrack = new Map<number, number[]>();
  model.tracks.forEach((tracks, i) => {
    for (const k of tracks) byTrack.set(k, [...(byTrack.get(k) ?? []), i]);
  });
  return [...byTrack.values()].filter((list) => list.length > 1);
}

/**
 * The sum of a count over groups that share no session, the largest first: two groups that share
 * a session could count one missed time (or one clash) twice.
 */
function byDisjointSessions(groups: number[][], count: (sessions: number[]) => number): number {
  const counted = groups
    .map((sessions) => ({ sessions, n: count(sessions) }))
    .filter((g) => g.n > 0)
    .sort((a, b) => b.n - a.n);
  const used = new Set<number>();
  let total = 0;
  for (const g of counted) {
    if (g.sessions.some((i) => used.has(i))) continue;
    for (const i of g.sessions) used.add(i);
    total += g.n;
  }
  return total;
}

/**
 * Adds a session's meetings to a network: `need` of them in its requested slots, the rest in any
 * slot, at most one a slot; `slotNode(t)` is where a meeting in slot t goes (or -1: nowhere).
 */
function addSession(
  net: FlowNetwork,
  source: number,
  model: Model,
  i: number,
  slotNode: (t: number) => number,
): void {
  const meetings = model.problem.sessions[i]?.meetings ?? 0;
  const need = model.need[i] as number;
  const requested = model.requested[i];
  const inRequested = net.node();
  const anywhere = net.node();
  net.edge(source, inRequested, need);
  net.edge(source, anywhere, meetings - need);
  for (let t = 0; t < model.T; t++) {
    const to = slotNode(t);
    if (to < 0) continue;
    const here = net.node();
    net.edge(here, to, 1);
    if (requested?.[t]) net.edge(inRequested, here, 1);
    net.edge(anywhere, here, 1);
  }
}

/**
 * The most meetings that can sit in a room seating `size` of their session, requested times kept:
 * per slot, the rooms a session may use form a chain by seats (a room that seats 40 seats 30),
 * so a meeting goes to the smallest class that seats it and flows up the chain.
 */
function seatable(model: Model, size: number[]): number {
  const net = new FlowNetwork();
  const source = net.node();
  const sink = net.node();
  const chains = new Map<string, Array<{ seats: number; node: number }[]>>();
  const chainOf = (i: number) => {
    const rooms = model.problem.rooms.flatMap((_, r) => (model.allowed[i]?.[r] ? [r] : []));
    const key = rooms.join(",");
    let chain = chains.get(key);
    if (!chain) {
      const seats = [...new Set(rooms.map((r) => model.seats[r] as number))].sort((a, b) => a - b);
      chain = Array.from({ length: model.T }, () => {
        const classes = seats.map((s) => ({ seats: s, node: net.node() }));
        classes.forEach((c, k) => {
          const places = rooms
            .filter((r) => model.seats[r] === c.seats)
            .reduce((n, r) => n + (model.holds[r] as number), 0);
          net.edge(c.node, sink, places);
          const up = classes[k + 1];
          if (up) net.edge(c.node, up.node, Number.MAX_SAFE_INTEGER);
        });
        return classes;
      });
      chains.set(key, chain);
    }
    return chain;
  };
  for (let i = 0; i < model.S; i++) {
    const chain = chainOf(i);
    const need = size[i] as number;
    addSession(net, source, model, i, (t) => chain[t]?.find((c) => c.seats >= need)?.node ?? -1);
  }
  return net.maxFlow(source, sink);
}

/** Requested times a chair's or group's sessions miss: each slot holds one of them. */
function keyMissed(model: Model, sessions: number[]): number {
  const net = new FlowNetwork();
  const source = net.node();
  const sink = net.node();
  const slots = Array.from({ length: model.T }, () => net.node());
  for (const s of slots) net.edge(s, sink, 1);
  let need = 0;
  for (const i of sessions) {
    need += model.need[i] as number;
    const requested = model.requested[i];
    if (!requested) continue;
    const node = net.node();
    net.edge(source, node, model.need[i] as number);
    requested.forEach((asked, t) => {
      if (asked) net.edge(node, slots[t] as number, 1);
    });
  }
  return need - net.maxFlow(source, sink);
}

/**
 * Pairs of a track's sessions that must meet at once: the k-th of the track's meetings in a slot
 * clashes with the k - 1 before it, so the least-cost flow of every meeting (requested times
 * kept) counts the fewest pairs. 0 when not every meeting can be placed this way.
 */
function trackClashes(model: Model, sessions: number[]): number {
  const net = new FlowNetwork();
  const source = net.node();
  const sink = net.node();
  const slots = Array.from({ length: model.T }, () => net.node());
  slots.forEach((s) => {
    for (let k = 0; k < sessions.length; k++) net.edge(s, sink, 1, k);
  });
  let meetings = 0;
  for (const i of sessions) {
    meetings += model.problem.sessions[i]?.meetings ?? 0;
    addSession(net, source, model, i, (t) => slots[t] as number);
  }
  const { flow, cost } = net.minCostMaxFlow(source, sink);
  return flow === meetings ? cost : 0;
}
