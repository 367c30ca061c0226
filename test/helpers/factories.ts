import type { Config } from "../../src/config/index.js";
import { defaultConfig } from "../../src/config/index.js";
import type { Topic } from "../../src/core/board/topics.js";
import type { IssueRecord, Reaction, Snapshot } from "../../src/core/index.js";

/** An issue record with sensible defaults; a test sets only what it is about. */
export function issue(number: number, overrides: Partial<IssueRecord> = {}): IssueRecord {
  return {
    number,
    title: `Topic ${number}`,
    url: `https://github.com/acme/board/issues/${number}`,
    state: "open",
    author: { login: "author", bot: false },
    createdAt: `2026-10-${String(1 + (number % 28)).padStart(2, "0")}T09:00:00Z`,
    closedAt: null,
    body: "",
    labels: ["topic"],
    assignees: [],
    milestone: null,
    parent: null,
    subIssues: [],
    reactions: [],
    board: null,
    ...overrides,
  };
}

export function topic(number: number, overrides: Partial<Topic> = {}): Topic {
  const base = issue(number, overrides);
  return {
    ...base,
    status: "toDiscuss",
    sponsor: base.assignees[0] ?? null,
    ...overrides,
  };
}

export function vote(login: string, createdAt: string, bot = false): Reaction {
  return { login, bot, createdAt };
}

export function snapshot(issues: IssueRecord[], overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    repository: "acme/board",
    takenAt: "2026-11-20T09:00:00Z",
    issues,
    ...overrides,
  };
}

export function config(overrides: (c: Config) => void = () => {}): Config {
  const c = defaultConfig();
  overrides(c);
  return c;
}
