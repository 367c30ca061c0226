import type { QueueText } from "../../core/plan-recount.js";
import { toMarkdown } from "../to-markdown.js";
import { renderQueueComment } from "./queue-comment.js";

/** The queue comment's body, as the recount's plan (core's `planRecount`) writes it. */
export const queueCommentText: QueueText = (queue, site, topicsPage) =>
  toMarkdown(renderQueueComment(queue, site, topicsPage));
