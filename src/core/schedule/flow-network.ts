/**
 * A flow network for the bounds: the largest flow (Dinic's blocking flows), or the largest flow
 * of least cost (successive shortest paths, Bellman–Ford, so negative residual costs are fine).
 * Every capacity and cost is a whole number, so the flow found is whole and exact.
 */
export class FlowNetwork {
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly out: number[][] = [];

  /** A new node's index. */
  node(): number {
    this.out.push([]);
    return this.out.length - 1;
  }

  edge(from: number, to: number, capacity: number, cost = 0): void {
    if (capacity <= 0) return;
    for (const [a, b, c, k] of [
      [from, to, capacity, cost],
      [to, from, 0, -cost],
    ] as const) {
      this.out[a]?.push(this.to.length);
      this.to.push(b);
      this.cap.push(c);
      this.cost.push(k);
    }
  }

  /** The most flow from `source` to `sink`, and its least cost. */
  minCostMaxFlow(source: number, sink: number): { flow: number; cost: number } {
    let flow = 0;
    let total = 0;
    const n = this.out.length;
    for (;;) {
      const dist = new Array<number>(n).fill(Number.POSITIVE_INFINITY);
      const via = new Array<number>(n).fill(-1);
      const queued = new Array<boolean>(n).fill(false);
      dist[source] = 0;
      const queue = [source];
      queued[source] = true;
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head] as number;
        queued[u] = false;
        for (const e of this.out[u] as number[]) {
          if ((this.cap[e] as number) <= 0) continue;
          const v = this.to[e] as number;
          const d = (dist[u] as number) + (this.cost[e] as number);
          if (d < (dist[v] as number)) {
            dist[v] = d;
            via[v] = e;
            if (!queued[v]) {
              queued[v] = true;
              queue.push(v);
            }
          }
        }
      }
      if (via[sink] === -1) return { flow, cost: total };
      let push = Number.POSITIVE_INFINITY;
      for (let v = sink; v !== source; v = this.to[(via[v] as number) ^ 1] as number)
        push = Math.min(push, this.cap[via[v] as number] as number);
      for (let v = sink; v !== source; v = this.to[(via[v] as number) ^ 1] as number) {
        const e = via[v] as number;
        this.cap[e] = (this.cap[e] as number) - push;
        this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + push;
      }
      flow += push;
      total += push * (dist[sink] as number);
    }
  }

  /** The most flow from `source` to `sink` (costs ignored). */
  maxFlow(source: number, sink: number): number {
    const n = this.out.length;
    let flow = 0;
    for (;;) {
      const level = new Array<number>(n).fill(-1);
      level[source] = 0;
      const queue = [source];
      for (let head = 0; head < queue.length; head++) {
        const u = queue[head] as number;
        for (const e of this.out[u] as number[]) {
          const v = this.to[e] as number;
          if ((this.cap[e] as number) > 0 && level[v] === -1) {
            level[v] = (level[u] as number) + 1;
            queue.push(v);
          }
        }
      }
      if (level[sink] === -1) return flow;
      const next = new Array<number>(n).fill(0);
      const push = (u: number, limit: number): number => {
        if (u === sink) return limit;
        const edges = this.out[u] as number[];
        for (; (next[u] as number) < edges.length; next[u] = (next[u] as number) + 1) {
          const e = edges[next[u] as number] as number;
          const v = this.to[e] as number;
          if ((this.cap[e] as number) <= 0 || level[v] !== (level[u] as number) + 1) continue;
          const pushed = push(v, Math.min(limit, this.cap[e] as number));
          if (pushed > 0) {
            this.cap[e] = (this.cap[e] as number) - pushed;
            this.cap[e ^ 1] = (this.cap[e ^ 1] as number) + pushed;
            return pushed;
          }
        }
        return 0;
      };
      for (
        let f = push(source, Number.POSITIVE_INFINITY);
        f > 0;
        f = push(source, Number.POSITIVE_INFINITY)
      )
        flow += f;
    }
  }
}
