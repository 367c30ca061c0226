import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
  sign,
  verify,
} from "node:crypto";
import type { BallotSigner, BallotVerifier } from "../core/index.js";
import { RoundtableError } from "../errors/index.js";

/** Where a pseudonym belongs: the app's installation, the repository and the round. */
export interface BallotScope {
  installation: number;
  repository: string;
  round: string;
}

/**
 * Everything BALLOT_SECRET gives the app: a person's pseudonym, the sealing of open-round
 * ballots, and the signing of the ballot file. Only the app holds it.
 */
export interface BallotKeys extends BallotSigner {
  pseudonym: (scope: BallotScope, login: string) => string;
  /** The signing key's public half, `ed25519:<base64>`: what `votes.ballotKey` is set to. */
  publicKey: string;
}

/** BALLOT_SECRET is missing or too short, or a ballot key is not one. */
export class BallotSecretError extends RoundtableError {
  override name = "BallotSecretError";
}

// DER prefixes of an Ed25519 private key (PKCS #8, from its 32-byte seed) and public key (SPKI).
const pkcs8Ed25519 = Buffer.from("302e020100300506032b657004220420", "hex");
const spkiEd25519 = Buffer.from("302a300506032b6570032100", "hex");
const keyPattern = /^ed25519:([A-Za-z0-9+/]{43}=)$/;

/**
 * One key for one use, from BALLOT_SECRET by HKDF-SHA256 with its own label: knowing one (say
 * the public signing key) tells nothing of the others.
 */
const derive = (secret: string, label: string) =>
  Buffer.from(hkdfSync("sha256", secret, "roundtable/ballots/v2", label, 32));

/**
 * The keys of BALLOT_SECRET:
 * - pseudonyms: HMAC-SHA256 (key `pseudonym`) of the installation, the repository, the round and
 *   the lower-cased login: another in every repository and round, unlinkable without the secret
 *   (logins are few and guessable, so only a keyed hash hides them);
 * - sealing: AES-256-GCM (key `seal`), each entry bound to its repository, round, pseudonym and
 *   version as associated data, so a sealed entry moved anywhere else does not open;
 * - signing: Ed25519 (seed `sign`); the public half checks the file without any secret.
 */
export function ballotKeys(secret: string): BallotKeys {
  if (secret.length < 32)
    throw new BallotSecretError(
      "BALLOT_SECRET: expected at least 32 characters (for example the output of `openssl rand -hex 32`), so that pseudonyms cannot be guessed",
    );
  const pseudonymKey = derive(secret, "pseudonym");
  const sealKey = derive(secret, "seal");
  const privateKey = createPrivateKey({
    key: Buffer.concat([pkcs8Ed25519, derive(secret, "sign")]),
    format: "der",
    type: "pkcs8",
  });
  const publicKey = createPublicKey(privateKey);
  const raw = publicKey.export({ format: "der", type: "spki" }).subarray(spkiEd25519.length);
  return {
    pseudonym: (scope, login) =>
      createHmac("sha256", pseudonymKey)
        .update(
          `${scope.installation}\n${scope.repository.toLowerCase()}\n${scope.round}\n${login.toLowerCase()}`,
          "utf8",
        )
        .digest("hex")
        .slice(0, 32),
    seal: (plain, context) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", sealKey, iv).setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64");
    },
    unseal: (sealed, context) => {
      const data = Buffer.from(sealed, "base64");
      if (data.length < 28) return undefined;
      try {
        const decipher = createDecipheriv("aes-256-gcm", sealKey, data.subarray(0, 12))
          .setAAD(Buffer.from(context))
          .setAuthTag(data.subarray(-16));
        return Buffer.concat([decipher.update(data.subarray(12, -16)), decipher.final()]).toString(
          "utf8",
        );
      } catch {
        return undefined;
      }
    },
    sign: (text) => sign(null, Buffer.from(text, "utf8"), privateKey).toString("base64"),
    verify: verifyWith(publicKey),
    publicKey: `ed25519:${raw.toString("base64")}`,
  };
}

const verifyWith =
  (key: KeyObject) =>
  (text: string, signature: string): boolean => {
    try {
      return verify(null, Buffer.from(text, "utf8"), key, Buffer.from(signature, "base64"));
    } catch {
      return false;
    }
  };

/**
 * Checks the ballot file with the app's public key alone (`votes.ballotKey`): what the Action and
 * the CLI hold. It can tell the app's entries from anything else, and open nothing sealed.
 */
export function ballotVerifier(publicKey: string, where = "votes.ballotKey"): BallotVerifier {
  const raw = keyPattern.exec(publicKey)?.[1];
  if (!raw)
    throw new BallotSecretError(
      `${where}: expected the app's public ballot key, "ed25519:" and 44 characters of base64, got "${publicKey.slice(0, 60)}"; copy it from the ballot page`,
    );
  const key = createPublicKey({
    key: Buffer.concat([spkiEd25519, Buffer.from(raw, "base64")]),
    format: "der",
    type: "spki",
  });
  return { verify: verifyWith(key) };
}

/** The ballot keys from the environment's BALLOT_SECRET, or undefined when it is not set. */
export function ballotKeysFromEnv(
  env: Record<string, string | undefined> = process.env,
): BallotKeys | undefined {
  const secret = env.BALLOT_SECRET;
  return secret ? ballotKeys(secret) : undefined;
}

/**
 * How a job reads ballots: with the app's keys where BALLOT_SECRET is set (the app, which opens
 * sealed rounds), else with the public key the config names (the Action, the CLI), else not.
 */
export function ballotReader(
  votes: { ballotKey?: string | null | undefined },
  env: Record<string, string | undefined> = process.env,
): BallotVerifier | undefined {
  const keys = ballotKeysFromEnv(env);
  if (keys) return keys;
  return votes.ballotKey ? ballotVerifier(votes.ballotKey) : undefined;
}

/**
 * What a workflow step should hear about ballots, once: BALLOT_SECRET where only the app should
 * hold it (it names every voter), or no `votes.ballotKey` to count ballots with.
 */
export function ballotSecretProblems(
  votes: { source: string; ballotKey?: string | null },
  env: Record<string, string | undefined>,
): string[] {
  const problems: string[] = [];
  if (env.BALLOT_SECRET)
    problems.push(
      "BALLOT_SECRET is set in this step's environment: it is the app's secret, which names every voter and opens sealed ballots, and the Action does not need it. Remove it from the workflow and from the repository's secrets; set votes.ballotKey (the app's public key, shown on the ballot page) instead",
    );
  else if (votes.source === "ballots" && !votes.ballotKey)
    problems.push(
      "votes.ballotKey is not set in .github/roundtable.yml: the Action counts no ballot. Set it to the app's public ballot key, shown on the ballot page",
    );
  return problems;
}
