import type { Coordination } from "../coordination/port.js";
import { RoundtableError } from "../errors/roundtable-error.js";
import { randomToken } from "./session.js";

/** How long a transcript may stay in the coordination store if a draft never finishes. */
export const transcriptTtlSeconds = 300;
const scope = "transcript";

export interface HeldTranscript {
  file: string;
  bytes: Uint8Array;
}

/**
 * Runs `work` on a transcript held in the coordination store (this process's memory, or the
 * operator's Redis) under a key of its own, with a time to live: a crashed instance leaves it for
 * five minutes at most. Whatever `work` does, the key is overwritten when it ends, so the
 * transcript lives no longer than its draft.
 */
export async function withHeldTranscript<T>(
  coordination: Coordination,
  transcript: HeldTranscript,
  work: (read: () => Promise<HeldTranscript>) => Promise<T>,
): Promise<T> {
  const key = randomToken();
  const held = { file: transcript.file, base64: Buffer.from(transcript.bytes).toString("base64") };
  await coordination.cache.set(scope, key, held, transcriptTtlSeconds);
  const read = async () => {
    const found = await coordination.cache.get<typeof held | null>(scope, key);
    if (!found)
      throw new RoundtableError("The transcript expired before it was drafted: upload it again.");
    return { file: found.file, bytes: Buffer.from(found.base64, "base64") };
  };
  try {
    return await work(read);
  } finally {
    await coordination.cache.set(scope, key, null, 1);
  }
}
