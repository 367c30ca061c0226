import type { Config } from "../config/index.js";
import {
  boardOf,
  formatQuarter,
  type MeetingEvent,
  meetingSlug,
  meetingsOf,
  metricsOf,
  okrsOf,
  planSchedule,
  quarterOf,
  quarterStart,
  quartersBetween,
  retrosOf,
  roadmapOf,
  type Snapshot,
  sameName,
  siteOf,
} from "../core/index.js";
import {
  type PageSpec,
  renderCalendar,
  renderMeetingPage,
  renderMetricsPage,
  renderPage,
  renderQuarterOkrs,
  renderRetroPage,
  renderRoadmapPage,
  renderTakeawaysPage,
  renderTopicsPage,
  renderYearOkrs,
  safeText,
} from "../render/index.js";

export interface PageFile {
  path: string;
  content: string;
  /** False when the page already reads exactly so: writing it would change nothing. */
  changed: boolean;
}

/**
 * The render job's pure half: the pages a snapshot yields, each spliced into its current text.
 * A page is written only for what the repository uses: the roadmap once it has a roadmap item, an
 * OKR page for each quarter with objectives (and one for each of their fiscal years). A past
 * quarter's OKR page, once written, is frozen: its final state is history. The metrics page comes
 * with the roadmap, OKRs or action items: a topic board alone has its numbers on the topics page.
 *
 * 1. Work out each page's content from the snapshot (the board, the roadmap).
 * 2. Render each page's managed region as mdast and serialise it.
 * 3. Splice it into the page as it stands (`existing` returns undefined for a new page).
 */
export function renderPages(
  snapshot: Snapshot,
  config: Config,
  existing: (path: string) => string | undefined,
): PageFile[] {
  const now = snapshot.takenAt;
  const site = siteOf(snapshot);
  const board = boardOf(snapshot, config);
  const specs: PageSpec[] = [
    {
      path: config.pages.topics,
      region: "topics",
      title: "Topics",
      intro: `What this group wants to discuss, the most-voted first.`,
      content: renderTopicsPage({
        queue: board.queue,
        tally: board.tally,
        config,
        now,
        site,
        repository: snapshot.repository,
      }),
    },
  ];
  if (snapshot.issues.some((i) => i.labels.some((l) => sameName(l, config.labels.roadmap)))) {
    specs.push({
      path: config.pages.roadmap,
      region: "roadmap",
      title: "Roadmap",
      intro: `What we plan to build, by lane and quarter, in priority order.`,
      content: renderRoadmapPage({ roadmap: roadmapOf(snapshot, config, now), config, now, site }),
    });
  }
  const current = quarterOf(now, config.roadmap.fiscalYearStart);
  const quarters = okrsOf(snapshot, config, now);
  for (const okrs of quarters) {
    const path = `${config.pages.okrs}/${formatQuarter(okrs.quarter)}.md`;
    if (quartersBetween(current, okrs.quarter) < 0 && existing(path) !== undefined) continue;
    specs.push({
      path,
      region: "okrs",
      title: `OKRs ${formatQuarter(okrs.quarter)}`,
      intro: `The objectives of ${formatQuarter(okrs.quarter)} and their key results. Once the quarter is over, this page is kept as it stood.`,
      content: renderQuarterOkrs(okrs, now, site),
    });
  }
  for (const year of [...new Set(quarters.map((q) => q.quarter.year))].sort()) {
    specs.push({
      path: `${config.pages.okrs}/${year}.md`,
      region: "okrs-year",
      title: `OKRs ${year}`,
      intro: `The fiscal year ${year}, quarter by quarter.`,
      content: renderYearOkrs(year, quarters, now),
    });
  }
  for (const retro of retrosOf(snapshot, config)) {
    const quarter = retro.quarter;
    specs.push({
      path: `${config.pages.retros}/${retro.key}.md`,
      region: "retro",
      title: quarter ? `Retro ${retro.key}` : `Retro: ${retro.issue.title}`,
      intro: `What the group said, most-voted first, and what it will do about it.`,
      content: renderRetroPage({
        retro,
        okrs: quarter ? quarters.find((q) => formatQuarter(q.quarter) === retro.key) : undefined,
        roadmap: quarter ? roadmapOf(snapshot, config, retroMoment(quarter, config)) : undefined,
        now,
        site,
      }),
    });
  }
  const meetings = meetingsOf(snapshot, config);
  const tracked = [config.labels.roadmap, config.labels.objective, config.labels.actionItem];
  if (
    meetings.some((m) => m.startedAt) ||
    snapshot.issues.some((i) => i.labels.some((l) => tracked.some((t) => sameName(l, t))))
  ) {
    specs.push({
      path: config.pages.metrics,
      region: "metrics",
      title: "Metrics",
      intro: `How this group takes part and delivers, quarter by quarter.`,
      content: renderMetricsPage(metricsOf(snapshot, config, quarters, now), config, now, meetings),
    });
  }
  const issues = new Map(snapshot.issues.map((i) => [i.number, { title: i.title, url: i.url }]));
  const files: Array<{ path: string; content: string }> = [];
  for (const meeting of meetings) {
    const slug = meetingSlug(meeting);
    const ics = `${config.pages.meetings}/${slug}.ics`;
    let draft: Extract<MeetingEvent, { type: "schedule" }> | null = null;
    if (meeting.schedule) {
      const calendar = renderCalendar(meeting, meeting.schedule, issues, snapshot.repository);
      if (calendar) files.push({ path: ics, content: calendar });
    } else if (meeting.form.format === "unconference" && !meeting.endedAt) {
      // Before /schedule fixes it, the page shows the schedule the votes would give now.
      draft = planSchedule(meeting, board, now);
    }
    specs.push({
      path: `${config.pages.meetings}/${slug}.md`,
      region: "meeting",
      title: `${meeting.form.date ?? "Meeting"}: ${safeText(meeting.form.theme || meeting.issue.title)}`,
      intro: `A meeting of the roundtable: who took part, what was discussed and what came of it.`,
      content: renderMeetingPage(
        { meeting, issues, site, config },
        files.some((f) => f.path === ics) ? `${slug}.ics` : null,
        draft,
      ),
    });
  }
  if (meetings.length > 0) {
    specs.push({
      path: config.pages.takeaways,
      region: "takeaways",
      title: "Takeaways",
      intro: `What this group has learned, meeting by meeting, the newest first.`,
      content: renderTakeawaysPage(
        meetings,
        issues,
        site,
        config.pages.meetings,
        config.pages.takeaways,
      ),
    });
  }
  return [
    ...specs.map((spec) => {
      const before = existing(spec.path);
      const content = renderPage(spec, before);
      return { path: spec.path, content, changed: content !== before };
    }),
    ...files.map((f) => ({ ...f, changed: f.content !== existing(f.path) })),
  ];
}

/** A moment inside a quarter, so the roadmap's "this quarter" is the retro's quarter. */
function retroMoment(quarter: { year: number; q: 1 | 2 | 3 | 4 }, config: Config): string {
  return `${quarterStart(quarter, config.roadmap.fiscalYearStart)}T12:00:00Z`;
}
