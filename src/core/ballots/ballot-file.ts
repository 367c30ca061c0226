import { dotsText } from "./ballot.js";

/**
 * One entry of the ballot file: a pseudonym's latest ballot in a round, signed by the app over
 * the repository, the round, the pseudonym, the round's version and its content. While the round
 * is open the dots are `sealed` (encrypted to a key only the app holds, padded to one length);
 * once it closes they are written in the clear, for anyone to count and check.
 */
export interface BallotEntry {
  round: string;
  pseudonym: string;
  /**
   * The round's version (its batch count) when the entry was written. Every batch writes every
   * entry of the round again, sealed afresh under the new version: a diff does not tell whose
   * ballot changed, and an entry of an earlier version put back is refused.
   */
  version: number;
  sealed?: string;
  dots?: Record<string, number>;
  signature: string;
}

/**
 * The app's signed head of one round: its version (the batch count), the pseudonyms that hold a
 * ballot (so a ballot taken out is seen), the last batch's size, and with `reveal: live` the
 * counts by topic (what the pages show anyway).
 */
export interface RoundHead {
  round: string;
  state: "sealed" | "opened";
  /** The installation of the app the round's pseudonyms belong to. */
  installation: number;
  version: number;
  /** How many voters' changes the last batch held. */
  size: number;
  pseudonyms: string[];
  counts?: { topics: Record<string, number>; voters: number };
  signature: string;
}

/** The ballot file on the ballots branch (format 2). */
export interface BallotFile {
  version: 2;
  repository: string;
  rounds: RoundHead[];
  ballots: BallotEntry[];
}

/** The text an entry's signature covers; also the context its sealed dots are bound to. */
export const entryContext = (
  repository: string,
  e: Pick<BallotEntry, "round" | "pseudonym" | "version">,
): string =>
  `roundtable-ballot/2\n${repository.toLowerCase()}\n${e.round}\n${e.pseudonym}\n${e.version}`;

export const entrySignedText = (repository: string, e: Omit<BallotEntry, "signature">): string =>
  `${entryContext(repository, e)}\n${e.sealed !== undefined ? `sealed:${e.sealed}` : `dots:${dotsText(e.dots ?? {})}`}`;

export const headSignedText = (repository: string, h: Omit<RoundHead, "signature">): string =>
  [
    "roundtable-round/2",
    repository.toLowerCase(),
    h.round,
    h.state,
    h.installation,
    h.version,
    h.size,
    [...h.pseudonyms].sort().join(",") || "-",
    h.counts ? `${dotsText(h.counts.topics)};${h.counts.voters}` : "-",
  ].join("\n");

const isRecordOfNumbers = (v: unknown): v is Record<string, number> =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.values(v).every((n) => typeof n === "number");

const isEntry = (v: unknown): v is BallotEntry => {
  const e = v as Record<string, unknown> | null;
  return (
    typeof e === "object" &&
    e !== null &&
    typeof e.round === "string" &&
    typeof e.pseudonym === "string" &&
    Number.isSafeInteger(e.version) &&
    typeof e.signature === "string" &&
    (typeof e.sealed === "string") !== isRecordOfNumbers(e.dots)
  );
};

const isHead = (v: unknown): v is RoundHead => {
  const h = v as Record<string, unknown> | null;
  return (
    typeof h === "object" &&
    h !== null &&
    typeof h.round === "string" &&
    (h.state === "sealed" || h.state === "opened") &&
    Number.isSafeInteger(h.installation) &&
    Number.isSafeInteger(h.version) &&
    Number.isSafeInteger(h.size) &&
    Array.isArray(h.pseudonyms) &&
    h.pseudonyms.every((p) => typeof p === "string") &&
    typeof h.signature === "string"
  );
};

/** What a ballot file's text holds, and what of it is not in the current format. */
export interface ParsedBallotFile {
  file: BallotFile | undefined;
  /** Entries that are not entries of format 2 (a hand edit, or the file of an older version). */
  malformed: number;
  /** The file is of format 1 (plain dots under a MAC), written before ballots were sealed. */
  formatOne: boolean;
}

/** Reads the ballot file's text; anything that is not one reads as none, with how much was not. */
export function parseBallotFile(text: string | undefined): ParsedBallotFile {
  if (!text) return { file: undefined, malformed: 0, formatOne: false };
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text);
  } catch {
    return { file: undefined, malformed: 1, formatOne: false };
  }
  const entries = Array.isArray(data?.ballots) ? (data.ballots as unknown[]) : [];
  if (data?.version !== 2 || typeof data.repository !== "string")
    return {
      file: undefined,
      malformed: Math.max(1, entries.length),
      formatOne: data?.version === 1,
    };
  const ballots = entries.filter(isEntry);
  const heads = Array.isArray(data.rounds) ? (data.rounds as unknown[]) : [];
  const rounds = heads.filter(isHead);
  return {
    file: { version: 2, repository: data.repository, rounds, ballots },
    malformed: entries.length - ballots.length + heads.length - rounds.length,
    formatOne: false,
  };
}

/**
 * The ballot file's text: one round head and one entry a line, so a commit's diff shows which
 * lines a batch changed and nothing else.
 */
export function ballotFileText(file: BallotFile): string {
  const rounds = [...file.rounds]
    .sort((a, b) => a.round.localeCompare(b.round))
    .map((h) => `    ${JSON.stringify(h)}`);
  const ballots = [...file.ballots]
    .sort((a, b) => a.round.localeCompare(b.round) || a.pseudonym.localeCompare(b.pseudonym))
    .map((b) => `    ${JSON.stringify(b)}`);
  const list = (lines: string[]) => (lines.length ? `\n${lines.join(",\n")}\n  ` : "");
  return `{\n  "version": 2,\n  "repository": ${JSON.stringify(file.repository)},\n  "rounds": [${list(rounds)}],\n  "ballots": [${list(ballots)}]\n}\n`;
}
