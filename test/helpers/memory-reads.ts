import type { KeptRead, ReadStore } from "../../src/github/index.js";

/** A kept read in this process's memory, kept as text as the app's and the Action's stores keep it. */
export function memoryReads(): ReadStore {
  const reads = new Map<string, string>();
  return {
    get: async (repository) => {
      const text = reads.get(repository);
      return text === undefined ? undefined : JSON.parse(text);
    },
    set: async (repository, read: KeptRead) => {
      reads.set(repository, JSON.stringify(read));
    },
  };
}
