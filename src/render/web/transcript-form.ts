import type { RoomState } from "../../core/index.js";
import { type Html, html } from "../text/html.js";
import { csrfField, page, runsMeeting, type Viewer, webBase } from "./layout.js";

/** The most a transcript upload may weigh: a three-hour meeting's WebVTT is about 1 MB. */
export const maxTranscriptBytes = 2 * 1024 * 1024;
export const maxTranscriptWords = "2 MB";

/**
 * The room's form for the meeting's transcript, for its facilitators: a file or pasted text,
 * posted as multipart (no script needed), checked again on the server when it is posted.
 */
export function transcriptForm(room: RoomState, viewer: Viewer): Html | "" {
  const facilitator = runsMeeting(viewer, room.facilitators);
  if (!facilitator) return "";
  const action = `${webBase}/${room.repository}/meetings/${room.number}/transcript`;
  return html`<section class="card minutes" aria-labelledby="minutes-title">
<h2 id="minutes-title">Minutes from the recording</h2>
<p class="meta">Upload the meeting's transcript (WebVTT from Zoom or Teams, SRT, <code>Name: text</code> lines, or a Teams or Meet .docx; up to ${maxTranscriptWords}). Roundtable drafts each topic's outcome, takeaways and action items from what was said in its timebox and posts the draft on the meeting issue; nothing is recorded until you accept a topic there with <code>/accept #N</code>. The transcript is held only while its draft is made (in the app's memory, or its Redis), and is never committed, logged or sent to another service.</p>
<form method="post" action="${action}" enctype="multipart/form-data" class="transcript">
${csrfField(viewer)}
<p><label for="transcript-file">Transcript file</label> <input type="file" id="transcript-file" name="transcript" accept=".vtt,.srt,.txt,.docx"></p>
<p><label for="transcript-text">or paste it</label><br><textarea id="transcript-text" name="text" rows="4"></textarea></p>
<p><label for="transcript-offset">The recording began</label> <input type="number" id="transcript-offset" name="offset" value="0" step="any" size="6"> seconds after the meeting started</p>
<p><button class="button primary">Draft the minutes</button></p>
</form>
</section>`;
}

/** The answer to an upload: the draft is on the meeting issue, where topics are accepted. */
export function transcriptDonePage(
  viewer: Viewer,
  target: { repository: string; number: number; issueUrl: string; topics: number },
): Html {
  const room = `${webBase}/${target.repository}/meetings/${target.number}`;
  return page({
    title: "Draft minutes posted · Roundtable",
    viewer,
    kind: "board",
    repository: target.repository,
    body: html`<section class="card"><h1>Draft minutes posted</h1>
<p>The draft of ${target.topics} ${target.topics === 1 ? "topic" : "topics"} is a comment on <a href="${target.issueUrl}">the meeting issue</a>. Accept each topic there with <code>/accept #N</code>, or edit it first: the comment shows how. The transcript was not kept.</p>
<p><a href="${room}">Back to the room</a></p></section>`,
  });
}
