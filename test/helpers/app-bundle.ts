import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The global setup bundles the app (lib/app-bundle/, what `npm start` runs) in the background when
 * it is stale: on a clean clone ncc takes 20 s of a core, which the first files spend on their
 * imports and their own work instead of waiting. While it runs, this file exists; if it failed,
 * the other one holds what it said.
 */
// A path, not a URL: under jsdom (the Mermaid files) URL is jsdom's, which Node's fileURLToPath refuses.
const lib = join(dirname(fileURLToPath(import.meta.url)), "../../lib");
export const bundling = join(lib, "app-bundle.building");
export const bundleFailed = join(lib, "app-bundle.failed");

/**
 * Whether a test file runs the app's bundle: it starts app processes (through these helpers) or
 * runs `npm start`'s script. test/setup.ts makes such a file wait for the bundle before its hooks.
 */
export const runsTheBundle = (source: string) =>
  /helpers\/(app-process|fault-bench|fault-matrix|fault-stories|instances)\.js|scripts\/start\.mjs/.test(
    source,
  );

/** Resolves once the app's bundle is built; throws what the build said if it failed. */
export async function appBundleBuilt(): Promise<void> {
  while (existsSync(bundling)) await new Promise((resolve) => setTimeout(resolve, 100));
  if (existsSync(bundleFailed))
    throw new Error(
      `the app's bundle (lib/app-bundle/) was not built: ${readFileSync(bundleFailed, "utf8")}`,
    );
}
