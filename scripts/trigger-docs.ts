import { jobs } from "../src/action/runner.js";
import { triggers } from "../src/app/triggers.js";
import { commands } from "../src/cli/run-cli.js";
import { type UseCaseName, useCases } from "../src/jobs/use-cases.js";
import type { Shared } from "../src/web/routes/route.js";
import { table as webRoutes } from "../src/web/routes.js";

/** A use case as a cell: its name, linked to its file, with the function it exports. */
const useCaseCell = (name: UseCaseName | null | undefined) => {
  if (name === null) return "— (the session only)";
  if (name === undefined) return "—";
  const { file, export: fn } = useCases[name];
  return `[${name}](../${file}) \`${fn}\``;
};

/** A route's path as a person reads it: the groups it captures named. */
function readablePath(path: RegExp): string {
  const names = [":owner", ":repo"];
  return path.source
    .replace(/^\^/, "")
    .replace(/\$$/, "")
    .replace(/\(\[A-Za-z0-9_\.-\]\+\)/g, () => names.shift() ?? ":name")
    .replace(/\(\\d\+\)/g, ":issue")
    .replace(/\\\//g, "/");
}

const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");

/** How a row of the app's table is started. */
function startedBy(row: (typeof triggers)[keyof typeof triggers]): string {
  if (row.source === "webhook") return row.events.map((e) => `\`${e}\``).join(", ");
  return row.source === "timer" ? "a timer of this kind" : "a use case's follow-up, right after";
}

/**
 * `docs/triggers.md`: every trigger of every adapter and the use case it runs, written from the
 * adapters' own tables (so it cannot disagree with them) and the registry of use cases.
 */
export function triggersPage(): string {
  const app = Object.entries(triggers).map(([key, row]) => [
    `\`${key}\``,
    startedBy(row),
    useCaseCell(row.useCase),
  ]);
  const action = Object.entries(jobs).map(([job, row]) => [`\`${job}\``, useCaseCell(row.useCase)]);
  const cli = Object.entries(commands).map(([name, row]) => [
    `\`roundtable ${name}\``,
    useCaseCell(row.useCase),
  ]);
  const web = webRoutes.map(({ make, useCase }) => {
    const route = make({} as Shared);
    return [`\`${route.method} ${readablePath(route.path)}\``, useCaseCell(useCase)];
  });
  const all = Object.entries(useCases).map(([name, u]) => [
    `\`${name}\``,
    `[${u.file}](../${u.file}) \`${u.export}\``,
    u.does,
  ]);
  return `${[
    "# Triggers",
    "<!-- Written by `npm run generate` from the adapters' tables (scripts/trigger-docs.ts): edit those, not this. -->",
    "Everything Roundtable does starts with a trigger: a webhook, a timer, a follow-up a use case asked for, an Action job, a CLI command or a web request. Each is a row of its adapter's table naming the use case it runs (`src/jobs/use-cases.ts`).",
    "## The App (`src/app/triggers.ts`)",
    "A timer's `kind` is its row's key; a follow-up names its row by key (`src/jobs/follow-up.ts`).",
    table(["trigger", "started by", "use case"], app),
    "## The Action (`src/action/runner.ts`)",
    table(["job", "use case"], action),
    "## The CLI (`src/cli/run-cli.ts`)",
    table(["command", "use case"], cli),
    "## The web pages (`src/web/routes.ts`)",
    table(["request", "use case"], web),
    "## The use cases (`src/jobs/use-cases.ts`)",
    table(["name", "file", "does"], all),
  ].join("\n\n")}\n`;
}
