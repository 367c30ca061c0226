import { generateKeyPairSync } from "node:crypto";

/**
 * The app's identity in the tests. Kept apart from probot.ts so that tests of app processes, which
 * only hand these to a child, do not import Probot and the whole app into their own process.
 */

/** A real key, made once: Probot signs its app JWT with it to ask for an installation token. */
export const privateKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
}) as string;

export const installationId = 2;
