#!/usr/bin/env node
// The programs the tests run for real (`npm test` runs this first): Redis for the app's
// coordination across instances, GitHub's Markdown renderer for the pages, Chromium for the web
// pages, libfaketime for the app's timers on a moved clock. A missing one is
// installed from Debian's packages when this runs as root with apt-get; otherwise this says which
// command installs it, and fails: the tests never skip what they need.
import { execFileSync } from "node:child_process";

const tools = [
  {
    commands: ["redis-server", "valkey-server"],
    also: ["redis-cli", "valkey-cli"],
    package: "redis-server",
  },
  { commands: ["cmark-gfm"], package: "cmark-gfm" },
  // The web pages' tests drive Chromium through playwright-core.
  { commands: ["chromium"], package: "chromium" },
  // The app's timers are tested on a process whose clock is moved (libfaketime).
  { commands: ["faketime"], package: "faketime" },
];

const has = (name) => {
  try {
    execFileSync("sh", ["-c", `command -v ${name}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

const missing = tools.filter((t) => !t.commands.some(has) || (t.also && !t.also.some(has)));
if (missing.length === 0) process.exit(0);
const packages = missing.map((t) => t.package);
const root = process.getuid?.() === 0;
if (!root || !has("apt-get")) {
  console.error(
    `The tests need ${packages.join(", ")}. Install ${packages.length === 1 ? "it" : "them"}: sudo apt-get install -y ${packages.join(" ")}`,
  );
  process.exit(1);
}
console.error(`Installing ${packages.join(", ")} for the tests (apt-get)…`);
execFileSync(
  "sh",
  [
    "-c",
    `(apt-get install -y -qq ${packages.join(" ")} || (apt-get update -qq && apt-get install -y -qq ${packages.join(" ")})) >/dev/null`,
  ],
  {
    stdio: "inherit",
  },
);
