import type { GitHub } from "../../github/client.js";
import { openMeetings, personBoards } from "../../github/person-boards.js";
import { asUser, type SignedIn } from "../../github/user-auth.js";
import { loadRepoConfig } from "../../jobs/repo-config.js";
import type { HomeBoards } from "../../render/web/home-page.js";
import { BoundedCache } from "../bounded-cache.js";
import type { WebSettings } from "../settings.js";

/**
 * What one person's home may cost GitHub, at most once a minute however often they reload:
 * 1 + `maxInstallations` requests for the list, and for each of the `maxBoards` boards shown its
 * config (one or two) and one page of its open meetings. Asked with the person's own token, so
 * it spends none of the App's budget and shows only what they may read.
 */
const maxBoards = 12;
const maxInstallations = 3;
const meetingsPerBoard = 5;
const homeCacheMs = 60_000;

/** The signed-in home's boards, remembered a minute per person (and for at most 1,000 people). */
export function homeBoards(
  settings: WebSettings,
  log: (line: string) => void,
): (user: SignedIn) => Promise<HomeBoards | undefined> {
  const cache = new BoundedCache<Promise<HomeBoards>>(1_000, homeCacheMs);
  return async (user) => {
    const key = user.login.toLowerCase();
    let reading = cache.get(key);
    if (reading === undefined) {
      reading = readBoards(asUser(settings, user.token));
      cache.set(key, reading);
      // Not remembered when GitHub did not answer: the next visit asks again.
      reading.catch(() => cache.delete(key));
    }
    return reading.catch((error: Error) => {
      log(`web: ${user.login}'s boards could not be listed: ${error.message}`);
      return undefined;
    });
  };
}

async function readBoards(user: GitHub): Promise<HomeBoards> {
  const { boards, more } = await personBoards(user, { max: maxBoards, maxInstallations });
  const withMeetings = [];
  // One board after another: at most a dozen, and GitHub asks for no parallel bursts.
  for (const { owner, repo } of boards) {
    const meetings = await meetingsOf(user, owner, repo).catch(() => null);
    withMeetings.push({ owner, repo, meetings });
  }
  return { boards: withMeetings, more };
}

/** A board's open meetings, by the label its config names. */
async function meetingsOf(user: GitHub, owner: string, repo: string) {
  const config = await loadRepoConfig(user, { owner, repo });
  const label = config.labels.meeting;
  return openMeetings(user, { owner, repo, label, max: meetingsPerBoard });
}
