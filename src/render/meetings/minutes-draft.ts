import type { Root, RootContent } from "mdast";
import type { DraftedTopic, DraftRecord } from "../../core/minutes/index.js";
import { code, heading, inlineCode, link, list, paragraph, strong, text } from "../mdast.js";
import { profileLink } from "../text/people.js";
import { safeText } from "../text/safe-text.js";

/** Long enough for the longest drafted sentence; the draft caps them well below (draft-topic.ts). */
const maxWords = 2000;
const said = (words: string) => safeText(words, maxWords);

export interface MinutesDraftContext {
  /** The meeting's topics by number, for their links. */
  issues: Map<number, { title: string; url: string }>;
  site: string;
  /** Who uploaded the transcript. */
  by: string;
  /** Topics of the meeting left out of the comment (past the most it shows). */
  leftOut: number;
}

/** An action item as the draft and the edited lines write it: `who: what (when)`. */
export function actionLine(item: DraftedTopic["actionItems"][number]): string {
  return `${item.who ? `${item.who}: ` : ""}${item.what}${item.when && !item.what.includes(item.when) ? ` (${item.when})` : ""}`;
}

/**
 * The draft minutes, one bot comment on the meeting issue: per topic the drafted outcome, its
 * takeaways and action items, and how to accept it as it stands or edited. Every quoted word is
 * the speaker's, shown as text (escaped by the serialiser, mentions unlinked).
 */
export function renderMinutesDraft(record: DraftRecord, ctx: MinutesDraftContext): Root {
  const children: RootContent[] = [
    heading(3, "Draft minutes, from the recording"),
    paragraph(
      text("Drafted on Roundtable's own server from the transcript "),
      profileLink(ctx.by, ctx.site),
      text(
        " uploaded on the room page; the transcript itself was not kept. Nothing below is recorded until a facilitator accepts it, topic by topic: ",
      ),
      inlineCode("/accept #N"),
      text(" records the topic's outcome and takeaways exactly as "),
      inlineCode("/outcome"),
      text(" and "),
      inlineCode("/takeaway"),
      text(" do."),
    ),
  ];
  for (const topic of record.topics) children.push(...topicDraft(topic, ctx));
  if (ctx.leftOut > 0)
    children.push(
      paragraph(
        `${ctx.leftOut} more ${ctx.leftOut === 1 ? "topic was" : "topics were"} not drafted: one comment holds at most ${record.topics.length}.`,
      ),
    );
  return { type: "root", children };
}

function topicDraft(topic: DraftedTopic, ctx: MinutesDraftContext): RootContent[] {
  const issue = ctx.issues.get(topic.topic);
  const title = `#${topic.topic} ${safeText(issue?.title ?? topic.title)}`;
  const out: RootContent[] = [
    heading(3, title),
    paragraph(strong("Outcome:"), text(` ${said(topic.outcome)}`)),
  ];
  if (topic.takeaways.length > 0)
    out.push(paragraph(strong("Takeaways")), list(topic.takeaways.map((t) => [said(t)])));
  if (topic.actionItems.length > 0)
    out.push(
      paragraph(strong("Action items")),
      list(topic.actionItems.map((a) => [said(actionLine(a))])),
    );
  const edited = [
    `/accept #${topic.topic}`,
    `outcome: ${said(topic.outcome)}`,
    ...topic.takeaways.map((t) => `takeaway: ${said(t)}`),
    ...topic.actionItems.map((a) => `action: ${said(actionLine(a))}`),
  ];
  out.push(
    paragraph(
      text("To record it as drafted, comment "),
      inlineCode(`/accept #${topic.topic}`),
      text(" ("),
      inlineCode(`/accept #${topic.topic} --issues`),
      text(
        " also opens each action item as an issue). To edit it first, comment these lines, changed; a line left out is not recorded",
      ),
      ...(issue ? [text(" ("), link(issue.url, "the topic"), text(")")] : []),
      text(":"),
    ),
    code("text", edited.join("\n")),
  );
  return out;
}

/**
 * The body of the issue an accepted action item opens: where it comes from, who accepted it, and
 * the item in the words accepted (as text: escaped, mentions unlinked).
 */
export function renderActionItemIssue(input: {
  meeting: { number: number; url: string };
  topic: number;
  by: string;
  item: DraftedTopic["actionItems"][number];
  site: string;
}): Root {
  return {
    type: "root",
    children: [
      paragraph(strong("Action item:"), text(` ${said(actionLine(input.item))}`)),
      paragraph(
        text(`From the minutes of `),
        link(input.meeting.url, `meeting #${input.meeting.number}`),
        text(`, topic #${input.topic}, accepted by `),
        profileLink(input.by, input.site),
        text("."),
      ),
    ],
  };
}
