import { readFileSync } from "node:fs";
import { DockerfileParser } from "dockerfile-ast";
import { validate } from "dockerfile-utils";
import { describe, expect, it } from "vitest";

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

  it("runs as a user that is not root, and checks /health", () => {
    expect(args("USER", stageOf("run"))).toEqual(["node"]);
    const [check] = args("HEALTHCHECK");
    expect(check).toContain("/health");
    expect(readFileSync("src/app/health.ts", "utf8")).toContain('"/health"');
    expect(args("ENV").join(" ")).toContain("HOST=0.0.0.0");
  });
});
