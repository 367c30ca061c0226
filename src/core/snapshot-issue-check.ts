import { regexes } from "zod";

// A snapshot's issues are checked with zod's issue schema (snapshot-file.ts), which costs about
// 9 µs an issue: 0.9 s for 100k. This is the cheap check run first. It accepts only what that
// schema accepts, and fills in the same defaults; whatever it does not recognise (an unusual
// address, a comment, a field of the wrong type) is left to the schema, which decides and names
// what is wrong. So it may be stricter than the schema, never looser.

const login = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(\[bot\])?$/;
/** The very expression `z.iso.datetime({ offset: true })` tests with. */
const dateTime = regexes.datetime({ offset: true, local: false, precision: null });
/** An http(s) origin and a path of characters every URL parser takes as they are. */
const simpleUrl = /^(https?:\/\/[A-Za-z0-9.-]+)\/[\w.~%/-]*$/;

const isLogin = (v: unknown) => typeof v === "string" && login.test(v);
const isDateTime = (v: unknown) => typeof v === "string" && dateTime.test(v);
const isPositiveInt = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `v` is an array of which every element passes `each`. */
function arrayOf(v: unknown, each: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (const x of v) if (!each(x)) return false;
  return true;
}

/** `{ login, bot? }`: fills in `bot: false`. */
function person(v: unknown): boolean {
  if (!isObject(v) || !isLogin(v.login)) return false;
  if (v.bot === undefined) v.bot = false;
  else if (typeof v.bot !== "boolean") return false;
  return v.self === undefined || typeof v.self === "boolean";
}

function reaction(v: unknown): boolean {
  return person(v) && isDateTime((v as Record<string, unknown>).createdAt);
}

/**
 * True when `raw` is an issue as the schema wants it, its defaults now filled in as the schema
 * would (`body: null` is left, as the schema leaves it); false when the schema must decide.
 * `urlOk` answers whether an origin (`https://github.com`) passes the schema's URL check.
 */
export function checkIssueQuickly(raw: unknown, urlOk: (origin: string) => boolean): boolean {
  if (!isObject(raw)) return false;
  const i = raw;
  if (i.id !== undefined && typeof i.id !== "string") return false;
  if (!isPositiveInt(i.number) || typeof i.title !== "string") return false;
  const url = typeof i.url === "string" ? simpleUrl.exec(i.url) : null;
  if (!url || !urlOk(url[1] as string)) return false;
  if (i.state !== "open" && i.state !== "closed") return false;
  if (!person(i.author) || !isDateTime(i.createdAt)) return false;
  // Fields with a default: absent, the default; null, kept where the schema allows null.
  if (i.closedAt === undefined) i.closedAt = null;
  else if (i.closedAt !== null && !isDateTime(i.closedAt)) return false;
  if (i.body === undefined) i.body = "";
  else if (i.body !== null && typeof i.body !== "string") return false;
  if (i.labels === undefined) i.labels = [];
  else if (!arrayOf(i.labels, (l) => typeof l === "string")) return false;
  if (i.assignees === undefined) i.assignees = [];
  else if (!arrayOf(i.assignees, isLogin)) return false;
  if (i.milestone === undefined) i.milestone = null;
  else if (i.milestone !== null && typeof i.milestone !== "string") return false;
  if (i.parent === undefined) i.parent = null;
  else if (i.parent !== null && !isPositiveInt(i.parent)) return false;
  if (i.subIssues === undefined) i.subIssues = [];
  else if (!arrayOf(i.subIssues, isPositiveInt)) return false;
  if (i.type !== undefined && i.type !== null && typeof i.type !== "string") return false;
  if (i.blockedBy !== undefined && !arrayOf(i.blockedBy, isPositiveInt)) return false;
  if (i.reactions === undefined) i.reactions = [];
  else if (!arrayOf(i.reactions, reaction)) return false;
  if (i.board === undefined) i.board = null;
  else if (i.board !== null && !boardItem(i.board)) return false;
  // Rarer, richer fields: the schema checks them (and fills their defaults).
  return i.subIssuesSummary === undefined && i.comments === undefined;
}

function boardItem(v: unknown): boolean {
  if (!isObject(v) || typeof v.itemId !== "string") return false;
  if (v.fields === undefined) v.fields = {};
  else if (!isObject(v.fields)) return false;
  else for (const value of Object.values(v.fields)) if (typeof value !== "string") return false;
  return true;
}
