import type { ServerOptions } from "node:http";

/**
 * How long a connection may take to send its request, and how many the server holds at once: a
 * client that trickles its headers or its body is cut off instead of holding a socket for Node's
 * default five minutes. The timeouts bound receiving a request only, not answering it, so a live
 * room's event stream is not cut.
 */
export function serverLimits(env: NodeJS.ProcessEnv = process.env): {
  options: ServerOptions;
  server: { maxConnections: number; keepAliveTimeout: number };
} {
  const whole = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  return {
    options: {
      // Headers within 10 s, the whole request (a 25 MB webhook included) within 30 s.
      headersTimeout: whole("ROUNDTABLE_HEADERS_TIMEOUT_MS", 10_000),
      requestTimeout: whole("ROUNDTABLE_REQUEST_BODY_TIMEOUT_MS", 30_000),
      // Node looks for connections past those limits this often (30 s by default).
      connectionsCheckingInterval: 1_000,
    },
    server: {
      // Beyond this, new connections are closed at once (each live-room viewer holds one).
      maxConnections: whole("ROUNDTABLE_MAX_CONNECTIONS", 1_000),
      keepAliveTimeout: 5_000,
    },
  };
}
