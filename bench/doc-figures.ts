import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spliceRegion } from "../src/render/splice.js";

/**
 * The docs whose figures a bench step writes (`npm run bench -- STEP --docs`): the step's output,
 * as printed, in a managed region of the doc, so the figures a reader sees are the last run's,
 * never typed in by hand. Everything outside the region is the doc's own prose.
 */
export const docFigures: Record<string, string> = {
  footprint: "docs/performance.md",
};

/** The region a step's figures are kept in. */
export const figuresRegion = (step: string) => `bench ${step}`;

/**
 * The doc's text with the step's figures in their region: the lines the step printed (their
 * trailing blanks and the bench's own bracketed note of its peak memory left out), in a code
 * block, under one line saying which command printed them on which Node.
 */
export function docWithFigures(
  doc: string,
  file: string,
  step: string,
  printed: string,
  node: string,
): string {
  const lines = printed
    .split("\n")
    .map((line) => line.trimEnd())
    .filter((line) => line !== "" && !/^\s*\[.*: peak RSS of this step's process/.test(line));
  const fence = "```";
  const content = [
    `Printed by \`npm run bench -- ${step} --docs\` on Node ${node} (the figures are that run's):`,
    "",
    `${fence}text`,
    ...lines,
    fence,
  ].join("\n");
  return spliceRegion(doc, figuresRegion(step), content, file);
}

/** Writes a step's printed figures into its doc, when it has one; says which file it wrote. */
export function writeDocFigures(root: string, step: string, printed: string): string | undefined {
  const file = docFigures[step];
  if (!file) return undefined;
  const path = join(root, file);
  const doc = readFileSync(path, "utf8");
  writeFileSync(path, docWithFigures(doc, file, step, printed, process.versions.node));
  return file;
}
