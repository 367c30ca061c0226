import { createHmac } from "node:crypto";
import type { Mac } from "../core/index.js";
import { RoundtableError } from "../errors/index.js";

/** What ballots need of BALLOT_SECRET: a person's pseudonym in a round, and the MAC of an entry. */
export interface BallotKeys {
  pseudonym: (round: string, login: string) => string;
  mac: Mac;
}

/** BALLOT_SECRET is missing or too short to keep pseudonyms from being guessed. */
export class BallotSecretError extends RoundtableError {
  override name = "BallotSecretError";
}

const hmac = (key: string | Buffer, text: string) =>
  createHmac("sha256", key).update(text, "utf8").digest();

/**
 * The keys of BALLOT_SECRET. Pseudonyms and MACs use separate keys derived from it, so one can
 * never be mistaken for the other. A pseudonym is the HMAC of the round and the lower-cased login:
 * the same in one round, another in the next, and without the secret indistinguishable from random
 * (logins are few and guessable, so only a keyed hash hides them).
 */
export function ballotKeys(secret: string): BallotKeys {
  if (secret.length < 32)
    throw new BallotSecretError(
      "BALLOT_SECRET: expected at least 32 characters (for example the output of `openssl rand -hex 32`), so that pseudonyms cannot be guessed",
    );
  const pseudonymKey = hmac(secret, "roundtable/ballots/pseudonym");
  const macKey = hmac(secret, "roundtable/ballots/mac");
  return {
    pseudonym: (round, login) =>
      hmac(pseudonymKey, `${round}\n${login.toLowerCase()}`).toString("hex").slice(0, 32),
    mac: (text) => hmac(macKey, text).toString("hex"),
  };
}

/** The ballot keys from the environment's BALLOT_SECRET, or undefined when it is not set. */
export function ballotKeysFromEnv(
  env: Record<string, string | undefined> = process.env,
): BallotKeys | undefined {
  const secret = env.BALLOT_SECRET;
  return secret ? ballotKeys(secret) : undefined;
}
