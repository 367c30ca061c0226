import { type Effect, marker, type Plan, parseTopicForm, sameName } from "../core/index.js";
import { applyPlan } from "../github/index.js";
import { renderWelcomeComment, toMarkdown } from "../render/index.js";
import { loadBoard } from "./load-board.js";
import { onMeetingEvent } from "./meeting.js";
import { planRecount } from "./plan-recount.js";
import { gateOf, type RunContext } from "./run-context.js";
import { runUseCase } from "./use-case.js";

export interface IssueEventInput {
  /** The webhook's action: opened, edited, labeled, unlabeled, assigned, closed, … */
  action: string;
  issue: { number: number; labels: string[]; body: string };
  /** The label added or removed, for labeled and unlabeled. */
  label?: string;
}

const intakeActions = new Set(["opened", "edited", "labeled", "reopened"]);

/**
 * An issue opened, edited, labelled, assigned, closed…: a meeting's region is brought up to date
 * (the meeting job); a topic is recounted onto the board, and on intake the bot answers once, in
 * one comment it keeps current, with how voting and sponsoring work, where the topic stands, and
 * which questions of the form are empty.
 *
 * 1. A topic opened from the form without its label gets it (the board reads labelled issues).
 * 2. Load the board (reads only).
 * 3. Plan the recount and the welcome comment.
 * 4. Apply the plan through the write gate (or print it, in a dry run).
 */
export async function onIssueEvent(
  run: RunContext,
  options: IssueEventInput,
): Promise<{ plan: Plan; applied: Effect[] }> {
  const { github, config } = run;
  const { action, issue } = options;
  const has = (name: string) => issue.labels.some((l) => sameName(l, name));
  if (has(config.labels.meeting) && intakeActions.has(action)) {
    // A new or edited meeting: its region shows at once how to join, and what its form lacks.
    const { plan, applied } = await runUseCase(onMeetingEvent, run, {
      issue: issue.number,
      // Opened, or labelled a meeting later: announced once (its key is kept in the region).
      announce:
        action === "opened" ||
        (action === "labeled" &&
          options.label !== undefined &&
          sameName(options.label, config.labels.meeting)),
    });
    return { plan, applied };
  }
  const labelled = has(config.labels.topic);
  const fromForm = action === "opened" && !labelled && parseTopicForm(issue.body).fromForm;
  const untopiced =
    action === "unlabeled" &&
    options.label !== undefined &&
    sameName(options.label, config.labels.topic);
  if (!labelled && !fromForm && !untopiced) return { plan: [], applied: [] };
  const labelling: Plan = fromForm
    ? [{ kind: "add-label", issue: issue.number, label: config.labels.topic }]
    : [];
  const labelApplied = await applyPlan(github, labelling, gateOf(run, null));

  const { snapshot, project } = await loadBoard(github, run);
  const { board, plan } = planRecount(snapshot, config, project);
  const topic = board.topics.find((t) => t.number === issue.number);
  if (topic && intakeActions.has(action))
    plan.push({
      kind: "upsert-comment",
      issue: issue.number,
      marker: marker("welcome"),
      body: toMarkdown(renderWelcomeComment(topic, board, config)),
    });
  const applied = await applyPlan(github, plan, gateOf(run, project));
  return { plan: [...labelling, ...plan], applied: [...labelApplied, ...applied] };
}
