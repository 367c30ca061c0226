export { ballotPage } from "./ballot-page.js";
export { boardPage } from "./board-page.js";
export { type HomeBoard, type HomeBoards, homePage } from "./home-page.js";
export { page, type Viewer, webBase } from "./layout.js";
export { notFoundPage } from "./not-found-page.js";
export { posterPage } from "./poster-page.js";
export { roomInvitees } from "./room-invitees.js";
export { roomLive, roomPage, timeLeft } from "./room-page.js";
export { type RsvpPageOptions, rsvpPage } from "./rsvp-page.js";
export {
  maxTranscriptBytes,
  maxTranscriptWords,
  transcriptDonePage,
  transcriptForm,
} from "./transcript-form.js";
