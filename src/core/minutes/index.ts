export { type AcceptedMinutes, acceptedMinutes } from "./accepted-minutes.js";
export { type ActionItem, actionItems } from "./action-items.js";
export { alignToTimeboxes, type TopicTurns, type Turn } from "./align-to-timeboxes.js";
export type { Cue, Transcript, TranscriptFormat } from "./cue.js";
export { cueUtterances, plainCueText, splitNamedLine } from "./cue-text.js";
export { draftMinutes, type MinutesDraft } from "./draft-minutes.js";
export {
  type DraftedTopic,
  type DraftRecord,
  decodeDraftRecord,
  draftRecordOf,
  encodeDraftRecord,
  minutesDraftMarker,
} from "./draft-record.js";
export { draftTopic, maxOutcomeWords, type TopicDraft } from "./draft-topic.js";
export { type LoggedTopic, type MeetingLog, readMeetingLog, type Timebox } from "./meeting-log.js";
export { rankSentences, type Sentence } from "./rank-sentences.js";
export { readTranscript, transcriptFormat } from "./read-transcript.js";
export { speakerLogin } from "./speaker-login.js";
export { countWords, synthesiseTimes, wordsPerMinute } from "./synthesise-times.js";
export { tidySpeech } from "./tidy-speech.js";
export { parseTimestamp } from "./timestamp.js";
