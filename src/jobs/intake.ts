import {
  type Effect,
  marker,
  type ProjectView,
  parseTopicForm,
  type Snapshot,
  sameName,
} from "../core/index.js";
import { planRecount } from "../core/plan-recount.js";
import { queueCommentText } from "../render/board/queue-comment-text.js";
import { renderWelcomeComment, toMarkdown } from "../render/index.js";
import { toldOnce, withConfig } from "./cached-config.js";
import { loadBoard } from "./load-board.js";
import { onMeetingEvent } from "./meeting.js";
import { type Arrival, foldedRecount, issueEventRecountsOnly } from "./recount-fold.js";
import type { RepoRun } from "./run-context.js";
import { runUseCase, type UseCase } from "./use-case.js";

export interface IssueEventInput {
  /** The webhook's action: opened, edited, labeled, unlabeled, assigned, closed, … */
  action: string;
  issue: { number: number; labels: string[]; body: string };
  /** The label added or removed, for labeled and unlabeled. */
  label?: string;
}

const intakeActions = new Set(["opened", "edited", "labeled", "reopened"]);

/** What an issue's event read: nothing to do, a meeting's event (run whole), or a topic's board. */
type IssueEventRead =
  | { kind: "none" }
  | { kind: "meeting"; applied: Effect[] }
  | { kind: "topic"; labelled: Effect[]; snapshot: Snapshot; project: ProjectView | null };

/**
 * A topic opened from the form without its label gets it, before the board is read: the board
 * reads labelled issues, so the label is applied first (its own plan, through the runner), and
 * the board read after it finds the topic.
 */
const labelTopic: UseCase<{ issue: number }, null, Record<string, never>> = {
  load: async () => null,
  plan: (_, { issue }, { config }) => ({
    effects: [{ kind: "add-label", issue, label: config.labels.topic }],
    result: {},
  }),
};

/**
 * What was written before the runner's plan: the meeting job's own plan, or the topic's label
 * (the runner returns its own plan and what it applied beside it).
 */
interface IssueEventResult {
  before: Effect[];
}

/**
 * An issue opened, edited, labelled, assigned, closed…, run by `runUseCase`: a meeting's region is
 * brought up to date (the meeting job); a topic is recounted onto the board, and on intake the bot
 * answers once, in one comment it keeps current, with how voting and sponsoring work, where the
 * topic stands, and which questions of the form are empty.
 *
 * 1. Load: a meeting's event is the meeting job's, run whole (through the runner); a
 *    topic opened from the form without its label gets it first (`labelTopic`, its own plan:
 *    the board reads labelled issues); then the board (reads only).
 * 2. Plan the recount and the welcome comment.
 * 3. The runner applies the plan through the write gate (or prints it, in a dry run).
 */
export const onIssueEvent: UseCase<IssueEventInput, IssueEventRead, IssueEventResult> = {
  async load(run, input) {
    const { config } = run;
    const { action, issue } = input;
    const has = (name: string) => issue.labels.some((l) => sameName(l, name));
    if (has(config.labels.meeting) && intakeActions.has(action)) {
      // A new or edited meeting: its region shows at once how to join, and what its form lacks.
      const { applied } = await runUseCase(onMeetingEvent, run, {
        issue: issue.number,
        // Opened, or labelled a meeting later: announced once (its key is kept in the region).
        announce:
          action === "opened" ||
          (action === "labeled" &&
            input.label !== undefined &&
            sameName(input.label, config.labels.meeting)),
      });
      return { kind: "meeting", applied };
    }
    const labelled = has(config.labels.topic);
    const fromForm = action === "opened" && !labelled && parseTopicForm(issue.body).fromForm;
    const untopiced =
      action === "unlabeled" &&
      input.label !== undefined &&
      sameName(input.label, config.labels.topic);
    if (!labelled && !fromForm && !untopiced) return { kind: "none" };
    const label = fromForm ? await runUseCase(labelTopic, run, { issue: issue.number }) : undefined;
    const { snapshot, project } = await loadBoard(run.github, run);
    return { kind: "topic", labelled: label?.applied ?? [], snapshot, project };
  },
  plan(read, input, { config }) {
    if (read.kind === "none") return { effects: [], result: { before: [] } };
    // The meeting job's plan was applied by its own run: told as it was, nothing more to write.
    if (read.kind === "meeting") return { effects: [], result: { before: read.applied } };
    const { board, plan } = planRecount(read.snapshot, config, read.project, queueCommentText);
    const topic = board.topics.find((t) => t.number === input.issue.number);
    if (topic && intakeActions.has(input.action))
      plan.push({
        kind: "upsert-comment",
        issue: input.issue.number,
        marker: marker("welcome"),
        body: toMarkdown(renderWelcomeComment(topic, board, config)),
      });
    return {
      effects: plan,
      project: read.project,
      result: { before: read.labelled },
    };
  },
};

/**
 * An issue's event as the app's trigger runs it: the repository's config (cached; a broken one
 * told on the issue), then the use case; an event that only recounts the board is folded into a
 * recount that started after it came (recount-fold.ts), and a setup problem found while loading
 * is told once on the issue rather than failing the event.
 */
export async function issueEvent(
  run: RepoRun,
  input: IssueEventInput,
  arrival: Arrival,
): Promise<void> {
  const { issue } = input;
  const configured = await withConfig(run, issue.number);
  if (!configured) return;
  const intake = () =>
    toldOnce(run, issue.number, () => runUseCase(onIssueEvent, configured, input));
  if (issueEventRecountsOnly(input.action, issue.labels, configured.config))
    await foldedRecount(run, arrival, intake);
  else await intake();
}
