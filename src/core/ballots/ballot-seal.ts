import type { BallotFile, Mac, SnapshotBallots, StoredBallot } from "./ballot.js";

/**
 * The text a ballot's MAC covers: its round, pseudonym and dots in topic order. Any change to one
 * of them (a count, a topic, a copied entry under another pseudonym or round) breaks the MAC.
 */
export function sealedText(ballot: Omit<StoredBallot, "mac">): string {
  const dots = Object.entries(ballot.dots)
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map(([topic, n]) => `${topic}=${n}`)
    .join(",");
  return `roundtable-ballot/1\n${ballot.round}\n${ballot.pseudonym}\n${dots}`;
}

/** The ballot with its MAC. */
export function sealBallot(ballot: Omit<StoredBallot, "mac">, mac: Mac): StoredBallot {
  return { ...ballot, mac: mac(sealedText(ballot)) };
}

const shape = (entry: unknown): entry is StoredBallot => {
  if (typeof entry !== "object" || entry === null) return false;
  const e = entry as Record<string, unknown>;
  return (
    typeof e.round === "string" &&
    typeof e.pseudonym === "string" &&
    typeof e.mac === "string" &&
    typeof e.dots === "object" &&
    e.dots !== null &&
    !Array.isArray(e.dots) &&
    Object.values(e.dots).every((n) => typeof n === "number")
  );
};

/** Reads the ballot file's text; anything that is not a ballot file reads as one with no ballots. */
export function parseBallotFile(text: string | undefined): {
  file: BallotFile;
  malformed: number;
} {
  if (!text) return { file: { version: 1, ballots: [] }, malformed: 0 };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { file: { version: 1, ballots: [] }, malformed: 1 };
  }
  const entries = (data as { ballots?: unknown })?.ballots;
  if (!Array.isArray(entries)) return { file: { version: 1, ballots: [] }, malformed: 1 };
  const ballots = entries.filter(shape);
  return { file: { version: 1, ballots }, malformed: entries.length - ballots.length };
}

/** The ballot file's text: one entry a line, so a diff of the branch shows one line a ballot. */
export function ballotFileText(file: BallotFile): string {
  const sorted = [...file.ballots].sort(
    (a, b) => a.round.localeCompare(b.round) || a.pseudonym.localeCompare(b.pseudonym),
  );
  const lines = sorted.map(
    (b) =>
      `    ${JSON.stringify({ round: b.round, pseudonym: b.pseudonym, dots: b.dots, mac: b.mac })}`,
  );
  return `{\n  "version": 1,\n  "ballots": [\n${lines.join(",\n")}${lines.length ? "\n" : ""}  ]\n}\n`;
}

/** The file with `entries` in place of the same pseudonym's entry of the same round. */
export function withBallots(file: BallotFile, entries: StoredBallot[]): BallotFile {
  const key = (b: StoredBallot) => `${b.round}\n${b.pseudonym}`;
  const byKey = new Map(file.ballots.map((b) => [key(b), b]));
  for (const entry of entries) byKey.set(key(entry), entry);
  return { version: 1, ballots: [...byKey.values()] };
}

/**
 * The current round's ballots whose MAC holds. An entry whose MAC does not (a hand edit) is not
 * taken and is counted as ignored; so is a second entry under one pseudonym. Without a MAC
 * function (no secret), no entry can be checked and none is taken.
 */
export function openBallots(
  text: string | undefined,
  round: string,
  mac: Mac | undefined,
): SnapshotBallots {
  const { file, malformed } = parseBallotFile(text);
  const ofRound = file.ballots.filter((b) => b.round === round);
  if (!mac) {
    const ignored = ofRound.length + malformed;
    return {
      round,
      ballots: [],
      ignored,
      ...(ignored > 0 && { ignoredWhy: "BALLOT_SECRET is not set, so no ballot could be checked" }),
    };
  }
  const seen = new Set<string>();
  const ballots: StoredBallot[] = [];
  let ignored = malformed;
  for (const entry of ofRound) {
    if (seen.has(entry.pseudonym) || entry.mac !== mac(sealedText(entry))) {
      ignored += 1;
      continue;
    }
    seen.add(entry.pseudonym);
    ballots.push(entry);
  }
  return {
    round,
    ballots,
    ignored,
    ...(ignored > 0 && { ignoredWhy: "edited by hand: their MAC does not match" }),
  };
}
