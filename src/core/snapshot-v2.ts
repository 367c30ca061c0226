// Version 2 of the snapshot file: what `serializeSnapshot` writes. Version 1 (snapshot-file.ts)
// wrote each issue as a JSON object: every key named again on each of 100k lines, every author
// and reaction an object of its own, every login and label a string of its own, and the whole
// address of each issue. Reading it built all of that (about 1.2 s and most of the render's
// garbage for 100k issues). Version 2 is still one JSON document, one issue per line, but each
// issue is an array of its fields in a fixed order, its logins and labels are numbers into tables
// the file's first line holds, and its address is left out when it is the usual one:
//
//   {"version":2,"repository":"acme/board","takenAt":"…","site":"https://github.com",
//    "names":["topic","person-7",…],"people":["person-1",{"login":"app[bot]","bot":true},…],
//    "issues":[
//   [1,0,0,"2026-01-01T00:01:00.000Z",null,"Title","Body",[0],[1],null,null,[],[3,"2026-…"]],
//   …
//   ]}
//
// The columns of an issue's array (`columns` below); the last ones may be left off when null:
//
//    0 number             6 body                     12 reactions: person, createdAt, person, …
//    1 state: 0 open,     7 labels: names            13 board: null, or [itemId, fields]
//      1 closed           8 assignees: names         14 url: null for site/repository/issues/N
//    2 author: a person   9 milestone: a name, null  15 id: GitHub's node id, or null
//    3 createdAt         10 parent, or null          16 more: null, or an object of the rarer
//    4 closedAt, null    11 subIssues                   fields (type, subIssuesSummary,
//    5 title                                            blockedBy, comments), as version 1 holds them
//
// Each issue is checked as it is read, field by field, and an error names the line and the field;
// the tables are checked once (a login is checked once, not on every issue that names it).

import { regexes, z } from "zod";
import type { IssueRecord, Person, Reaction, Snapshot } from "./snapshot.js";
import { siteOf } from "./snapshot.js";
import { SnapshotError } from "./snapshot-error.js";
import { ballotsSchema, dateTime, issueSchema, login, person } from "./snapshot-schema.js";

const loginPattern = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/;
/** The very expression `z.iso.datetime({ offset: true })` tests with. */
const dateTimePattern = regexes.datetime({ offset: true, local: false, precision: null });
/** An http(s) address every URL parser takes as it is (as snapshot-issue-check.ts). */
const simpleUrl = /^https?:\/\/[A-Za-z0-9.-]+\/[\w.~%/-]*$/;

/** The first line's fields: the snapshot's own, and the tables its issues' numbers point into. */
const headSchema = z.object({
  version: z.literal(2),
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "expected owner/name"),
  takenAt: dateTime,
  collaborators: z.array(login).optional(),
  teams: z.record(z.string(), z.array(login)).optional(),
  ballots: ballotsSchema.optional(),
  site: z
    .string()
    .regex(/^https?:\/\/[A-Za-z0-9.-]+(:\d+)?$/, "expected an origin such as https://github.com"),
  names: z.array(z.string()),
  // Checked apart (`peopleOf`): zod takes a third of a second over 20,000 people.
  people: z.array(z.unknown()),
  issues: z.array(z.unknown()),
});

/** The rarer fields, in column 16: checked by version 1's schema, its defaults filled in. */
const moreSchema = issueSchema
  .pick({ type: true, subIssuesSummary: true, blockedBy: true, comments: true })
  .strict();

const anyUrl = z.url({ protocol: /^https?$/ });

const isPositiveInt = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
const isDateTime = (v: unknown): v is string => typeof v === "string" && dateTimePattern.test(v);

/** The text of a snapshot file, version 2: one issue per line, the tables on the first. */
export function snapshotV2Text(snapshot: Snapshot): string {
  const site = siteOf(snapshot);
  const tables = new Tables();
  const prefix = `${site}/${snapshot.repository}/issues/`;
  const rows = snapshot.issues.map((issue) => JSON.stringify(rowOf(issue, tables, prefix)));
  const head = JSON.stringify({
    version: 2,
    repository: snapshot.repository,
    takenAt: snapshot.takenAt,
    ...(snapshot.collaborators && { collaborators: snapshot.collaborators }),
    ...(snapshot.teams && { teams: snapshot.teams }),
    ...(snapshot.ballots && { ballots: snapshot.ballots }),
    site,
    names: [...tables.names.keys()],
    people: tables.people,
  });
  return `${head.slice(0, -1)},"issues":[\n${rows
    .map((r) => `${r},\n`)
    .join("")
    .slice(0, -2)}${rows.length ? "\n" : ""}]}\n`;
}

/** The first line's tables as a file is written: each name and person once, by first use. */
class Tables {
  readonly names = new Map<string, number>();
  /** A person who is neither a bot nor marked `self` is their login alone. */
  readonly people: Array<string | Person> = [];
  private readonly peopleAt = new Map<string, number>();

  name(text: string): number {
    let at = this.names.get(text);
    if (at === undefined) {
      at = this.names.size;
      this.names.set(text, at);
    }
    return at;
  }

  person(p: Person): number {
    const key = `${p.login} ${p.bot} ${p.self}`;
    let at = this.peopleAt.get(key);
    if (at === undefined) {
      at = this.people.length;
      this.peopleAt.set(key, at);
      this.people.push(!p.bot && p.self === undefined ? p.login : { ...p });
    }
    return at;
  }
}

/** An issue's line: its fields in the columns' order, the trailing nulls left off. */
function rowOf(issue: IssueRecord, tables: Tables, prefix: string): unknown[] {
  const reactions: unknown[] = [];
  for (const r of issue.reactions) reactions.push(tables.person(r), r.createdAt);
  const row: unknown[] = [
    issue.number,
    issue.state === "closed" ? 1 : 0,
    tables.person(issue.author),
    issue.createdAt,
    issue.closedAt ?? null,
    issue.title,
    issue.body ?? "",
    issue.labels.map((l) => tables.name(l)),
    issue.assignees.map((a) => tables.name(a)),
    issue.milestone === null ? null : tables.name(issue.milestone),
    issue.parent ?? null,
    issue.subIssues,
    reactions,
    issue.board ? [issue.board.itemId, issue.board.fields] : null,
    issue.url === `${prefix}${issue.number}` ? null : issue.url,
    issue.id ?? null,
    moreOf(issue),
  ];
  while (row.length > 13 && row[row.length - 1] === null) row.pop();
  return row;
}

/** Column 16: the fields most issues lack, or null. */
function moreOf(issue: IssueRecord): Record<string, unknown> | null {
  const more: Record<string, unknown> = {};
  if (issue.type !== undefined) more.type = issue.type;
  if (issue.subIssuesSummary !== undefined) more.subIssuesSummary = issue.subIssuesSummary;
  if (issue.blockedBy !== undefined) more.blockedBy = issue.blockedBy;
  if (issue.comments !== undefined) more.comments = issue.comments;
  return Object.keys(more).length > 0 ? more : null;
}

/**
 * Reads a version-2 file's issues, one array at a time, against the tables of its first line.
 * Made from that line's JSON (the issues left out); says what is wrong with it if it is not one.
 */
export class SnapshotV2Reader {
  private readonly head: z.infer<typeof headSchema>;
  private readonly people: readonly Person[];
  /** Per name: 0 not yet checked as a login, 1 a login, 2 not one. */
  private readonly loginChecked: Uint8Array;
  /**
   * Each list of names met, by its indexes (`7` or `7,12`), as one frozen array every issue with
   * that list shares: a board of 100k issues has a few lists of labels and one assignee each.
   */
  private readonly lists = new Map<string | number, readonly string[]>();
  private readonly prefix: string;

  /** `json` is the first line's when `lines` (read a line at a time), else the whole file's. */
  constructor(
    json: Record<string, unknown>,
    private readonly file: string,
    lines: boolean,
  ) {
    const head = headSchema.safeParse({ ...json, issues: [] });
    if (!head.success) throw fileError(file, head.error, lines);
    this.head = head.data;
    // One object per person, shared by every issue the person wrote: frozen, so that no job can
    // change one issue's author by changing another's.
    this.people = peopleOf(head.data.people, file, lines);
    this.loginChecked = new Uint8Array(head.data.names.length);
    this.prefix = `${head.data.site}/${head.data.repository}/issues/`;
  }

  /** The snapshot, its issues as `issue` read them. */
  snapshot(issues: IssueRecord[]): Snapshot {
    const { version: _, site: _s, names: _n, people: _p, issues: _i, ...rest } = this.head;
    return { ...rest, issues };
  }

  /** The issue a row holds (`index` in the file's issues, on `line` when known), checked. */
  issue(row: unknown, index: number, line?: number): IssueRecord {
    const fail = (field: string, expected: string, value: unknown): never => {
      const where = `${line === undefined ? "" : `line ${line}, `}issues[${index}]${field ? `.${field}` : ""}`;
      throw new SnapshotError(
        `${this.file}: ${where}: expected ${expected}, got ${shown(value)}; this is not a Roundtable snapshot, take one with 'roundtable snapshot'`,
      );
    };
    if (!Array.isArray(row)) return fail("", "an array of the issue's fields (version 2)", row);
    const [number, state, author, createdAt, closedAt, title, body] = row;
    if (!isPositiveInt(number)) fail("number", "a positive whole number", number);
    if (state !== 0 && state !== 1) fail("state", "0 (open) or 1 (closed)", state);
    const who = this.people[author as number];
    if (!Number.isInteger(author) || who === undefined) fail("author", "a person's index", author);
    if (!isDateTime(createdAt)) fail("createdAt", "an ISO 8601 date-time", createdAt);
    if (closedAt !== null && !isDateTime(closedAt))
      fail("closedAt", "an ISO 8601 date-time or null", closedAt);
    if (typeof title !== "string") fail("title", "a string", title);
    if (typeof body !== "string") fail("body", "a string", body);
    const labels = this.names(row[7], "labels", false, fail);
    const assignees = this.names(row[8], "assignees", true, fail);
    const milestone = row[9] ?? null;
    if (milestone !== null && this.head.names[milestone] === undefined)
      fail("milestone", "a name's index or null", milestone);
    const parent = row[10] ?? null;
    if (parent !== null && !isPositiveInt(parent))
      fail("parent", "a positive whole number or null", parent);
    let subIssues = row[11] ?? none;
    if (!Array.isArray(subIssues) || !subIssues.every(isPositiveInt))
      fail("subIssues", "an array of issue numbers", subIssues);
    if (subIssues.length === 0) subIssues = none;
    const issue: IssueRecord = {
      number: number as number,
      title: title as string,
      url: this.url(row[14] ?? null, number as number, fail),
      state: state === 1 ? "closed" : "open",
      author: who as Person,
      createdAt: createdAt as string,
      closedAt: closedAt as string | null,
      body: body as string,
      labels,
      assignees,
      milestone: milestone === null ? null : (this.head.names[milestone] as string),
      parent: parent as number | null,
      subIssues: subIssues as number[],
      reactions: this.reactions(row[12] ?? [], fail),
      board: boardOf(row[13] ?? null, fail),
    };
    const id = row[15] ?? null;
    if (id !== null) {
      if (typeof id !== "string") fail("id", "a string or null", id);
      issue.id = id as string;
    }
    const more = row[16] ?? null;
    if (more !== null) Object.assign(issue, this.more(more, fail));
    if (row.length > 17) fail("", "at most 17 fields", row.length);
    return issue;
  }

  /**
   * Names by their indexes, logins checked: the one frozen array of each list of names met (see
   * `lists`; the indexes are checked when a list is first met).
   */
  private names(value: unknown, field: string, logins: boolean, fail: Fail): string[] {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) return none;
    if (!Array.isArray(value)) return fail(field, "an array of names' indexes", value);
    // Labels and assignees apart: an index may be a login as an assignee, not as a label.
    const key = value.length === 1 ? (logins ? -1 - value[0] : value[0]) : `${+logins}${value}`;
    const known = this.lists.get(key);
    if (known && value.every(Number.isInteger)) return known as string[];
    const names = this.head.names;
    for (let k = 0; k < value.length; k++) {
      const at = value[k];
      const text = names[at];
      if (!Number.isInteger(at) || text === undefined) fail(`${field}[${k}]`, "a name's index", at);
      if (logins && !this.isLogin(at)) fail(`${field}[${k}]`, "a GitHub login", text);
      value[k] = text;
    }
    const list = Object.freeze(value as string[]);
    this.lists.set(key, list);
    return list as string[];
  }

  private isLogin(at: number): boolean {
    let checked = this.loginChecked[at];
    if (checked === 0) {
      checked = loginPattern.test(this.head.names[at] as string) ? 1 : 2;
      this.loginChecked[at] = checked;
    }
    return checked === 1;
  }

  private reactions(value: unknown, fail: Fail): Reaction[] {
    if (!Array.isArray(value) || value.length % 2 !== 0)
      return fail("reactions", "an array of person and date-time pairs", value);
    if (value.length === 0) return none;
    const reactions: Reaction[] = [];
    for (let k = 0; k < value.length; k += 2) {
      const who = this.people[value[k]];
      if (!Number.isInteger(value[k]) || who === undefined)
        fail(`reactions[${k / 2}]`, "a person's index", value[k]);
      const at = value[k + 1];
      if (!isDateTime(at)) fail(`reactions[${k / 2}].createdAt`, "an ISO 8601 date-time", at);
      reactions.push({ login: (who as Person).login, bot: (who as Person).bot, createdAt: at });
    }
    return reactions;
  }

  private url(value: unknown, number: number, fail: Fail): string {
    if (value === null) return `${this.prefix}${number}`;
    if (typeof value !== "string" || !simpleUrl.test(value))
      if (!anyUrl.safeParse(value).success) fail("url", "the issue's https URL, or null", value);
    return value as string;
  }

  private more(value: unknown, fail: Fail): Record<string, unknown> {
    const more = moreSchema.safeParse(value);
    if (more.success) return more.data;
    const first = more.error.issues[0];
    const path = (first?.path ?? []).map((k) =>
      typeof k === "number" ? `[${k}]` : `.${String(k)}`,
    );
    return fail(
      path.join("").replace(/^\./, ""),
      first?.message.replace(/^expected /i, "") ?? "",
      value,
    );
  }
}

/**
 * The first line's people, each a login (not a bot) or a person as version 1 holds one, as the
 * objects the issues share: frozen, so that no job can change one issue's author by changing
 * another's.
 */
function peopleOf(people: unknown[], file: string, lines: boolean): Person[] {
  return people.map((p, k) => {
    if (typeof p === "string" && loginPattern.test(p))
      return Object.freeze({ login: p, bot: false });
    const checked = person.safeParse(p);
    if (!checked.success) {
      const message =
        typeof p === "string" ? "expected a GitHub login" : checked.error.issues[0]?.message;
      throw new SnapshotError(
        `${file}: ${lines ? "line 1, " : ""}people[${k}]: ${message}, got ${shown(p)}; this is not a Roundtable snapshot, take one with 'roundtable snapshot'`,
      );
    }
    return Object.freeze(checked.data);
  });
}

type Fail = (field: string, expected: string, value: unknown) => never;

/**
 * The empty list every issue without labels, assignees, sub-issues or 👍 shares: frozen, so that
 * no job can give one issue a label by pushing it onto another's (none changes a snapshot's
 * arrays in place: `snapshotAfter` copies an issue's before it changes them).
 */
const none = Object.freeze([]) as unknown as never[];

function boardOf(value: unknown, fail: Fail): IssueRecord["board"] {
  if (value === null) return null;
  const pair: unknown[] = Array.isArray(value) ? value : [];
  const [itemId, fields] = pair;
  if (typeof itemId !== "string" || pair.length !== 2)
    fail("board", "null or [itemId, fields]", value);
  if (typeof fields !== "object" || fields === null || Array.isArray(fields))
    fail("board.fields", "an object of field names and values", fields);
  for (const v of Object.values(fields))
    if (typeof v !== "string") fail("board.fields", "strings", v);
  return { itemId: itemId as string, fields: fields as Record<string, string> };
}

/** A value as an error shows it: short, on one line. */
function shown(value: unknown): string {
  const text = value === undefined ? "nothing" : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function fileError(file: string, error: z.ZodError, lines: boolean): SnapshotError {
  const first = error.issues[0];
  const where = first?.path.reduce<string>(
    (out, key) =>
      typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
    "",
  );
  return new SnapshotError(
    `${file}: ${lines ? "line 1, " : ""}${where || "the file"}: ${first?.message ?? "invalid"}; this is not a Roundtable snapshot, take one with 'roundtable snapshot'`,
    { cause: error },
  );
}

/** A version-2 file's JSON, parsed whole (an indented file, or a file read as text), as a snapshot. */
export function readSnapshotV2(json: Record<string, unknown>, file: string): Snapshot {
  const reader = new SnapshotV2Reader(json, file, false);
  const rows = json.issues;
  if (!Array.isArray(rows))
    throw new SnapshotError(
      `${file}: issues: expected an array, got ${shown(rows)}; this is not a Roundtable snapshot, take one with 'roundtable snapshot'`,
    );
  return reader.snapshot(rows.map((row, index) => reader.issue(row, index)));
}
