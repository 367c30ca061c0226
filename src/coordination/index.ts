import { memoryCoordination } from "./memory.js";
import { redisCoordination } from "./redis.js";

export { memoryCoordination } from "./memory.js";
export type { Coordination, Health, Lease, TimerJob } from "./port.js";
export { CoordinationError } from "./port.js";
export { redactedUrl, redisCoordination } from "./redis.js";

/**
 * The coordination the environment asks for: Redis when REDIS_URL is set (several instances),
 * this process's memory otherwise (one instance). A REDIS_URL that cannot be reached is never
 * replaced by memory: the app reports it and refuses work until Redis is back.
 */
export function coordinationFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const url = env.REDIS_URL?.trim();
  if (!url) return memoryCoordination();
  const number = (name: string) => {
    const value = Number(env[name]);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  return redisCoordination({
    url,
    leaseMs: number("ROUNDTABLE_LEASE_MS"),
    waitMs: number("ROUNDTABLE_LEASE_WAIT_MS"),
  });
}
