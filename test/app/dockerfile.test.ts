import { readFileSync } from "node:fs";
import { DockerfileParser } from "dockerfile-ast";
import { validate } from "dockerfile-utils";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// Docker cannot run here (no registry to pull the base image from): the Dockerfile is checked
// with the Dockerfile language service's validator, and its shape is asserted instruction by
// instruction.
const text = readFileSync("Dockerfile", "utf8");
const dockerfile = DockerfileParser.parse(text);
const stages = dockerfile.getFROMs().map((from) => from.getBuildStage());
const instructions = dockerfile.getInstructions();
const stageOf = (stage: string) => {
  const start = dockerfile.getFROMs().find((f) => f.getBuildStage() === stage);
  return instructions.filter((i) => start && i.getRange().start.line > start.getRange().start.line);
};
const args = (keyword: string, list = instructions) =>
  list.filter((i) => i.getKeyword() === keyword).map((i) => i.getArgumentsContent() ?? "");

describe("Dockerfile", () => {
  it("has no problem the Dockerfile validator finds", () => {
    expect(validate(text).map((p) => p.message)).toEqual([]);
  });

  it("builds with the dev dependencies, then runs with the production ones only", () => {
    expect(stages).toEqual(["build", "run"]);
    const run = stageOf("run");
    expect(args("RUN", run).join("\n")).toContain("npm ci --omit=dev");
    expect(run.map((i) => i.getTextContent())).toContain("COPY --from=build /app/lib ./lib");
    expect(args("RUN", run).join("\n")).not.toContain("npm run build");
  });

  it("builds the app's bundle from everything the bundle is made of, and runs it", () => {
    const build = stageOf("build").map((i) => i.getTextContent());
    const bundled = build.indexOf("RUN npm run build:app");
    expect(bundled).toBeGreaterThan(-1);
    // The script that bundles, the sources, and the static files the bundle copies.
    for (const copy of ["COPY scripts ./scripts", "COPY src ./src", "COPY static ./static"])
      expect(build.indexOf(copy)).toBeGreaterThan(-1);
    for (const copy of ["COPY scripts ./scripts", "COPY src ./src", "COPY static ./static"])
      expect(build.indexOf(copy)).toBeLessThan(bundled);
    // With its source maps, as `npm start` runs it (esbuild's bundle does not map its own stacks).
    expect(args("CMD", stageOf("run"))).toEqual([
      '["node", "--enable-source-maps", "lib/app-bundle/index.js"]',
    ]);
  });

  it("runs as a user that is not root, and checks /health", () => {
    expect(args("USER", stageOf("run"))).toEqual(["node"]);
    const [check] = args("HEALTHCHECK");
    expect(check).toContain("/health");
    expect(readFileSync("src/app/health.ts", "utf8")).toContain('"/health"');
    expect(args("ENV").join(" ")).toContain("HOST=0.0.0.0");
  });

  it("journals waiting ballots in a volume the app's user may write", () => {
    expect(args("ENV", stageOf("run")).join(" ")).toContain("ROUNDTABLE_DATA_DIR=/data");
    expect(args("RUN", stageOf("run")).join("\n")).toContain("chown node:node /data");
    expect(args("VOLUME", stageOf("run"))).toEqual(["/data"]);
  });
});

describe("docker-compose.yml", () => {
  const compose = parse(readFileSync("docker-compose.yml", "utf8"), { merge: true }) as {
    services: Record<
      string,
      { build?: string; image?: string; environment?: Record<string, string>; command?: string[] }
    >;
  };

  it("runs two app instances on one Redis, behind one address", () => {
    const apps = Object.entries(compose.services).filter(([, s]) => s.build === ".");
    expect(apps.map(([name]) => name)).toEqual(["app-1", "app-2"]);
    for (const [, app] of apps) expect(app.environment?.REDIS_URL).toBe("redis://redis:6379");
    expect(compose.services.redis?.image).toMatch(/^redis:7/);
    const proxy = compose.services.proxy?.command?.join(" ") ?? "";
    expect(proxy).toContain("--to app-1:3000 --to app-2:3000");
  });

  it("takes the app's secrets from the environment, never from the file", () => {
    const env = compose.services["app-1"]?.environment ?? {};
    for (const name of ["APP_ID", "PRIVATE_KEY", "WEBHOOK_SECRET"])
      expect(env[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?`));
  });
});
