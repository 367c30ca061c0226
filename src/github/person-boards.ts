import type { GitHub } from "./client.js";
import { rest } from "./rest.js";

/** A repository of the App's that the person can read. */
export interface PersonBoard {
  owner: string;
  repo: string;
}

/** What one look at a person's boards read: at most `max`, and how many more there are. */
export interface PersonBoards {
  boards: PersonBoard[];
  /** Boards not listed: past `max`, or in installations not read. */
  more: number;
}

type Installations = { total_count: number; installations: Array<{ id: number }> };
type Repositories = {
  total_count: number;
  repositories: Array<{ name: string; owner: { login: string }; archived?: boolean }>;
};

/**
 * The repositories where the App is installed that the person can read, asked with their own
 * token (GitHub lists only what they may see). Bounded: one page of installations and one page
 * of repositories from at most `maxInstallations` of them, so a person with access to thousands
 * costs 1 + `maxInstallations` requests; the rest is counted, not listed.
 */
export async function personBoards(
  user: GitHub,
  { max, maxInstallations }: { max: number; maxInstallations: number },
): Promise<PersonBoards> {
  const { data } = await rest<Installations>(user, "GET /user/installations", { per_page: 100 });
  const boards: PersonBoard[] = [];
  let more = 0;
  for (const [i, installation] of data.installations.entries()) {
    if (i >= maxInstallations) {
      more += 1; // Its repositories are not asked for: an installation counts as one more.
      continue;
    }
    const { data: page } = await rest<Repositories>(
      user,
      "GET /user/installations/{installation_id}/repositories",
      { installation_id: installation.id, per_page: 100 },
    );
    const live = page.repositories.filter((r) => !r.archived);
    const listed = live.slice(0, Math.max(0, max - boards.length));
    boards.push(...listed.map((r) => ({ owner: r.owner.login, repo: r.name })));
    // Past the first page, or past `max`: counted (an archived board is no board).
    more += page.total_count - page.repositories.length + live.length - listed.length;
  }
  more += Math.max(0, data.total_count - data.installations.length);
  return { boards, more };
}

/** A meeting not yet closed (upcoming or live), as the home page lists it. */
export interface OpenMeeting {
  number: number;
  title: string;
}

/**
 * The open issues labelled `label` of a repository, newest first, at most `max`: one request.
 * (GitHub lists pull requests among issues; a meeting is never one.)
 */
export async function openMeetings(
  user: GitHub,
  { owner, repo, label, max }: { owner: string; repo: string; label: string; max: number },
): Promise<OpenMeeting[]> {
  const { data } = await rest<Array<{ number: number; title: string; pull_request?: unknown }>>(
    user,
    "GET /repos/{owner}/{repo}/issues",
    { owner, repo, labels: label, state: "open", per_page: max },
  );
  return data
    .filter((i) => !i.pull_request)
    .slice(0, max)
    .map((i) => ({ number: i.number, title: i.title }));
}
