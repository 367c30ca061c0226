import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/run-cli.js";

/**
 * The minutes of real meetings, drafted through the whole CLI path and scored as the issue asks:
 * 1. the meeting evaluation (../shared/tools/meeting-eval) turns each meeting of the set
 *    (../shared/data/meetings/qmsum-dev) into a Zoom WebVTT, a Teams WebVTT, a plain-text
 *    transcript and its meeting log;
 * 2. `roundtable minutes --transcript … --timeboxes … --json` drafts each, in this process, timed;
 * 3. the evaluator scores the Zoom drafts: all meetings, the development part the drafting was
 *    tuned on, and the held-out part it was not (heldOut below); Teams and plain-text drafts are
 *    compared with Zoom's.
 * Set ROUNDTABLE_MEETINGS to another data folder, ROUNDTABLE_MEETING_EVAL to another tool folder.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(root, "..", "shared");

/** Whole AMI series and ICSI meetings kept out of tuning: other groups of people, other days. */
export const heldOut = /^(ES201[456]|IS100[789]|TS30(08|12)|Bro01[678])/;

export async function benchMinutes(runs = 3): Promise<void> {
  const data = process.env.ROUNDTABLE_MEETINGS ?? join(shared, "data", "meetings", "qmsum-dev");
  const tool = process.env.ROUNDTABLE_MEETING_EVAL ?? join(shared, "tools", "meeting-eval");
  if (!existsSync(data) || !existsSync(tool)) {
    console.log(`\nminutes: skipped, no meeting set at ${data} or no evaluator at ${tool}`);
    return;
  }
  // The tool is read-only where it is shared; a copy under node_modules resolves its imports
  // (wink-nlp, stemmer) from this repository's devDependencies.
  const work = join(root, "node_modules", ".cache", "roundtable-bench-minutes");
  rmSync(work, { recursive: true, force: true });
  cpSync(tool, join(work, "tool"), { recursive: true, filter: (p) => !p.includes("node_modules") });
  const node = (args: string[]) => {
    const run = spawnSync(process.execPath, args, { cwd: join(work, "tool"), encoding: "utf8" });
    if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
    return run.stdout;
  };
  node(["to-vtt.mjs", "--data", data, "--out", join(work, "zoom"), "--txt"]);
  node(["to-vtt.mjs", "--data", data, "--out", join(work, "teams"), "--style", "teams"]);
  const ids = readdirSync(join(work, "zoom"))
    .filter((f) => f.endsWith(".vtt"))
    .map((f) => f.slice(0, -4))
    .sort();

  const draft = async (style: string, id: string, extension: string) => {
    let out = "";
    const io = {
      cwd: work,
      env: {},
      out: (line: string) => {
        out += line;
      },
      err: (line: string) => console.error(line),
      now: () => "2026-12-06T00:00:00Z",
    };
    const code = await runCli(
      [
        "minutes",
        "--transcript",
        join(work, style, `${id}.${extension}`),
        "--timeboxes",
        join(work, "zoom", `${id}.log.json`),
        "--json",
      ],
      io,
    );
    if (code !== 0) throw new Error(`roundtable minutes failed on ${style}/${id}`);
    return out;
  };

  // 2. Draft, timed: the median of `runs` passes over the whole set, with the spread.
  const hours =
    ids.reduce((sum, id) => sum + transcriptSeconds(join(work, "zoom", `${id}.vtt`)), 0) / 3600;
  const seconds: number[] = [];
  const zoom = new Map<string, string>();
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (const id of ids) zoom.set(id, await draft("zoom", id, "vtt"));
    seconds.push((performance.now() - started) / 1000);
  }
  mkdirSync(join(work, "drafts"), { recursive: true });
  for (const [id, json] of zoom) writeFileSync(join(work, "drafts", `${id}.json`), json);

  // 3. Same drafts from the other shapes of the same meeting.
  const same = async (style: string, extension: string) => {
    let equal = 0;
    for (const id of ids) if ((await draft(style, id, extension)) === zoom.get(id)) equal++;
    return equal;
  };
  const teams = await same("teams", "vtt");
  const plain = await same("zoom", "txt");

  const outcomes = [...zoom.values()].flatMap(
    (json) => (JSON.parse(json) as { topics: Array<{ outcome: string }> }).topics,
  );
  const words =
    outcomes.reduce((sum, t) => sum + (t.outcome.match(/[A-Za-z0-9']+/g)?.length ?? 0), 0) /
    outcomes.length;
  const longest = Math.max(...outcomes.map((t) => t.outcome.match(/[A-Za-z0-9']+/g)?.length ?? 0));
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;

  console.log(
    `\nminutes: ${ids.length} real meetings (AMI, ICSI), ${hours.toFixed(1)} transcript hours, drafted through 'roundtable minutes'`,
  );
  const score = (name: string, meetings: string[]) => {
    const args = ["--system", join(work, "drafts"), "--data", data, "--name", name, "--quiet"];
    const lines = node(["evaluate.mjs", ...args, "--meetings", meetings.join(",")]).split("\n");
    for (const line of lines) if (line.startsWith("SUMMARY")) console.log(`  ${line}`);
  };
  score("all", ids);
  score(
    "development",
    ids.filter((id) => !heldOut.test(id)),
  );
  score(
    "held-out",
    ids.filter((id) => heldOut.test(id)),
  );
  console.log(
    `  outcome words: mean ${words.toFixed(1)}, longest ${longest} (of ${outcomes.length} topics)`,
  );
  console.log(
    `  time: ${((median / hours) * 1000).toFixed(0)} ms per transcript hour (median of ${runs} passes, ${(((sorted[0] ?? 0) / hours) * 1000).toFixed(0)}–${(((sorted.at(-1) ?? 0) / hours) * 1000).toFixed(0)} ms), reading the files included`,
  );
  console.log(
    `  same drafts as Zoom's WebVTT: Teams WebVTT ${teams}/${ids.length}, plain text ${plain}/${ids.length}`,
  );
  // 4. Memory: one command on the longest transcript, in a process of its own, as a person runs it.
  const length = (id: string) => transcriptSeconds(join(work, "zoom", `${id}.vtt`));
  const longestId = [...ids].sort((a, b) => length(b) - length(a))[0] ?? "";
  const files = [`${longestId}.vtt`, `${longestId}.log.json`].map((f) => join(work, "zoom", f));
  const self = fileURLToPath(import.meta.url);
  const one = spawnSync(process.execPath, [...process.execArgv, self, ...files], {
    encoding: "utf8",
  });
  const rss = /peak (\d+) MB, (\d+) MB before/.exec(one.stdout);
  console.log(
    rss
      ? `  memory: peak RSS ${rss[1]} MB for one 'roundtable minutes' on the longest transcript (${longestId}, ${(length(longestId) / 60).toFixed(0)} min), ${rss[2]} MB of it the CLI loaded`
      : `  memory: not measured (${one.stderr.trim().split("\n")[0]})`,
  );
}

/** Run as a script: one `roundtable minutes` in this process, then its peak RSS. */
async function peakOfOne(transcript: string, log: string): Promise<void> {
  const before = process.resourceUsage().maxRSS / 1024;
  const io = { cwd: root, env: {}, out: () => {}, err: console.error, now: () => "" };
  await runCli(["minutes", "--transcript", transcript, "--timeboxes", log, "--json"], io);
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`peak ${peak.toFixed(0)} MB, ${before.toFixed(0)} MB before`);
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] && process.argv[3]) {
  await peakOfOne(process.argv[2], process.argv[3]);
}

/** The end of a WebVTT's last cue, in seconds: how long the meeting's transcript runs. */
function transcriptSeconds(file: string): number {
  const times = [...readFileSync(file, "utf8").matchAll(/--> (\d+):(\d+):(\d+)\.(\d+)/g)];
  const last = times.at(-1);
  return last
    ? Number(last[1]) * 3600 + Number(last[2]) * 60 + Number(last[3]) + Number(last[4]) / 1000
    : 0;
}
