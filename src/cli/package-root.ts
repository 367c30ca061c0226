import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Roundtable's folder: the nearest above `moduleUrl` that holds a package.json and the templates/
 * folder. It is the same folder from lib/cli/commands/ (tsc's output), src/cli/commands/ (tests)
 * and lib/cli-bundle/ (the bundle, which holds a copy of package.json but no templates), so the
 * files shipped beside the code are found from any of them. A path written relative to one
 * module's URL holds for one layout only, and a bundler that sees it copies the files it names
 * (ncc copied templates/ into the bundle's folder, misnamed).
 */
export function packageRoot(moduleUrl: string): string {
  const start = dirname(fileURLToPath(moduleUrl));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates"))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`roundtable: no templates/ folder beside a package.json above ${start}`);
  }
}
