import { createPrivateKey } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

/** Where the app's registration is kept, for the fixes the lines name. */
const settingsPage =
  "the app's settings page (GitHub → Settings → Developer settings → GitHub Apps)";

/**
 * Whether the environment asks for development mode: `NODE_ENV=development`. Only there may the
 * app start without WEBHOOK_SECRET (every delivery is then refused 401, and it says so).
 */
export const developmentMode = (env: NodeJS.ProcessEnv) => env.NODE_ENV === "development";

/**
 * Whether nothing of a registration is set yet: `npm start` then opens Probot's setup page, which
 * registers the app from app.yml and writes the settings to .env.
 */
export const unregistered = (env: NodeJS.ProcessEnv) =>
  !env.APP_ID && !env.PRIVATE_KEY && !env.PRIVATE_KEY_PATH && !env.WEBHOOK_SECRET;

/**
 * What is wrong with the app's settings, one line each, naming the variable, what it holds and
 * the fix; none when the app can start. The private key is read and parsed here, as Probot would
 * read it (PRIVATE_KEY, else PRIVATE_KEY_PATH, else the one .pem file in the working folder), so
 * that a bad key is told in a line rather than as a stack trace from deep in Probot.
 */
export function startupProblems(env: NodeJS.ProcessEnv, cwd: string): string[] {
  const problems: string[] = [];
  const appId = env.APP_ID?.trim();
  if (!appId)
    problems.push(
      `APP_ID is not set: set it to the App ID shown on ${settingsPage} (or unset PRIVATE_KEY, PRIVATE_KEY_PATH and WEBHOOK_SECRET to register a new app through the setup page)`,
    );
  else if (!/^\d{1,12}$/.test(appId))
    problems.push(
      `APP_ID is ${JSON.stringify(appId.slice(0, 40))}, expected a number such as 123456: set it to the App ID shown on ${settingsPage}, not its client id or name`,
    );
  const key = keyProblem(env, cwd);
  if (key) problems.push(key);
  const secret = env.WEBHOOK_SECRET;
  if (!secret) {
    if (!developmentMode(env))
      problems.push(
        `WEBHOOK_SECRET is not set: set it to the webhook secret on ${settingsPage} (every delivery would be refused without it); only for local development, NODE_ENV=development starts without it`,
      );
  } else if (secret !== secret.trim())
    problems.push(
      "WEBHOOK_SECRET starts or ends with spaces or a line break: set it to the secret exactly as typed on the app's settings page (a quoted value, without the newline a file adds)",
    );
  const port = env.PORT;
  if (port !== undefined && port !== "" && !/^\d{1,5}$/.test(port.trim()))
    problems.push(
      `PORT is ${JSON.stringify(port.slice(0, 40))}, expected a port number such as 3000: set PORT to a number, or unset it for 3000`,
    );
  return problems;
}

/** What is wrong with the private key's setting, or null when it parses as a private key. */
function keyProblem(env: NodeJS.ProcessEnv, cwd: string): string | null {
  const fix = `the .pem file from ${settingsPage}, Private keys → Generate a private key`;
  if (env.PRIVATE_KEY) {
    return parses(pemOf(env.PRIVATE_KEY))
      ? null
      : `PRIVATE_KEY does not hold a PEM private key (it should start with -----BEGIN RSA PRIVATE KEY-----): set it to the contents of ${fix}, or set PRIVATE_KEY_PATH to its path instead`;
  }
  const path = env.PRIVATE_KEY_PATH || onePemFile(cwd);
  if (path === undefined)
    return `PRIVATE_KEY and PRIVATE_KEY_PATH are not set: set PRIVATE_KEY_PATH to the path of ${fix} (or PRIVATE_KEY to its contents)`;
  if (path === "several")
    return `PRIVATE_KEY_PATH is not set and ${cwd} holds several .pem files: set PRIVATE_KEY_PATH to the path of the app's private key`;
  const file = resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === "ENOENT" ? "no file is there" : `it cannot be read (${code})`;
    return `PRIVATE_KEY_PATH is ${JSON.stringify(path)} (${file}) but ${what}: set it to the path of ${fix}`;
  }
  return parses(text)
    ? null
    : `PRIVATE_KEY_PATH is ${JSON.stringify(path)}, a file that is not a PEM private key: set it to the path of ${fix}`;
}

/**
 * The key as Probot reads PRIVATE_KEY: base64 of the PEM, or the PEM with `\n` written out, or
 * on one line (a platform's single-line variable), which Probot breaks into lines again.
 */
function pemOf(value: string): string {
  const decoded = Buffer.from(value, "base64").toString("base64") === value;
  const text = (decoded ? Buffer.from(value, "base64").toString() : value).replace(/\\n/g, "\n");
  const oneLine = /^(-----BEGIN [A-Z ]+-----)\s*(.+?)\s*(-----END [A-Z ]+-----)$/s.exec(
    text.trim(),
  );
  return oneLine && !text.trim().includes("\n")
    ? `${oneLine[1]}\n${oneLine[2]?.replace(/\s+/g, "\n")}\n${oneLine[3]}`
    : text;
}

function parses(pem: string): boolean {
  if (!/-----BEGIN (RSA )?PRIVATE KEY-----/.test(pem)) return false;
  try {
    createPrivateKey(pem);
    return true;
  } catch {
    return false;
  }
}

/** The one .pem file in `cwd` (Probot's last resort), "several", or undefined. */
function onePemFile(cwd: string): string | "several" | undefined {
  if (!existsSync(cwd)) return undefined;
  const found = readdirSync(cwd).filter((name) => name.endsWith(".pem"));
  return found.length > 1 ? "several" : found[0];
}
