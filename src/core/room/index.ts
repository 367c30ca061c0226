export { type BoardView, type BoardViewRow, boardViewOf } from "./board-view.js";
export { type Poster, type PosterSession, posterOf } from "./poster.js";
export {
  type PosterOrientation,
  type PosterSheet,
  posterSheets,
  sheetGeometry,
  titleSizes,
} from "./poster-sheets.js";
export {
  phaseAt,
  type RoomLogLine,
  type RoomPhase,
  type RoomState,
  type RoomTable,
  type RoomTopic,
  type RoomVote,
  roomOf,
  upNextCount,
  withVote,
} from "./room.js";
export {
  pressRefusal,
  type RoomAction,
  type RoomCommand,
  romanVoteRule,
  roomActions,
} from "./room-actions.js";
export {
  type InviteeState,
  inviteesToCheck,
  type OpenInvite,
  type RoomInvitee,
  type RoomInvitees,
  withInvitations,
} from "./room-invitees.js";
