// What an entry point needs to make its GitHub client, apart from the jobs' barrel (index.ts):
// the Action and the CLI import this when a job runs, and nothing of the rest of jobs/.
export {
  type ClientOptions,
  createClient,
  type GitHub,
  type KeptRead,
  type ReadStore,
  settingsFromEnv,
} from "../github/index.js";
