import type { Coordination } from "../coordination/port.js";
import type { AccessCache } from "../github/client.js";
import { type KeptRead, keptReadMaxAgeMs, type ReadStore } from "../github/kept-read.js";

/**
 * A run with a coordination store (the app's) keeps each repository's last board read there (Redis when several
 * instances run, so a read by one serves the next event on another; memory otherwise), a day at
 * most, per installation.
 */
export function coordinationReads(coordination: Coordination, installation: number): ReadStore {
  const scope = `board:${installation}`;
  return {
    get: async (repository) => {
      const text = await coordination.cache.get<string>(scope, repository);
      return typeof text === "string" ? JSON.parse(text) : undefined;
    },
    set: async (repository, read: KeptRead) => {
      await coordination.cache.set(
        scope,
        repository,
        JSON.stringify(read),
        keptReadMaxAgeMs / 1000,
      );
    },
  };
}

/**
 * How long GitHub's answer about a person's role or team is kept: a burst of commands asks once,
 * and a person whose access was taken away stops facilitating within a minute.
 */
const accessSeconds = 60;

/** GitHub's answers about access, kept briefly in the coordination store (bounded there). */
export function coordinationAccess(coordination: Coordination, installation: number): AccessCache {
  const scope = `access:${installation}`;
  return {
    get: (key) => coordination.cache.get<string>(scope, key),
    set: (key, value) => coordination.cache.set(scope, key, value, accessSeconds),
  };
}
