import { closest, distance } from "fastest-levenshtein";
import { z } from "zod";

/**
 * The schema of `.github/roundtable.yml`. Every field has a default, so an empty file is valid;
 * the descriptions are the documentation (they flow into the JSON Schema for editors and into
 * the README's configuration reference).
 */

const label = z.string().trim().min(1, "expected a label name, got an empty string").max(50);
const login = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "expected a GitHub login such as octocat");
const isoDate = z.iso.date({ error: "expected a date written as YYYY-MM-DD" });

const labelsSchema = z
  .strictObject({
    topic: label.default("topic").describe("Marks an issue as a topic for the roundtable."),
    roadmap: label.default("roadmap").describe("Marks an issue as a roadmap item."),
    objective: label.default("objective").describe("Marks an issue as a quarterly objective."),
    keyResult: label.default("key-result").describe("Marks an issue as a key result."),
    meeting: label.default("meeting").describe("Marks an issue as a meeting."),
    retro: label.default("retro").describe("Marks an issue as a retrospective."),
    actionItem: label.default("action-item").describe("Marks an issue as an action item."),
    status: z
      .strictObject({
        toDiscuss: label.default("status:to-discuss").describe("Waiting in the queue."),
        discussing: label.default("status:discussing").describe("On the table now."),
        discussed: label.default("status:discussed").describe("Done; its votes are given back."),
        parked: label.default("status:parked").describe("Set aside; its votes are given back."),
      })
      .prefault({})
      .describe(
        "Labels that hold a topic's status when no project board is configured. A topic with none is To discuss; a closed topic is Discussed.",
      ),
  })
  .prefault({})
  .describe("The labels Roundtable reads and writes. Rename them to fit labels you already use.");

const eligibleSchema = z
  .union(
    [
      z.enum(["everyone", "collaborators", "participants"]),
      z.array(login).min(1, "expected at least one login in the list"),
      z.strictObject({
        team: z
          .string()
          .regex(/^[a-z0-9][a-z0-9_-]*$/i, "expected a team slug")
          .describe("The slug of a team of the repository's organisation, such as leadership."),
      }),
    ],
    {
      error:
        "expected everyone, collaborators, participants, a list of logins, or { team: <team-slug> } (a team of the repository's organisation)",
    },
  )
  .default("everyone")
  .describe(
    "Whose 👍 count as votes: everyone, the repository's collaborators, the participants of the next meeting (those seated with /join on the open meeting issue with the earliest date), a list of logins, or the members of a team ({ team: slug }).",
  );

const votesSchema = z
  .strictObject({
    perPerson: z
      .int({ error: "expected a whole number from 1 to 20" })
      .min(1, "expected a whole number from 1 to 20")
      .max(20, "expected a whole number from 1 to 20")
      .default(3)
      .describe(
        "How many votes (👍) each person has per round. Only a person's earliest votes count; the rest are reported as over budget. A topic that is discussed, parked or closed gives its votes back.",
      ),
    eligible: eligibleSchema,
    countAuthor: z
      .boolean({ error: "expected true or false" })
      .default(true)
      .describe("Whether a topic's author may vote for their own topic."),
    excludeBots: z
      .boolean({ error: "expected true or false" })
      .default(true)
      .describe("Ignore 👍 from bots and apps."),
    roundStart: isoDate
      .nullable()
      .default(null)
      .describe(
        "The day the current voting round began (YYYY-MM-DD, UTC). Votes cast before it do not count. Leave empty to count every vote. With ballots, it also names the round: a new roundStart starts new ballots under new pseudonyms.",
      ),
    source: z
      .enum(["reactions", "ballots"], { error: "expected reactions or ballots" })
      .default("reactions")
      .describe(
        "Where votes come from: reactions (a 👍 on the topic, public) or ballots (private dots placed on the ballot page, sealed under pseudonyms on the roundtable/ballots branch until the round closes; the app needs BALLOT_SECRET).",
      ),
    maxPerTopic: z
      .int({ error: "expected a whole number from 1 to 20" })
      .min(1, "expected a whole number from 1 to 20")
      .max(20, "expected a whole number from 1 to 20")
      .default(1)
      .describe(
        "With ballots: how many of a person's dots may go on one topic. At most perPerson. Reactions always give one.",
      ),
    reveal: z
      .enum(["live", "after-close"], { error: "expected live or after-close" })
      .default("live")
      .describe(
        'When counts are shown: live (always), or after-close (pages, the board, the room and the queue comment say "votes hidden until the round closes" until /close-votes on the meeting issue, the room\'s button, or roundEnd).',
      ),
    roundEnd: z.iso
      .datetime({ offset: true, error: "expected a date and time such as 2026-12-01T17:00:00Z" })
      .nullable()
      .default(null)
      .describe(
        "When the voting round closes by itself (ISO 8601 date and time, such as 2026-12-01T17:00:00Z). Ballots can no longer change after it, and hidden counts are shown.",
      ),
    ballotKey: z
      .string({
        error: 'expected the app\'s public ballot key, "ed25519:" and 44 characters of base64',
      })
      .regex(
        /^ed25519:[A-Za-z0-9+/]{43}=$/,
        'expected the app\'s public ballot key, "ed25519:" and 44 characters of base64 (shown on the ballot page)',
      )
      .nullable()
      .default(null)
      .describe(
        "With ballots: the app's public ballot key (ed25519:…, shown on the ballot page). The Action and the CLI check the ballot file's signatures with it, and need no secret. Without it they count no ballot.",
      ),
    batchSize: z
      .int({ error: "expected a whole number from 3 to 100" })
      .min(
        3,
        "expected a whole number from 3 to 100: fewer would let a commit tell whose ballot changed",
      )
      .max(100, "expected a whole number from 3 to 100")
      .default(3)
      .describe(
        "With ballots: a batch written to the ballots branch holds at least this many voters' changes (the round's end writes whatever waits, and says how many).",
      ),
  })
  .superRefine((votes, ctx) => {
    if (votes.maxPerTopic > votes.perPerson)
      ctx.addIssue({
        code: "custom",
        path: ["maxPerTopic"],
        input: votes.maxPerTopic,
        message: `expected at most perPerson (${votes.perPerson}): nobody can place more dots on one topic than they have; lower maxPerTopic or raise perPerson`,
      });
  })
  .prefault({})
  .describe("How votes are cast and counted: 👍 reactions or private ballots.");

const statusesSchema = z
  .strictObject({
    toDiscuss: label.default("To discuss").describe("Waiting in the queue, ordered by votes."),
    discussing: label.default("Discussing").describe("On the table in the current meeting."),
    discussed: label.default("Discussed").describe("Done; its votes are given back."),
    parked: label.default("Parked").describe("Set aside for now; its votes are given back."),
  })
  .prefault({})
  .describe("The names of the Status options on the project board, in the order a topic moves.");

const projectSchema = z
  .strictObject({
    owner: z
      .string()
      .regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, "expected an organisation or user login")
      .describe("The organisation or user that owns the project."),
    number: z
      .int({ error: "expected the project's number, as in /orgs/acme/projects/7" })
      .positive("expected the project's number, as in /orgs/acme/projects/7")
      .describe("The project's number, as in github.com/orgs/acme/projects/7."),
    fields: z
      .strictObject({
        status: label.default("Status").describe("Single-select field holding a topic's status."),
        lane: label.default("Lane").describe("Single-select field holding a roadmap item's lane."),
        quarter: label
          .default("Quarter")
          .describe("Single-select or iteration field holding a roadmap item's quarter."),
        slot: label
          .default("Slot")
          .describe(
            "Text or single-select field that /schedule sets to a session's start time (HH:MM), where the project has it.",
          ),
        room: label
          .default("Room")
          .describe(
            "Text or single-select field that /schedule sets to a session's room (Room 1, Room 2, …), where the project has it.",
          ),
      })
      .prefault({})
      .describe("The names of the project's fields that Roundtable reads and sets."),
    statusOptions: z
      .strictObject({
        toDiscuss: label.optional().describe("The option that means To discuss, such as Todo."),
        discussing: label
          .optional()
          .describe("The option that means Discussing, such as In Progress."),
        discussed: label.optional().describe("The option that means Discussed, such as Done."),
        parked: label.optional().describe("The option that means Parked."),
      })
      .prefault({})
      .superRefine((options, ctx) => {
        const seen = new Map<string, string>();
        for (const [status, name] of Object.entries(options)) {
          if (name === undefined) continue;
          const key = name.toLowerCase();
          if (seen.has(key))
            ctx.addIssue({
              code: "custom",
              path: [status],
              message: `expected each status on its own option; "${name}" is ${seen.get(key)} already`,
            });
          seen.set(key, status);
        }
      })
      .describe(
        "Existing options of the Status field to use for the topic statuses, when the board's options have other names than statuses (Todo for To discuss, say). A status left out uses its name under statuses.",
      ),
    setup: z
      .boolean({ error: "expected true or false" })
      .default(false)
      .describe(
        "Let sync add what the board lacks: the Status options, and the Lane and Quarter fields (as roundtable project setup does). Off, a board that lacks them is refused with a message naming what to add.",
      ),
  })
  .nullable()
  .default(null)
  .describe(
    "The GitHub Projects (v2) board that holds the queue. Leave empty to keep status and lanes in labels.",
  );

const laneSchema = z.strictObject({
  key: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]*$/,
      "expected a short key in lower case, such as production (it names the label lane:<key>)",
    )
    .describe("A short key in lower case; the label lane:<key> marks an item of this lane."),
  name: label.describe("The name of the lane: the option of the Lane field on the board."),
  description: z.string().max(500).default("").describe("What belongs in this lane."),
});

export const defaultLanes = [
  {
    key: "production",
    name: "Production",
    description: "Mature and stable: built to run in production.",
  },
  {
    key: "early",
    name: "Early",
    description: "Not yet mature, shipped early to learn from real use.",
  },
  {
    key: "research",
    name: "Research",
    description: "Entirely new: research and development.",
  },
];

const lanesSchema = z
  .array(laneSchema)
  .min(1, "expected at least one lane")
  .superRefine((lanes, ctx) => {
    const seen = new Set<string>();
    for (const [i, lane] of lanes.entries()) {
      if (seen.has(lane.key)) {
        ctx.addIssue({ code: "custom", path: [i, "key"], message: "expected each lane key once" });
      }
      seen.add(lane.key);
    }
  })
  // A copy for each config: zod copies a default array but not the objects in it, so one
  // config's edit to a lane would otherwise change every later config's lanes.
  .default(() => structuredClone(defaultLanes))
  .describe(
    "The roadmap's lanes, in order. The default is the three maturity lanes: production, early, research.",
  );

const path = z
  .string()
  .regex(
    /^(?!\/)(?!.*\.\.)[\w./-]+$/,
    "expected a path inside the repository, such as docs/topics.md",
  );

const pagesSchema = z
  .strictObject({
    topics: path.default("docs/topics.md").describe("The topic queue."),
    roadmap: path.default("docs/roadmap.md").describe("The roadmap, by lane and quarter."),
    okrs: path.default("docs/okrs").describe("The folder of quarterly and yearly OKR pages."),
    retros: path.default("docs/retros").describe("The folder of retro pages."),
    meetings: path.default("docs/meetings").describe("The folder of meeting pages."),
    takeaways: path.default("docs/takeaways.md").describe("The knowledge base of takeaways."),
    metrics: path.default("docs/metrics.md").describe("Participation and delivery metrics."),
  })
  .prefault({})
  .describe("Where the generated pages are written, relative to the repository root.");

const syncSchema = z
  .strictObject({
    queueIssue: z
      .int({ error: "expected an issue number" })
      .positive("expected an issue number")
      .nullable()
      .default(null)
      .describe(
        'An issue (a pinned "How we vote" issue, say) where Roundtable keeps one comment with the top of the queue. Leave empty for none.',
      ),
  })
  .prefault({})
  .describe("What the sync job keeps up to date besides the board.");

/** A facilitator: a login, or a team written `@org/team-slug`. */
const facilitator = z
  .string()
  .regex(
    /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})|@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[a-z0-9][a-z0-9_-]*)$/i,
    "expected a GitHub login such as octocat, or a team such as @acme/leads",
  );

const facilitatorsSchema = z
  .array(facilitator)
  .default([])
  .describe(
    "The people the group chose to run its meetings: logins, or teams written @org/team-slug (their members, read with the organisation permission Members: read). They facilitate any meeting, close the voting round and run /schedule, checked when the command is given (a team's members as GitHub said within the last minute); the logins named here also park and unpark any topic. A meeting opened by one of them (or by Roundtable) is trusted: it sets topics' statuses, closes the voting round and, with votes.eligible: participants, says who votes.",
  );

/** The repository roles GitHub gives, from the least access to the most. */
export const repositoryRoles = ["triage", "write", "maintain", "admin"] as const;

const facilitatorRolesSchema = z
  .array(z.enum(repositoryRoles, { error: `expected one of ${repositoryRoles.join(", ")}` }))
  .default(["write", "maintain", "admin"])
  .describe(
    "Repository roles whose people facilitate as well as those named in facilitators, looked up on GitHub when the command is given (GitHub's answer is kept a minute: a person whose role is taken away stops facilitating within a minute). [] leaves it to the people and teams named in facilitators. A meeting opened by anyone else still seats people and keeps its notes, but sets the status of no topic but its host's own, closes no voting round, does not say who votes and invites nobody to the repository.",
  );

const coSponsorsSchema = z
  .boolean({ error: "expected true or false" })
  .default(false)
  .describe(
    "Whether a topic may have more than one sponsor. The first assignee is the sponsor shown.",
  );

const roadmapSchema = z
  .strictObject({
    priority: z
      .enum(["default", "ice", "rice"], { error: "expected default, ice or rice" })
      .default("default")
      .describe(
        "How roadmap items are ranked: default (aligned × impact × importance × joy ÷ effort, from the roadmap form's questions), ice (impact × confidence × ease) or rice (reach × impact × confidence ÷ effort).",
      ),
    fiscalYearStart: z
      .int({ error: "expected a month from 1 (January) to 12" })
      .min(1, "expected a month from 1 (January) to 12")
      .max(12, "expected a month from 1 (January) to 12")
      .default(1)
      .describe("The month the fiscal year starts in (1 = January). Quarters are counted from it."),
  })
  .prefault({})
  .describe("How the roadmap is ranked and split into quarters.");

const typeName = z
  .string()
  .trim()
  .min(1, "expected an issue type's name, got an empty string")
  .max(50, "expected an issue type's name of at most 50 characters")
  .nullable();

const kindsSchema = z
  .strictObject({
    topic: typeName.default("Topic").describe("The issue type of a topic."),
    roadmap: typeName.default("Roadmap item").describe("The issue type of a roadmap item."),
    objective: typeName.default("Objective").describe("The issue type of a quarterly objective."),
    keyResult: typeName.default("Key result").describe("The issue type of a key result."),
  })
  .prefault({})
  .describe(
    "The organisation's issue types that make an issue a topic, a roadmap item, an objective or a key result. An issue is of a kind by its type, else by its label (labels); where the two disagree the type wins, and the roadmap page says so. null: by label only. Personal accounts have no issue types: labels alone work there.",
  );

const retroSchema = z
  .strictObject({
    daysBeforeEnd: z
      .int({ error: "expected a whole number of days from 0 to 60" })
      .min(0, "expected a whole number of days from 0 to 60")
      .max(60, "expected a whole number of days from 0 to 60")
      .default(14)
      .describe("How many days before a quarter ends the retro job opens its retro issue."),
  })
  .prefault({})
  .describe("The quarterly retrospective.");

/** Minutes, fractions allowed (0.5 is 30 seconds): short timeboxes are for trying things out. */
const minutes = (what: string, fallback: number) =>
  z
    .number({ error: "expected a number of minutes above 0 and at most 120, such as 8 or 0.5" })
    .positive("expected a number of minutes above 0 and at most 120, such as 8 or 0.5")
    .max(120, "expected a number of minutes above 0 and at most 120, such as 8 or 0.5")
    .default(fallback)
    .describe(`${what} Fractions are allowed: 0.5 is 30 seconds.`);

const checkinSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/, "expected a short name in lower case, such as decision")
    .describe("What follows /checkin to post this set, such as reflection."),
  answer: z
    .enum(["vote", "comment"], { error: "expected vote (👍 or 👎) or comment" })
    .describe(
      "vote: each statement is a comment to answer with 👍 or 👎; comment: people answer in comments.",
    ),
  statements: z
    .array(z.string().trim().min(1, "expected a statement").max(200))
    .min(1, "expected at least one statement")
    .max(10, "expected at most ten statements")
    .describe("The statements or questions, in order."),
});

export const defaultCheckins = [
  {
    name: "decision",
    answer: "vote" as const,
    statements: [
      "I agree with our decision and prioritisation.",
      "I understand the reasoning.",
      "I recognise the impact and side effects.",
    ],
  },
  {
    name: "reflection",
    answer: "comment" as const,
    statements: ["What am I thinking?", "What am I feeling?", "What do I want in this moment?"],
  },
];

const timeZone = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: "expected an IANA time zone, such as Europe/Berlin" },
);

const inviteSchema = z
  .strictObject({
    permission: z
      .enum(["read", "triage", "write"], { error: "expected read, triage or write" })
      .describe(
        "The role people who take a seat get on the repository (read → pull, write → push). GitHub honours it only on an organisation's repository: on a personal one every outside collaborator gets write access.",
      ),
    removeAfterDays: z
      .int({ error: "expected a whole number of days from 1 to 365" })
      .min(1, "expected a whole number of days from 1 to 365")
      .max(365, "expected a whole number of days from 1 to 365")
      .optional()
      .describe(
        "Remove the outside collaborators the app added itself this many days after their last meeting (and cancel their pending invitations). Absent: nobody is removed. Never touches anybody the app did not add.",
      ),
  })
  .optional()
  .describe(
    "Invite people who take a seat and cannot yet use the repository (the App needs the Administration permission). Absent: no invitations.",
  );

const weekdays = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
] as const;

const seriesSchema = z
  .strictObject({
    every: z
      .int({ error: "expected a whole number of weeks from 1 to 52" })
      .min(1, "expected a whole number of weeks from 1 to 52")
      .max(52, "expected a whole number of weeks from 1 to 52")
      .describe("A meeting every this many weeks."),
    weekday: z
      .enum(weekdays, { error: `expected a weekday: ${weekdays.join(", ")}` })
      .describe("The day of the week the meetings fall on."),
    start: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
        "expected the first meeting's local date and time, such as 2026-01-15T17:00",
      )
      .describe(
        "The first meeting, as a clock in timeZone shows it (YYYY-MM-DDTHH:MM); later ones keep its hour.",
      ),
    timeZone: timeZone.describe(
      "The time zone the meetings' hour is kept in, such as Europe/Berlin.",
    ),
    format: z
      .enum(["lean-coffee", "unconference"], { error: "expected lean-coffee or unconference" })
      .default("lean-coffee")
      .describe("The format of each meeting."),
    capacity: z
      .int({ error: "expected a whole number of seats from 1 to 500" })
      .min(1, "expected a whole number of seats from 1 to 500")
      .max(500, "expected a whole number of seats from 1 to 500")
      .default(12)
      .describe("Seats per meeting; past them, people wait in line."),
    durationMinutes: z
      .int({ error: "expected a whole number of minutes from 15 to 600" })
      .min(15, "expected a whole number of minutes from 15 to 600")
      .max(600, "expected a whole number of minutes from 15 to 600")
      .default(90)
      .describe("How long each meeting lasts."),
    openBefore: z
      .int({ error: "expected a whole number of days from 1 to 90" })
      .min(1, "expected a whole number of days from 1 to 90")
      .max(90, "expected a whole number of days from 1 to 90")
      .default(21)
      .describe("How many days ahead of a meeting its issue is opened."),
    skip: z
      .array(isoDate)
      .default([])
      .describe("Dates (YYYY-MM-DD, local) on which the series holds no meeting."),
  })
  .optional()
  .describe(
    "A series that runs itself: the scheduled Action and the app open each meeting's issue openBefore days ahead, once. Absent: meetings are opened by hand.",
  );

const meetingsSchema = z
  .strictObject({
    invite: inviteSchema,
    series: seriesSchema,
    sponsorMinutes: minutes("How long the sponsor opens a topic with /next.", 2),
    discussionMinutes: minutes("How long the group then discusses it before the roman vote.", 8),
    extensionMinutes: z
      .array(
        z
          .int({ error: "expected a whole number of minutes from 1 to 60" })
          .min(1, "expected a whole number of minutes from 1 to 60")
          .max(60, "expected a whole number of minutes from 1 to 60"),
      )
      .min(1, "expected at least one extension step")
      .default([5, 3])
      .describe(
        "How long a topic is extended when the roman vote says so: the first extension, the second, …; the last step repeats.",
      ),
    checkins: z
      .array(checkinSchema)
      .min(1, "expected at least one set of check-in statements")
      .superRefine((sets, ctx) => {
        const seen = new Set<string>();
        for (const [i, set] of sets.entries()) {
          if (seen.has(set.name))
            ctx.addIssue({ code: "custom", path: [i, "name"], message: "expected each name once" });
          seen.add(set.name);
        }
      })
      .default(() => structuredClone(defaultCheckins))
      .describe(
        "The check-ins a facilitator can post: /checkin posts the first set, /checkin <name> another. The default sets are decision (three statements answered 👍 or 👎) and reflection (three questions answered in comments).",
      ),
    reminderHours: z
      .int({ error: "expected a whole number of hours from 1 to 168" })
      .min(1, "expected a whole number of hours from 1 to 168")
      .max(168, "expected a whole number of hours from 1 to 168")
      .default(24)
      .describe(
        "How long before a meeting starts the channels get its reminder (meeting.reminder), sent by the Action's scheduled notify job.",
      ),
  })
  .prefault({})
  .describe("How the lean-coffee runner times topics and what /checkin asks.");

/** What Roundtable tells a channel, by name; the README describes each. */
export const notifyEvents = [
  "meeting.announced",
  "meeting.reminder",
  "topic.now",
  "timebox.ended",
  "topic.outcome",
  "meeting.ended",
  "retro.opened",
  "action-items",
  "digest",
] as const;

export type NotifyEvent = (typeof notifyEvents)[number];

/** The chat platforms a channel can be on; `webhook` is any HTTPS endpoint taking signed JSON. */
export const channelKinds = ["slack", "teams", "discord", "webhook"] as const;

export type ChannelKind = (typeof channelKinds)[number];

/**
 * `env:ROUNDTABLE_NAME`: the environment variable (the app) or the step's env (the Action) that
 * holds a secret. The YAML is a public file: a URL written there is refused, saying why, and never
 * echoed (the message would put it in a log or a comment). Only names starting ROUNDTABLE_ are
 * read, so a config can never point a channel at the app's own secrets (PRIVATE_KEY,
 * WEBHOOK_SECRET, REDIS_URL…).
 */
const secretRef = (what: string, example: string) =>
  z.string({ error: `expected env:NAME, such as env:${example}` }).superRefine((value, ctx) => {
    if (/^env:ROUNDTABLE_[A-Z0-9_]+$/.test(value)) return;
    const literal = /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());
    const other = /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(value.trim())?.[1];
    ctx.addIssue({
      code: "custom",
      message: literal
        ? `expected env:NAME, got the ${what} itself (not repeated here). This file is public: anyone who reads it can post to your channel. Put the ${what} in a secret (the app: the environment variable ${example}; the Action: a repository secret passed to the step as env ${example}), write env:${example} here, and revoke this one, since the file's history keeps it`
        : other
          ? `expected a variable named ROUNDTABLE_…, got env:${other}: Roundtable reads only those, so that a config never reaches the app's own secrets; name it env:ROUNDTABLE_${other.toUpperCase().replace(/^ROUNDTABLE_/, "")}`
          : `expected env:ROUNDTABLE_NAME, in capitals, digits and _, such as env:${example}; got something else (not repeated here, in case it is a secret)`,
    });
  });

/** An event name, or the one its author probably meant. */
const eventName = z.string().superRefine((value, ctx) => {
  if ((notifyEvents as readonly string[]).includes(value)) return;
  // "retro" means retro.opened; "meeting.anounced" is a typo of meeting.announced.
  const named = notifyEvents.find((e) => value.length > 2 && e.startsWith(value));
  const near = closest(value, [...notifyEvents]);
  const guess = named ?? (distance(value, near) <= Math.max(2, near.length / 3) ? near : null);
  const hint = guess ? `did you mean ${guess}? ` : "";
  ctx.addIssue({
    code: "custom",
    message: `unknown event; ${hint}expected one of ${notifyEvents.join(", ")}`,
  });
}) as unknown as z.ZodType<NotifyEvent, string>;

const channelSchema = z.strictObject({
  kind: z
    .enum(channelKinds, { error: `expected one of ${channelKinds.join(", ")}` })
    .describe(
      "The platform: slack (an incoming webhook), teams (a Workflows webhook), discord (a channel webhook) or webhook (signed JSON to any HTTPS endpoint).",
    ),
  url: secretRef("webhook URL", "ROUNDTABLE_SLACK_URL").describe(
    "env:ROUNDTABLE_NAME: the environment variable (app) or workflow env/secret (Action) holding the webhook URL. Never the URL itself: this file is public, and anyone with the URL can post to the channel.",
  ),
  secret: secretRef("signing secret", "ROUNDTABLE_WEBHOOK_SECRET")
    .optional()
    .describe(
      "For kind webhook: env:NAME of the secret that signs each request (X-Roundtable-Signature-256, an HMAC-SHA256 as GitHub signs its webhooks).",
    ),
  events: z
    .array(eventName)
    .min(1, "expected at least one event")
    .default([...notifyEvents])
    .describe(
      `What the channel is told; all by default. One or more of ${notifyEvents.join(", ")}.`,
    ),
});

const notifySchema = z
  .array(channelSchema)
  .max(10, "expected at most ten channels")
  .default([])
  .describe(
    "The group's channels (Slack, Teams, Discord, or any webhook) and what each is told. Each URL is read from the environment, never from this file.",
  );

export const configSchema = z
  .strictObject({
    labels: labelsSchema,
    votes: votesSchema,
    statuses: statusesSchema,
    project: projectSchema,
    lanes: lanesSchema,
    pages: pagesSchema,
    sync: syncSchema,
    facilitators: facilitatorsSchema,
    facilitatorRoles: facilitatorRolesSchema,
    coSponsors: coSponsorsSchema,
    roadmap: roadmapSchema,
    kinds: kindsSchema,
    retro: retroSchema,
    meetings: meetingsSchema,
    notify: notifySchema,
  })
  .describe("Roundtable's configuration: .github/roundtable.yml");

/** The configuration after defaults are applied. */
export type Config = z.output<typeof configSchema>;
/** The configuration as written in the file. */
export type ConfigInput = z.input<typeof configSchema>;
export type Eligible = Config["votes"]["eligible"];
export type RepositoryRole = (typeof repositoryRoles)[number];
export type Lane = Config["lanes"][number];
export type Channel = Config["notify"][number];
