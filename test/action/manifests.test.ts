import { readFileSync } from "node:fs";
import { validateAction, validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { workflow } from "../../src/cli/commands/init.js";

describe("action.yml", () => {
  const text = readFileSync("action.yml", "utf8");

  it("runs the committed bundle on the node24 runtime", () => {
    // @action-validator/core 0.6 predates node24, so the runtime is checked here on its own.
    expect(parse(text).runs).toEqual({ using: "node24", main: "dist/index.js" });
  });

  it("is valid against the published action schema", () => {
    const withKnownRuntime = text.replace("using: node24", "using: node20");
    expect(validateAction(withKnownRuntime).errors).toEqual([]);
  });

  it("declares the inputs the runner reads, and the outputs it sets", () => {
    const action = parse(text);
    expect(Object.keys(action.inputs)).toEqual([
      "token",
      "config-path",
      "jobs",
      "dry-run",
      "read-cache",
      "commit-mode",
    ]);
    expect(Object.keys(action.outputs)).toEqual(["changed-pages", "commit-sha", "queue"]);
    const runner = readFileSync("src/action/runner.ts", "utf8");
    for (const name of Object.keys(action.inputs)) expect(runner).toContain(`"${name}"`);
    for (const name of Object.keys(action.outputs)) expect(runner).toContain(`setOutput("${name}"`);
  });
});

describe("templates/workflows/roundtable.yml", () => {
  const text = readFileSync("templates/workflows/roundtable.yml", "utf8");

  it("is valid against the published workflow schema", () => {
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  it("runs off the hour, on demand, never twice at once, with only the permissions it needs", () => {
    const workflow = parse(text);
    const [minute] = String(workflow.on.schedule[0].cron).split(" ");
    expect(minute).not.toBe("0");
    expect(workflow.on).toHaveProperty("workflow_dispatch");
    expect(workflow.concurrency).toEqual({ group: "roundtable", "cancel-in-progress": false });
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.roundtable.permissions).toEqual({ contents: "write", issues: "write" });
  });

  it("pins Roundtable's Action by a full commit SHA, with the release it is as a comment", () => {
    const line = text.split("\n").find((l) => l.includes("uses: roundtable/roundtable@"));
    expect(line).toMatch(/uses: roundtable\/roundtable@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    const pkg = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg.repository.url).toBe("git+https://github.com/roundtable/roundtable.git");
  });

  it("the checks reject a broken workflow, and node24 (which is why the runtime is checked apart)", () => {
    const steps = "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps: nope\n";
    expect(validateWorkflow(steps).errors.map((e) => ("path" in e ? e.path : e.code))).toEqual([
      "/jobs/x",
    ]);
    expect(validateAction(readFileSync("action.yml", "utf8")).errors).not.toEqual([]);
  });
});

describe("the workflow roundtable init --pull-request writes", () => {
  const text = workflow(true);

  it("publishes through a pull request and asks for the permission that needs", () => {
    expect(validateWorkflow(text).errors).toEqual([]);
    const job = parse(text).jobs.roundtable;
    expect(job.permissions).toEqual({
      contents: "write",
      issues: "write",
      "pull-requests": "write",
    });
    expect(job.steps.at(-1).with["commit-mode"]).toBe("pull-request");
  });
});
