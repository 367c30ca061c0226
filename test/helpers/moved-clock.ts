import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Where Debian's libfaketime lives (the `faketime` package, which scripts/ensure-tools.mjs installs). */
function libfaketime(): string {
  const roots = ["/usr/lib", ...readdirSync("/usr/lib").map((d) => join("/usr/lib", d))];
  const found = roots
    .map((root) => join(root, "faketime", "libfaketime.so.1"))
    .find((path) => existsSync(path));
  if (!found)
    throw new Error(
      "libfaketime is missing: apt-get install -y faketime (npm test installs it when run as root)",
    );
  return found;
}

/**
 * The environment that starts a process's clock at `iso` (UTC), from where it runs on in real
 * time: Date, and the timers, as the operating system's clock tells them (libfaketime preloaded).
 * The app process under test is unchanged: only the clock it is given is moved.
 */
export function clockFrom(iso: string): Record<string, string> {
  const at = new Date(iso).toISOString();
  return {
    LD_PRELOAD: libfaketime(),
    FAKETIME: `@${at.slice(0, 10)} ${at.slice(11, 19)}`,
    TZ: "UTC",
  };
}
