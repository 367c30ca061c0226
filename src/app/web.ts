import type { ApplicationFunctionOptions, Probot } from "probot";
import type { Coordination } from "../coordination/index.js";
import type { GitHub } from "../github/client.js";
import { repositoryInstallation } from "../github/installations.js";
import { type BallotKeys, ballotKeysFromEnv } from "../jobs/ballot-keys.js";
import type { FollowUp } from "../jobs/follow-up.js";
import { coordinationReads } from "../jobs/kept-reads.js";
import {
  type BallotJournal,
  BoundedCache,
  ballotJournal,
  dataDirFromEnv,
  type Web,
  webHandler,
  webSettingsFromEnv,
} from "../web/index.js";
import { type Clock, systemClock } from "./deliveries.js";
import type { Env } from "./env.js";
import { appBotLogin } from "./roundtable-octokit.js";
import { timerEnv } from "./timers.js";

export type { Web };

/** Without Redis, ballots waiting for their batch are kept on disk too: a restart loses none. */
function journalFor(
  app: Probot,
  coordination: Coordination,
  keys: BallotKeys | undefined,
  env: NodeJS.ProcessEnv,
): BallotJournal | undefined {
  if (!keys || coordination.backend !== "memory") return undefined;
  const journal = ballotJournal(dataDirFromEnv(env), keys);
  app.log.info(`ballots: waiting ballots are kept in ${journal.where}`);
  return journal;
}

/**
 * The client of the installation that serves a repository, as the pages use it. Which installation
 * that is: bounded, and asked again after a while (an app uninstalled and installed again has a
 * new one).
 */
function installationClients(app: Probot, coordination: Coordination) {
  const installations = new BoundedCache<number>(10_000, 10 * 60_000);
  const installation = async (owner: string, repo: string): Promise<GitHub> => {
    const key = `${owner}/${repo}`.toLowerCase();
    let id = installations.get(key);
    if (id === undefined) {
      id = await repositoryInstallation((await app.auth()) as unknown as GitHub, owner, repo);
      installations.set(key, id);
    }
    const octokit = (await app.auth(id)) as unknown as GitHub;
    // The pages read the board as the app's events do: only what changed since the last read;
    // and know the app's own comments as its events do, by its bot's login (`<slug>[bot]`), never
    // by the defaults, which a self-hosted app's name is not and a workflow's bot is.
    return Object.assign(octokit, {
      reads: coordinationReads(coordination, id),
      botLogins: [await appBotLogin(octokit, (line) => app.log.warn(line))],
    });
  };
  return { installations, installation };
}

/**
 * The web pages, when the environment configures them (GITHUB_CLIENT_ID, GITHUB_CLIENT_SECRET,
 * SESSION_SECRET, PUBLIC_URL), registered with the app's HTTP server; undefined, with a line in
 * the log, when it does not. What the pages' use cases ask for next goes to `runFollowUps`, the
 * app's runner of its trigger table (passed in: the pages never call up into the app).
 */
export function webFromEnv(
  app: Probot,
  coordination: Coordination,
  options?: Partial<ApplicationFunctionOptions>,
  env: NodeJS.ProcessEnv = process.env,
  clock: Clock = systemClock,
  runFollowUps?: (env: Env, list: FollowUp[]) => Promise<void>,
): Web | undefined {
  const settings = webSettingsFromEnv(env);
  if ("missing" in settings) {
    app.log.info(`web pages off: set ${settings.missing.join(", ")}`);
    return undefined;
  }
  const ballotKeys = ballotKeysFromEnv(env);
  if (ballotKeys)
    app.log.info(
      `ballots: the app's public ballot key is ${ballotKeys.publicKey} (set votes.ballotKey to it, for the Action)`,
    );
  const journal = journalFor(app, coordination, ballotKeys, env);
  const { installations, installation } = installationClients(app, coordination);
  const web = webHandler({
    settings,
    installation,
    installationId: async (owner, repo) => {
      await installation(owner, repo);
      return installations.get(`${owner}/${repo}`.toLowerCase()) ?? 0;
    },
    coordination,
    log: (line) => app.log.info(line),
    now: clock,
    ballotKeys,
    ...(journal ? { ballotJournal: journal } : {}),
    // What a page asks for next (a seat's invitation retry and reminder, a ballot's batch and
    // round-end timers, those of the ballots the journal gave back at start): run through the
    // app's trigger table, as the installation on the repository.
    followUps: async (owner, repo, list) => {
      if (list.length === 0 || !runFollowUps) return;
      await installation(owner, repo);
      const id = installations.get(`${owner}/${repo}`.toLowerCase()) ?? 0;
      const where = { installation: id, owner, repo };
      await runFollowUps(timerEnv(app, coordination, where, await app.auth(id), clock), list);
    },
  });
  options?.addHandler?.(web.handle);
  return web;
}
