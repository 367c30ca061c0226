import type { MeetingTexts } from "../../core/plan-meeting.js";
import { toMarkdown } from "../to-markdown.js";
import {
  renderCheckinStatement,
  renderMeetingRegion,
  renderMeetingReply,
  renderRomanVote,
  renderTopicNotes,
} from "./meeting.js";
import { renderActionItemIssue } from "./minutes-draft.js";

/** The texts a meeting's plan (core's `planMeeting`) writes, as GitHub's Markdown. */
export const meetingTexts: MeetingTexts = {
  reply: (view, command, events) => toMarkdown(renderMeetingReply(view, command, events)),
  romanVote: (view, topic, until) => toMarkdown(renderRomanVote(view, topic, until)),
  checkinStatement: (index, total, statement) =>
    toMarkdown(renderCheckinStatement(index, total, statement)),
  topicNotes: (view, discussion) => toMarkdown(renderTopicNotes(view, discussion)),
  region: (view, upNext, hidden) => toMarkdown(renderMeetingRegion(view, upNext, hidden)),
  actionItemIssue: (input) => toMarkdown(renderActionItemIssue(input)),
};
