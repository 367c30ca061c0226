import { describe, expect, it } from "vitest";
import { memoryCoordination } from "../../src/coordination/memory.js";
import type { Coordination } from "../../src/coordination/port.js";
import { transcriptTtlSeconds, withHeldTranscript } from "../../src/web/held-transcript.js";

/** The coordination store, with every value it was given for the transcript scope kept aside. */
function watched() {
  const store = memoryCoordination();
  const sets: Array<{ key: string; value: unknown; ttl: number }> = [];
  const coordination: Coordination = {
    ...store,
    exclusive: store.exclusive.bind(store),
    cache: {
      ...store.cache,
      set: async (scope, key, value, ttl) => {
        if (scope === "transcript") sets.push({ key, value, ttl });
        await store.cache.set(scope, key, value, ttl);
      },
    },
  };
  return { coordination, store, sets };
}

const transcript = {
  file: "call.vtt",
  bytes: new TextEncoder().encode("WEBVTT\n\nAda: secret plan"),
};

describe("an uploaded transcript in the coordination store", () => {
  it("is held while the draft is made, with a time to live, and overwritten when it is done", async () => {
    const { coordination, store, sets } = watched();
    const read = await withHeldTranscript(coordination, transcript, async (get) => {
      const held = await get();
      return new TextDecoder().decode(held.bytes);
    });
    expect(read).toBe("WEBVTT\n\nAda: secret plan");
    expect(sets).toHaveLength(2);
    expect(sets[0]?.ttl).toBe(transcriptTtlSeconds);
    expect(transcriptTtlSeconds).toBeLessThanOrEqual(300);
    expect(sets[1]).toEqual({ key: sets[0]?.key, value: null, ttl: 1 });
    expect(await store.cache.get("transcript", sets[0]?.key ?? "")).toBeNull();
  });

  it("is overwritten when the draft fails too", async () => {
    const { coordination, store, sets } = watched();
    await expect(
      withHeldTranscript(coordination, transcript, async () => {
        throw new Error("GitHub is down");
      }),
    ).rejects.toThrow("GitHub is down");
    expect(await store.cache.get("transcript", sets[0]?.key ?? "")).toBeNull();
  });
});
