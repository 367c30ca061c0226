import { memoryCoordination } from "./memory.js";
import type { Coordination } from "./port.js";

export { memoryCoordination } from "./memory.js";
export type { Coordination, Health, Lease, TimerJob } from "./port.js";
export { CoordinationError } from "./port.js";
export { redactedText, redactedUrl } from "./redacted-url.js";

/**
 * The coordination the environment asks for: Redis when REDIS_URL is set (several instances),
 * this process's memory otherwise (one instance). A REDIS_URL that cannot be reached is never
 * replaced by memory: the app reports it and refuses work until Redis is back.
 *
 * The Redis adapter (ioredis, Redlock, BullMQ: about half a second of imports) is loaded only
 * when REDIS_URL asks for it, so that one instance starts without it.
 */
export async function coordinationFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<Coordination> {
  const url = env.REDIS_URL?.trim();
  if (!url) return memoryCoordination();
  const number = (name: string) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  const { redisCoordination } = await import("./redis.js");
  return redisCoordination({
    url,
    leaseMs: number("ROUNDTABLE_LEASE_MS"),
    waitMs: number("ROUNDTABLE_LEASE_WAIT_MS"),
    retryMs: number("ROUNDTABLE_LEASE_RETRY_MS"),
  });
}
