import type { Config } from "../../config/index.js";
import { isKind } from "../kinds.js";
import type { IssueRecord, Snapshot } from "../snapshot.js";
import { statusOf, type TopicStatus } from "./status.js";
import { parseTopicForm, type TopicForm } from "./topic-form.js";

/** An issue that is a topic, with what Roundtable derives from it. */
export interface Topic extends IssueRecord {
  status: TopicStatus;
  /** The first assignee, or null when nobody sponsors the topic yet. */
  sponsor: string | null;
  form: TopicForm;
}

/** The snapshot's topics: issues typed or labelled topic (kinds.ts), in issue-number order. */
export function topicsOf(snapshot: Snapshot, config: Config): Topic[] {
  return snapshot.issues
    .filter((issue) => isKind(issue, "topic", config))
    .map((issue) => {
      let form: TopicForm | undefined;
      return {
        ...issue,
        status: statusOf(issue, config),
        sponsor: issue.assignees[0] ?? null,
        // Read on first use, once: a page of 100k topics shows a hundred and reads no form.
        get form() {
          form ??= parseTopicForm(issue.body);
          return form;
        },
      };
    })
    .sort((a, b) => a.number - b.number);
}
