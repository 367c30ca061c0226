import { describe, expect, it } from "vitest";
import { memoryCoordination } from "../../src/coordination/index.js";
import type { GitHub } from "../../src/github/client.js";
import type { KeptRead } from "../../src/github/kept-read.js";
import { runContext } from "../../src/jobs/run-context.js";

/** A client no test here calls: the context only decides where it keeps what it read. */
const client = { request: () => {}, graphql: () => {} } as unknown as GitHub;
const read = { version: 1, key: "acme/board", takenAt: "2026-12-01T09:00:00Z" } as KeptRead;
const trigger = {
  owner: "acme",
  repo: "board",
  clock: () => "2026-12-01T09:00:00Z",
  log: () => {},
};

describe("runContext", () => {
  it("keeps a run's board read and access answers in its coordination, per installation", async () => {
    const coordination = memoryCoordination({ now: () => Date.parse("2026-12-01T09:00:00Z") });
    const first = runContext({ ...trigger, github: client, coordination, installation: 7 });
    await first.github.reads?.set("acme/board", read);
    await first.github.access?.set("role:ann", "write");
    // The next trigger of the same installation finds both; another installation finds neither.
    const next = runContext({ ...trigger, github: client, coordination, installation: 7 });
    expect(await next.github.reads?.get("acme/board")).toEqual(read);
    expect(await next.github.access?.get("role:ann")).toBe("write");
    const other = runContext({ ...trigger, github: client, coordination, installation: 8 });
    expect(await other.github.reads?.get("acme/board")).toBeUndefined();
    expect(await other.github.access?.get("role:ann")).toBeUndefined();
  });

  it("leaves a run without a coordination (the Action, the CLI) its client as given", () => {
    const run = runContext({ ...trigger, github: client });
    expect(run.github).toBe(client);
    expect(run.github.reads).toBeUndefined();
    expect(run.now).toBe("2026-12-01T09:00:00Z");
  });

  it("keeps the stores a client brings of its own", () => {
    const reads = { get: async () => read, set: async () => {} };
    const run = runContext({
      ...trigger,
      github: { ...client, reads },
      coordination: memoryCoordination(),
    });
    expect(run.github.reads).toBe(reads);
    expect(run.github.access).toBeDefined();
  });
});
