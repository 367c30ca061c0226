import { describe, expect, it } from "vitest";
import {
  againstLastGood,
  ballotFileText,
  mergeBallots,
  openBallots,
  parseBallotFile,
  type StoredBallot,
} from "../../../src/core/index.js";
import { ballotKeys } from "../../../src/jobs/ballot-keys.js";

const keys = ballotKeys("a-ballot-secret-for-tests-only-0123456789");
const repository = "Codertocat/Hello-World";
const round = "open";
const where = { repository, round };
const ballot = (login: string, dots: Record<string, number>): StoredBallot => ({
  round,
  pseudonym: keys.pseudonym({ installation: 7, repository, round }, login),
  dots,
});
const write = (before: string | undefined, ballots: StoredBallot[], lastGood?: string) =>
  mergeBallots(
    before,
    {
      repository,
      round,
      installation: 7,
      ballots,
      final: false,
      counts: false,
      ...(lastGood !== undefined && { lastGood }),
    },
    keys,
  ).text;
const three = (topic: number) =>
  ["ann", "bob", "cy"].map((login, i) => ballot(login, { [topic + i]: 1 }));
const first = write(undefined, three(1));
const second = write(first, three(10));
const dotsOf = (text: string | undefined) =>
  openBallots(text, where, keys)
    .ballots.map((b) => JSON.stringify(b.dots))
    .sort();

describe("the ballots branch against the file the app wrote last", () => {
  it("takes the branch as it stands when it is the app's last file, or ahead of it, or no file was kept", () => {
    expect(againstLastGood(second, second, where, keys)).toEqual({ base: second });
    expect(againstLastGood(second, first, where, keys)).toEqual({ base: second });
    expect(againstLastGood(first, undefined, where, keys)).toEqual({ base: first });
  });

  it("a branch put back to an earlier state of its own, or deleted, is said, and the last good file taken", () => {
    expect(againstLastGood(first, second, where, keys)).toEqual({
      base: second,
      lost: "the ballots branch was put back from version 2 to 1",
    });
    expect(againstLastGood(undefined, second, where, keys)).toEqual({
      base: second,
      lost: "the ballots branch was put back from version 2 to none",
    });
  });

  it("an entry taken out at the same version is said, and the last good file taken", () => {
    const file = parseBallotFile(second).file;
    if (!file) throw new Error("no file");
    const taken = ballotFileText({ ...file, ballots: file.ballots.slice(1) });
    expect(againstLastGood(taken, second, where, keys)).toEqual({
      base: second,
      lost: "the ballots branch's round open is not as the app wrote it at version 2 (taken out of the file)",
    });
  });

  it("a batch merged after a rollback goes on from the last good state: no ballot of the batches in between is lost", () => {
    const late = [ballot("dee", { 20: 1 })];
    // Without the record, the batch goes on from the state put back: the second batch is lost.
    expect(dotsOf(write(first, late))).toEqual(['{"1":1}', '{"2":1}', '{"20":1}', '{"3":1}']);
    const mended = write(first, late, second);
    expect(parseBallotFile(mended).file?.rounds[0]?.version).toBe(3);
    expect(dotsOf(mended)).toEqual(['{"10":1}', '{"11":1}', '{"12":1}', '{"20":1}']);
  });
});
