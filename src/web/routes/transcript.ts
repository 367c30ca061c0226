import type { IncomingMessage } from "node:http";
import { RoundtableError } from "../../errors/roundtable-error.js";
import type { GitHub } from "../../github/client.js";
import { facilitatesMeeting } from "../../jobs/facilitates.js";
import { postMinutesDraft } from "../../jobs/minutes-draft.js";
import { loadRepoConfig } from "../../jobs/repo-config.js";
import { runContext } from "../../jobs/run-context.js";
import { runUseCase } from "../../jobs/use-case.js";
import {
  maxTranscriptBytes,
  maxTranscriptWords,
  transcriptDonePage,
} from "../../render/web/transcript-form.js";
import { withHeldTranscript } from "../held-transcript.js";
import type { Answer } from "../respond.js";
import { csrfMatches } from "../session.js";
import { formExpired, type MakeRoute, meetingPath, type RouteDeps } from "./route.js";

/** The form around the file (boundaries, the CSRF token, the offset) weighs a little more. */
const formOverhead = 64 * 1024;
const tooLarge: Answer = {
  status: 413,
  text: `This transcript is larger than ${maxTranscriptWords}: upload one meeting's transcript, or its WebVTT export, which is smaller than its .docx.`,
};

/**
 * POST …/meetings/N/transcript: a facilitator's transcript, drafted into the meeting's minutes.
 * 1. Signed in, a body within the limit (refused by its length before it is read), the session's
 *    CSRF token, a person who can read the repository and facilitates the meeting (asked of
 *    GitHub now, whatever the page showed).
 * 2. The transcript is held in the coordination store, for at most five minutes, while the draft
 *    is made under the repository's lease; then overwritten, whatever happened.
 * 3. The draft is posted as one bot comment on the meeting issue; the answer says where.
 */
export const transcript: MakeRoute = (deps) => {
  return {
    method: "POST",
    path: meetingPath("transcript"),
    run: async (ctx) => {
      const [owner = "", repo = "", n = ""] = ctx.groups;
      if (!ctx.session.user) return { status: 401, text: "Sign in first." };
      const form = await readUpload(ctx.req);
      if (form === "too large") return tooLarge;
      if (!form || !csrfMatches(ctx.session, stringField(form, "csrf"))) return formExpired;
      const allowed = await deps.access(ctx, owner, repo);
      if (!("user" in allowed)) return allowed;
      const meeting = { owner, repo, issue: Number(n) };
      const github = await deps.installation(owner, repo);
      if (!(await facilitatesMeeting(github, meeting, allowed.user.login)))
        return { status: 403, text: "Only the meeting's facilitator can draft its minutes." };
      const upload = await transcriptOf(form);
      if ("refused" in upload) return { status: 400, text: upload.refused };
      try {
        const drafted = await draftHeld(
          deps,
          github,
          { ...meeting, by: allowed.user.login },
          upload,
        );
        deps.log(`web: ${allowed.user.login} drafted the minutes of ${owner}/${repo}#${n}`);
        const viewer = { login: allowed.user.login, csrf: allowed.csrf };
        const target = {
          repository: `${owner}/${repo}`,
          number: Number(n),
          issueUrl: drafted.url,
          topics: drafted.topics,
        };
        return { html: transcriptDonePage(viewer, target).text };
      } catch (error) {
        // A file that cannot be read, a meeting with no log: one line saying where and what.
        if (error instanceof RoundtableError) return { status: 400, text: error.message };
        throw error;
      }
    },
  };
};

type Upload = { file: string; bytes: Uint8Array; offsetSeconds: number };

/** The draft made under the repository's lease, from the transcript as the store holds it. */
function draftHeld(
  deps: RouteDeps,
  github: GitHub,
  meeting: { owner: string; repo: string; issue: number; by: string },
  upload: Upload,
): Promise<{ topics: number; url: string }> {
  return withHeldTranscript(deps.coordination, upload, (read) =>
    deps.coordination.exclusive(`${meeting.owner}/${meeting.repo}`, async () =>
      runUseCase(
        postMinutesDraft,
        runContext({
          github,
          owner: meeting.owner,
          repo: meeting.repo,
          // The repository's config, read first (before the board): the run's context holds it.
          config: await loadRepoConfig(github, meeting),
          clock: deps.now,
          log: deps.log,
        }),
        {
          issue: meeting.issue,
          by: meeting.by,
          transcript: await read(),
          offsetSeconds: upload.offsetSeconds,
        },
      ),
    ),
  );
}

/** The body as a form (multipart or urlencoded); "too large" past the limit, null unreadable. */
async function readUpload(req: IncomingMessage): Promise<FormData | "too large" | null> {
  const limit = maxTranscriptBytes + formOverhead;
  if (Number(req.headers["content-length"] ?? 0) > limit) return "too large";
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return "too large";
    chunks.push(chunk as Buffer);
  }
  const type = req.headers["content-type"] ?? "";
  try {
    return await new Request("http://localhost/", {
      method: "POST",
      headers: { "content-type": type },
      body: Buffer.concat(chunks),
    }).formData();
  } catch {
    return null;
  }
}

function stringField(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
}

/** The file chosen, else the text pasted; and the offset, in seconds. */
async function transcriptOf(form: FormData): Promise<Upload | { refused: string }> {
  const offsetText = stringField(form, "offset")?.trim() || "0";
  const offsetSeconds = Number(offsetText);
  if (!Number.isFinite(offsetSeconds))
    return {
      refused: `offset: expected the seconds between the meeting's start and the recording's, such as 90 or -12.5, got "${offsetText.slice(0, 20)}"`,
    };
  const file = form.get("transcript");
  if (file && typeof file !== "string" && file.size > 0)
    return {
      file: file.name || "transcript.txt",
      bytes: new Uint8Array(await file.arrayBuffer()),
      offsetSeconds,
    };
  const pasted = stringField(form, "text") ?? "";
  if (pasted.trim() === "")
    return { refused: "No transcript: choose the transcript file, or paste its text." };
  return { file: "pasted transcript", bytes: new TextEncoder().encode(pasted), offsetSeconds };
}
