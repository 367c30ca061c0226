#!/usr/bin/env node
// The Debian tools the test suite needs, installed when missing (as root), so `npm test` fails
// for a real reason and never skips. Add a tool: one line in the list below.
import { execFileSync, spawnSync } from "node:child_process";

/** [command on PATH, Debian package, what needs it] */
const tools = [
  ["cmark-gfm", "cmark-gfm", "the page tests render Markdown with GitHub's own renderer"],
  ["chromium", "chromium", "the web page tests drive Chromium (playwright-core)"],
];

const has = (command) => spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
const missing = tools.filter(([command]) => !has(command));
if (missing.length === 0) process.exit(0);

const packages = missing.map(([, pkg]) => pkg);
for (const [command, , why] of missing)
  console.error(`ensure-tools: ${command} is missing (${why})`);
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (!root) {
  console.error(
    `ensure-tools: install them with: sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}`,
  );
  process.exit(1);
}
try {
  execFileSync("apt-get", ["update"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", ...packages], { stdio: "inherit" });
} catch (error) {
  console.error(`ensure-tools: apt-get could not install ${packages.join(" ")}: ${error.message}`);
  process.exit(1);
}
