export {
  type ChannelRef,
  type Line,
  lineText,
  type Notice,
  type NoticeSection,
  type Span,
} from "../kernel/notice.js";
export { notifiedIn, notifiedLine } from "../kernel/notified.js";
export { type NotifyContext, type NotifyInput, noticeOf } from "./notices.js";
export { noticeKey, notificationsFor } from "./notifications-for.js";
export { scheduledNotices, weekStart } from "./scheduled-notices.js";
