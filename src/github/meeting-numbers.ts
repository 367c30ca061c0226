import type { GitHub } from "./client.js";
import { rest } from "./rest.js";

/**
 * The numbers of a repository's meetings (issues with the meeting label, open or closed), the
 * 100 opened last: one request, whatever number a visitor asks about. A live room is opened only
 * for one of these, so a stream for any other number costs no further read.
 */
export async function readMeetingNumbers(
  github: GitHub,
  target: { owner: string; repo: string; label: string },
): Promise<number[]> {
  const { data } = await rest<Array<{ number: number; pull_request?: unknown }>>(
    github,
    "GET /repos/{owner}/{repo}/issues",
    {
      owner: target.owner,
      repo: target.repo,
      labels: target.label,
      state: "all",
      sort: "created",
      direction: "desc",
      per_page: 100,
    },
  );
  return data.filter((issue) => !issue.pull_request).map((issue) => issue.number);
}
