import { describe, expect, it } from "vitest";
import {
  ballotFileText,
  mergeBallots,
  openBallots,
  parseBallotFile,
  type StoredBallot,
} from "../../../src/core/index.js";
import { ballotKeys, ballotVerifier } from "../../../src/jobs/ballot-keys.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const publicOnly = ballotVerifier(keys.publicKey);
const round = "open";
const ballot = (repository: string, login: string, dots: Record<string, number>): StoredBallot => ({
  round,
  pseudonym: keys.pseudonym({ installation: 7, repository, round }, login),
  dots,
});
const batch = (
  repository: string,
  ballots: StoredBallot[],
  before?: string,
  options: { final?: boolean; installation?: number } = {},
) =>
  mergeBallots(
    before,
    {
      repository,
      round,
      installation: options.installation ?? 7,
      ballots,
      final: options.final ?? false,
      counts: false,
    },
    keys,
  );
const three = (repository: string) =>
  ["ann", "bob", "cy"].map((login, i) => ballot(repository, login, { [i + 1]: 1 }));

describe("checking a round of the ballot file", () => {
  it("a file copied from another repository counts nothing there, and says where it is from", () => {
    const fromA = batch("acme/a", three("acme/a")).text;
    for (const verifier of [keys, publicOnly])
      expect(openBallots(fromA, { repository: "acme/b", round }, verifier)).toMatchObject({
        ballots: [],
        ignored: 3,
        ignoredWhy: "copied from another repository (acme/a)",
      });
    // A name that is not a repository's (a mention, Markdown) is not repeated on the pages.
    const named = fromA.replace('"repository": "acme/a"', '"repository": "@everyone **look**"');
    expect(openBallots(named, { repository: "acme/b", round }, keys).ignoredWhy).toBe(
      "copied from another repository",
    );
    // Renamed in the file to pass for B's: the app's signatures cover the repository.
    const renamed = fromA.replace('"repository": "acme/a"', '"repository": "acme/b"');
    expect(openBallots(renamed, { repository: "acme/b", round }, keys)).toMatchObject({
      ballots: [],
      ignored: 3,
      ignoredWhy:
        "the round's head does not carry the app's signature (edited by hand, or votes.ballotKey is not the app's key)",
    });
  });

  it("an entry put back as it was before a later batch is refused as rolled back; the others count", () => {
    const first = batch("acme/a", three("acme/a"), undefined, { final: true }).text;
    const changed = ballot("acme/a", "bob", { 3: 1 });
    const second = batch("acme/a", [changed], first, { final: true }).text;
    const old = parseBallotFile(first).file?.ballots.find((b) => b.pseudonym === changed.pseudonym);
    const file = parseBallotFile(second).file;
    if (!file || !old) throw new Error("no file");
    const rolledBack = ballotFileText({
      ...file,
      ballots: file.ballots.map((b) => (b.pseudonym === old.pseudonym ? old : b)),
    });
    const opened = openBallots(rolledBack, { repository: "acme/a", round }, publicOnly);
    expect(opened).toMatchObject({ ignored: 1, ignoredWhy: "rolled back to an earlier version" });
    // Ann's and Cy's count; Bob's old entry does not, and neither does his ballot before it.
    expect(opened.ballots.map((b) => b.dots)).toEqual(
      [ballot("acme/a", "ann", { 1: 1 }), ballot("acme/a", "cy", { 3: 1 })]
        .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym))
        .map((b) => b.dots),
    );
    expect(opened.ballots.some((b) => b.pseudonym === changed.pseudonym)).toBe(false);
  });

  it("an entry taken out of the file is said, and the next batch writes the round without it", () => {
    const text = batch("acme/a", three("acme/a")).text;
    const file = parseBallotFile(text).file;
    if (!file) throw new Error("no file");
    const cut = ballotFileText({ ...file, ballots: file.ballots.slice(1) });
    expect(openBallots(cut, { repository: "acme/a", round }, keys)).toMatchObject({
      ignored: 1,
      ignoredWhy: "taken out of the file",
    });
    const next = batch("acme/a", [ballot("acme/a", "dee", { 4: 1 })], cut);
    expect(next.dropped).toBe("taken out of the file");
    expect(openBallots(next.text, { repository: "acme/a", round }, keys)).toMatchObject({
      ignored: 0,
    });
  });

  it("a round cast under an earlier installation of the app starts afresh: nobody holds two ballots", () => {
    const before = batch("acme/a", three("acme/a")).text;
    const after = batch("acme/a", [ballot("acme/a", "ann", { 5: 1 })], before, {
      installation: 8,
    });
    expect(after.dropped).toBe("cast under another installation of the app");
    expect(openBallots(after.text, { repository: "acme/a", round }, keys).ballots).toHaveLength(1);
  });

  it("a file of format 1 (plain dots under a MAC) counts nothing and says to cast again", () => {
    const old = JSON.stringify({
      version: 1,
      ballots: [{ round, pseudonym: "ab".repeat(16), dots: { 1: 1 }, mac: "00" }],
    });
    expect(openBallots(old, { repository: "acme/a", round }, keys)).toMatchObject({
      ballots: [],
      ignored: 1,
      ignoredWhy: "written before ballots were sealed (format 1): cast them again",
    });
  });
});
