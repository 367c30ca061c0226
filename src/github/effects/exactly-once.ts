import type { Effect } from "../../core/index.js";

/**
 * How each kind of effect is written exactly once whatever the network does: `repeat`, sending it
 * again leaves GitHub as one send does (the client may retry it after a 5xx or a dropped
 * connection); `look-first`, it makes something new each time, so no layer sends it again blindly
 * (`createsEachTime`): after a failure whose outcome is unknown (a 5xx, a reset, a cut-off or
 * unreadable answer, no answer in time) the effect reads GitHub again, with no cache or kept read
 * in between, by the key named here, and makes only what is missing (`createOnce`).
 * `bestEffort`: not GitHub's (a chat notice), sent once per recorded key by the plan.
 */
export type ExactlyOnce =
  | { how: "repeat"; because: string }
  | { how: "look-first"; key: string }
  | { how: "best-effort"; because: string };

export const exactlyOnce: { [K in Effect["kind"]]: ExactlyOnce } = {
  "add-to-project": {
    how: "repeat",
    because: "addProjectV2ItemById answers with the item already there",
  },
  "set-field": { how: "repeat", because: "a value set twice is the value" },
  move: { how: "repeat", because: "a position set twice is the position" },
  "add-label": { how: "repeat", because: "a label added twice is on once" },
  "remove-label": { how: "repeat", because: "a label gone answers 404, taken as done" },
  "add-assignee": { how: "repeat", because: "an assignee added twice is assigned once" },
  "remove-assignee": { how: "repeat", because: "removing one not assigned changes nothing" },
  react: { how: "repeat", because: "GitHub answers a reaction already there with it (200)" },
  unreact: {
    how: "repeat",
    because: "the bot's reactions are listed, then each deleted; 404 is done",
  },
  "upsert-comment": {
    how: "look-first",
    key: "the marker, among the bot's own comments on the issue (edits are repeated)",
  },
  "comment-as-person": {
    how: "look-first",
    key: "the person's comment with the same words on the issue, made since the press",
  },
  "delete-comment": { how: "repeat", because: "a comment gone answers 404, taken as done" },
  "close-issue": { how: "repeat", because: "closing a closed issue changes nothing" },
  "open-issue": { how: "look-first", key: "the marker opening the body, among the newest issues" },
  "create-label": { how: "look-first", key: "the label's name (422 already_exists is done too)" },
  "create-field": {
    how: "look-first",
    key: "the field's name: the next plan reads the project and adds none already there",
  },
  "set-field-options": { how: "repeat", because: "the whole list of options is set" },
  notify: { how: "best-effort", because: "its key is recorded in the meeting's state" },
  "commit-pages": {
    how: "look-first",
    key: "the branch's head: a commit of unknown outcome is read back, and pages it holds are not written again (a pull request it lacks is opened)",
  },
  "write-ballots": {
    how: "look-first",
    key: "the ballots branch's head: a commit whose outcome is unknown is read back, and what it holds is not written again",
  },
  "invite-collaborator": {
    how: "look-first",
    key: "the person's login, among open invitations and collaborators",
  },
  "cancel-invitation": { how: "repeat", because: "an invitation gone answers 404, taken as done" },
  "remove-collaborator": { how: "repeat", because: "removing one already gone answers 204" },
  "post-status-update": {
    how: "look-first",
    key: "the week's marker opening the body, among the project's latest status updates",
  },
  "add-sub-issue": {
    how: "repeat",
    because: "a second add is refused (422), and the sub-issue's parent read back says it is done",
  },
  "create-issue-type": {
    how: "look-first",
    key: "the type's name among the organisation's types (422 already exists is done too)",
  },
  "create-iteration-field": {
    how: "look-first",
    key: "the field's name: the plan reads the project, and a name already taken is done",
  },
  "set-quarters": {
    how: "repeat",
    because:
      "the items' quarters are kept on the roundtable/quarters branch before the iterations are replaced; the next plan writes back what a stopped run left, and setting the same iterations and values again gives the same board",
  },
};
