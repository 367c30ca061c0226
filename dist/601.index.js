"use strict";export const id=601,ids=[601],modules={5147:((_t,Ie,k)=>{k.d(Ie,{xL:()=>P.x,l2:()=>pe,eQ:()=>ee.e,aF:()=>Z,o4:()=>Re});var P=k(1429),ee=k(104),te=k(1916),u=k(2857),ne=k(4377);const j=u.YjP().trim().min(1,"expected a label name, got an empty string").max(50),je=u.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected a GitHub login such as octocat"),J=ne.p6({error:"expected a date written as YYYY-MM-DD"}),oe=u.rej({topic:j.default("topic").describe("Marks an issue as a topic for the roundtable."),roadmap:j.default("roadmap").describe("Marks an issue as a roadmap item."),objective:j.default("objective").describe("Marks an issue as a quarterly objective."),keyResult:j.default("key-result").describe("Marks an issue as a key result."),meeting:j.default("meeting").describe("Marks an issue as a meeting."),retro:j.default("retro").describe("Marks an issue as a retrospective."),actionItem:j.default("action-item").describe("Marks an issue as an action item."),status:u.rej({toDiscuss:j.default("status:to-discuss").describe("Waiting in the queue."),discussing:j.default("status:discussing").describe("On the table now."),discussed:j.default("status:discussed").describe("Done; its votes are given back."),parked:j.default("status:parked").describe("Set aside; its votes are given back.")}).prefault({}).describe("Labels that hold a topic's status when no project board is configured. A topic with none is To discuss; a closed topic is Discussed.")}).prefault({}).describe("The labels Roundtable reads and writes. Rename them to fit labels you already use."),H=u.KCZ([u.k5n(["everyone","collaborators","participants"]),u.YOg(je).min(1,"expected at least one login in the list"),u.rej({team:u.YjP().regex(/^[a-z0-9][a-z0-9_-]*$/i,"expected a team slug").describe("The slug of a team of the repository's organisation, such as leadership.")})],{error:"expected everyone, collaborators, participants, a list of logins, or { team: <team-slug> } (a team of the repository's organisation)"}).default("everyone").describe("Whose \u{1F44D} count as votes: everyone, the repository's collaborators, the participants of the next meeting (those seated with /join on the open meeting issue with the earliest date), a list of logins, or the members of a team ({ team: slug })."),Se=u.rej({perPerson:u.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(3).describe("How many votes (\u{1F44D}) each person has per round. Only a person's earliest votes count; the rest are reported as over budget. A topic that is discussed, parked or closed gives its votes back."),eligible:H,countAuthor:u.zMY({error:"expected true or false"}).default(!0).describe("Whether a topic's author may vote for their own topic."),excludeBots:u.zMY({error:"expected true or false"}).default(!0).describe("Ignore \u{1F44D} from bots and apps."),roundStart:J.nullable().default(null).describe("The day the current voting round began (YYYY-MM-DD, UTC). Votes cast before it do not count. Leave empty to count every vote. With ballots, it also names the round: a new roundStart starts new ballots under new pseudonyms."),source:u.k5n(["reactions","ballots"],{error:"expected reactions or ballots"}).default("reactions").describe("Where votes come from: reactions (a \u{1F44D} on the topic, public) or ballots (private dots placed on the ballot page, sealed under pseudonyms on the roundtable/ballots branch until the round closes; the app needs BALLOT_SECRET)."),maxPerTopic:u.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(1).describe("With ballots: how many of a person's dots may go on one topic. At most perPerson. Reactions always give one."),reveal:u.k5n(["live","after-close"],{error:"expected live or after-close"}).default("live").describe(`When counts are shown: live (always), or after-close (pages, the board, the room and the queue comment say "votes hidden until the round closes" until /close-votes on the meeting issue, the room's button, or roundEnd).`),roundEnd:ne.w$({offset:!0,error:"expected a date and time such as 2026-12-01T17:00:00Z"}).nullable().default(null).describe("When the voting round closes by itself (ISO 8601 date and time, such as 2026-12-01T17:00:00Z). Ballots can no longer change after it, and hidden counts are shown."),ballotKey:u.YjP({error:`expected the app's public ballot key, "ed25519:" and 44 characters of base64`}).regex(/^ed25519:[A-Za-z0-9+/]{43}=$/,`expected the app's public ballot key, "ed25519:" and 44 characters of base64 (shown on the ballot page)`).nullable().default(null).describe("With ballots: the app's public ballot key (ed25519:\u2026, shown on the ballot page). The Action and the CLI check the ballot file's signatures with it, and need no secret. Without it they count no ballot."),batchSize:u.Whr({error:"expected a whole number from 3 to 100"}).min(3,"expected a whole number from 3 to 100: fewer would let a commit tell whose ballot changed").max(100,"expected a whole number from 3 to 100").default(3).describe("With ballots: a batch written to the ballots branch holds at least this many voters' changes (the round's end writes whatever waits, and says how many).")}).superRefine((l,m)=>{l.maxPerTopic>l.perPerson&&m.addIssue({code:"custom",path:["maxPerTopic"],input:l.maxPerTopic,message:`expected at most perPerson (${l.perPerson}): nobody can place more dots on one topic than they have; lower maxPerTopic or raise perPerson`})}).prefault({}).describe("How votes are cast and counted: \u{1F44D} reactions or private ballots."),re=u.rej({toDiscuss:j.default("To discuss").describe("Waiting in the queue, ordered by votes."),discussing:j.default("Discussing").describe("On the table in the current meeting."),discussed:j.default("Discussed").describe("Done; its votes are given back."),parked:j.default("Parked").describe("Set aside for now; its votes are given back.")}).prefault({}).describe("The names of the Status options on the project board, in the order a topic moves."),Pe=u.rej({owner:u.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected an organisation or user login").describe("The organisation or user that owns the project."),number:u.Whr({error:"expected the project's number, as in /orgs/acme/projects/7"}).positive("expected the project's number, as in /orgs/acme/projects/7").describe("The project's number, as in github.com/orgs/acme/projects/7."),fields:u.rej({status:j.default("Status").describe("Single-select field holding a topic's status."),lane:j.default("Lane").describe("Single-select field holding a roadmap item's lane."),quarter:j.default("Quarter").describe("Single-select or iteration field holding a roadmap item's quarter."),slot:j.default("Slot").describe("Text or single-select field that /schedule sets to a session's start time (HH:MM), where the project has it."),room:j.default("Room").describe("Text or single-select field that /schedule sets to a session's room (Room 1, Room 2, \u2026), where the project has it.")}).prefault({}).describe("The names of the project's fields that Roundtable reads and sets."),statusOptions:u.rej({toDiscuss:j.optional().describe("The option that means To discuss, such as Todo."),discussing:j.optional().describe("The option that means Discussing, such as In Progress."),discussed:j.optional().describe("The option that means Discussed, such as Done."),parked:j.optional().describe("The option that means Parked.")}).prefault({}).superRefine((l,m)=>{const f=new Map;for(const[b,I]of Object.entries(l)){if(I===void 0)continue;const C=I.toLowerCase();f.has(C)&&m.addIssue({code:"custom",path:[b],message:`expected each status on its own option; "${I}" is ${f.get(C)} already`}),f.set(C,b)}}).describe("Existing options of the Status field to use for the topic statuses, when the board's options have other names than statuses (Todo for To discuss, say). A status left out uses its name under statuses."),setup:u.zMY({error:"expected true or false"}).default(!1).describe("Let sync add what the board lacks: the Status options, and the Lane and Quarter fields (as roundtable project setup does). Off, a board that lacks them is refused with a message naming what to add.")}).nullable().default(null).describe("The GitHub Projects (v2) board that holds the queue. Leave empty to keep status and lanes in labels."),ae=u.rej({key:u.YjP().regex(/^[a-z0-9][a-z0-9-]*$/,"expected a short key in lower case, such as production (it names the label lane:<key>)").describe("A short key in lower case; the label lane:<key> marks an item of this lane."),name:j.describe("The name of the lane: the option of the Lane field on the board."),description:u.YjP().max(500).default("").describe("What belongs in this lane.")}),se=[{key:"production",name:"Production",description:"Mature and stable: built to run in production."},{key:"early",name:"Early",description:"Not yet mature, shipped early to learn from real use."},{key:"research",name:"Research",description:"Entirely new: research and development."}],Te=u.YOg(ae).min(1,"expected at least one lane").superRefine((l,m)=>{const f=new Set;for(const[b,I]of l.entries())f.has(I.key)&&m.addIssue({code:"custom",path:[b,"key"],message:"expected each lane key once"}),f.add(I.key)}).default(()=>structuredClone(se)).describe("The roadmap's lanes, in order. The default is the three maturity lanes: production, early, research."),B=u.YjP().regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/,"expected a path inside the repository, such as docs/topics.md"),ie=u.rej({topics:B.default("docs/topics.md").describe("The topic queue."),roadmap:B.default("docs/roadmap.md").describe("The roadmap, by lane and quarter."),okrs:B.default("docs/okrs").describe("The folder of quarterly and yearly OKR pages."),retros:B.default("docs/retros").describe("The folder of retro pages."),meetings:B.default("docs/meetings").describe("The folder of meeting pages."),takeaways:B.default("docs/takeaways.md").describe("The knowledge base of takeaways."),metrics:B.default("docs/metrics.md").describe("Participation and delivery metrics.")}).prefault({}).describe("Where the generated pages are written, relative to the repository root."),de=u.rej({queueIssue:u.Whr({error:"expected an issue number"}).positive("expected an issue number").nullable().default(null).describe('An issue (a pinned "How we vote" issue, say) where Roundtable keeps one comment with the top of the queue. Leave empty for none.')}).prefault({}).describe("What the sync job keeps up to date besides the board."),ve=u.YjP().regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})|@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[a-z0-9][a-z0-9_-]*)$/i,"expected a GitHub login such as octocat, or a team such as @acme/leads"),ke=u.YOg(ve).default([]).describe("The people the group chose to run its meetings: logins, or teams written @org/team-slug (their members, read with the organisation permission Members: read). They facilitate any meeting, close the voting round and run /schedule, checked when the command is given; the logins named here also park and unpark any topic. A meeting opened by one of them (or by Roundtable) is trusted: it sets topics' statuses, closes the voting round and, with votes.eligible: participants, says who votes."),R=["triage","write","maintain","admin"],ce=u.YOg(u.k5n(R,{error:`expected one of ${R.join(", ")}`})).default(["write","maintain","admin"]).describe("Repository roles whose people facilitate as well as those named in facilitators, looked up on GitHub when the command is given. [] leaves it to the people and teams named in facilitators. A meeting opened by anyone else still seats people and keeps its notes, but sets the status of no topic but its host's own, closes no voting round and does not say who votes."),xe=u.zMY({error:"expected true or false"}).default(!1).describe("Whether a topic may have more than one sponsor. The first assignee is the sponsor shown."),q=u.rej({priority:u.k5n(["default","ice","rice"],{error:"expected default, ice or rice"}).default("default").describe("How roadmap items are ranked: default (aligned \xD7 impact \xD7 importance \xD7 joy \xF7 effort, from the roadmap form's questions), ice (impact \xD7 confidence \xD7 ease) or rice (reach \xD7 impact \xD7 confidence \xF7 effort)."),fiscalYearStart:u.Whr({error:"expected a month from 1 (January) to 12"}).min(1,"expected a month from 1 (January) to 12").max(12,"expected a month from 1 (January) to 12").default(1).describe("The month the fiscal year starts in (1 = January). Quarters are counted from it.")}).prefault({}).describe("How the roadmap is ranked and split into quarters."),G=u.YjP().trim().min(1,"expected an issue type's name, got an empty string").max(50,"expected an issue type's name of at most 50 characters").nullable(),De=u.rej({topic:G.default("Topic").describe("The issue type of a topic."),roadmap:G.default("Roadmap item").describe("The issue type of a roadmap item."),objective:G.default("Objective").describe("The issue type of a quarterly objective."),keyResult:G.default("Key result").describe("The issue type of a key result.")}).prefault({}).describe("The organisation's issue types that make an issue a topic, a roadmap item, an objective or a key result. An issue is of a kind by its type, else by its label (labels); where the two disagree the type wins, and the roadmap page says so. null: by label only. Personal accounts have no issue types: labels alone work there."),rt=u.rej({daysBeforeEnd:u.Whr({error:"expected a whole number of days from 0 to 60"}).min(0,"expected a whole number of days from 0 to 60").max(60,"expected a whole number of days from 0 to 60").default(14).describe("How many days before a quarter ends the retro job opens its retro issue.")}).prefault({}).describe("The quarterly retrospective."),ue=(l,m)=>u.aig({error:"expected a number of minutes above 0 and at most 120, such as 8 or 0.5"}).positive("expected a number of minutes above 0 and at most 120, such as 8 or 0.5").max(120,"expected a number of minutes above 0 and at most 120, such as 8 or 0.5").default(m).describe(`${l} Fractions are allowed: 0.5 is 30 seconds.`),S=u.rej({name:u.YjP().regex(/^[a-z][a-z0-9-]*$/,"expected a short name in lower case, such as decision").describe("What follows /checkin to post this set, such as reflection."),answer:u.k5n(["vote","comment"],{error:"expected vote (\u{1F44D} or \u{1F44E}) or comment"}).describe("vote: each statement is a comment to answer with \u{1F44D} or \u{1F44E}; comment: people answer in comments."),statements:u.YOg(u.YjP().trim().min(1,"expected a statement").max(200)).min(1,"expected at least one statement").max(10,"expected at most ten statements").describe("The statements or questions, in order.")}),Y=[{name:"decision",answer:"vote",statements:["I agree with our decision and prioritisation.","I understand the reasoning.","I recognise the impact and side effects."]},{name:"reflection",answer:"comment",statements:["What am I thinking?","What am I feeling?","What do I want in this moment?"]}],Ae=u.YjP().refine(l=>{try{return new Intl.DateTimeFormat("en",{timeZone:l}),!0}catch{return!1}},{error:"expected an IANA time zone, such as Europe/Berlin"}),Ce=u.rej({permission:u.k5n(["read","triage","write"],{error:"expected read, triage or write"}).describe("The role people who take a seat get on the repository (read \u2192 pull, write \u2192 push). GitHub honours it only on an organisation's repository: on a personal one every outside collaborator gets write access."),removeAfterDays:u.Whr({error:"expected a whole number of days from 1 to 365"}).min(1,"expected a whole number of days from 1 to 365").max(365,"expected a whole number of days from 1 to 365").optional().describe("Remove the outside collaborators the app added itself this many days after their last meeting (and cancel their pending invitations). Absent: nobody is removed. Never touches anybody the app did not add.")}).optional().describe("Invite people who take a seat and cannot yet use the repository (the App needs the Administration permission). Absent: no invitations."),le=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],Fe=u.rej({every:u.Whr({error:"expected a whole number of weeks from 1 to 52"}).min(1,"expected a whole number of weeks from 1 to 52").max(52,"expected a whole number of weeks from 1 to 52").describe("A meeting every this many weeks."),weekday:u.k5n(le,{error:`expected a weekday: ${le.join(", ")}`}).describe("The day of the week the meetings fall on."),start:u.YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,"expected the first meeting's local date and time, such as 2026-01-15T17:00").describe("The first meeting, as a clock in timeZone shows it (YYYY-MM-DDTHH:MM); later ones keep its hour."),timeZone:Ae.describe("The time zone the meetings' hour is kept in, such as Europe/Berlin."),format:u.k5n(["lean-coffee","unconference"],{error:"expected lean-coffee or unconference"}).default("lean-coffee").describe("The format of each meeting."),capacity:u.Whr({error:"expected a whole number of seats from 1 to 500"}).min(1,"expected a whole number of seats from 1 to 500").max(500,"expected a whole number of seats from 1 to 500").default(12).describe("Seats per meeting; past them, people wait in line."),durationMinutes:u.Whr({error:"expected a whole number of minutes from 15 to 600"}).min(15,"expected a whole number of minutes from 15 to 600").max(600,"expected a whole number of minutes from 15 to 600").default(90).describe("How long each meeting lasts."),openBefore:u.Whr({error:"expected a whole number of days from 1 to 90"}).min(1,"expected a whole number of days from 1 to 90").max(90,"expected a whole number of days from 1 to 90").default(21).describe("How many days ahead of a meeting its issue is opened."),skip:u.YOg(J).default([]).describe("Dates (YYYY-MM-DD, local) on which the series holds no meeting.")}).optional().describe("A series that runs itself: the scheduled Action and the app open each meeting's issue openBefore days ahead, once. Absent: meetings are opened by hand."),v=u.rej({invite:Ce,series:Fe,sponsorMinutes:ue("How long the sponsor opens a topic with /next.",2),discussionMinutes:ue("How long the group then discusses it before the roman vote.",8),extensionMinutes:u.YOg(u.Whr({error:"expected a whole number of minutes from 1 to 60"}).min(1,"expected a whole number of minutes from 1 to 60").max(60,"expected a whole number of minutes from 1 to 60")).min(1,"expected at least one extension step").default([5,3]).describe("How long a topic is extended when the roman vote says so: the first extension, the second, \u2026; the last step repeats."),checkins:u.YOg(S).min(1,"expected at least one set of check-in statements").superRefine((l,m)=>{const f=new Set;for(const[b,I]of l.entries())f.has(I.name)&&m.addIssue({code:"custom",path:[b,"name"],message:"expected each name once"}),f.add(I.name)}).default(()=>structuredClone(Y)).describe("The check-ins a facilitator can post: /checkin posts the first set, /checkin <name> another. The default sets are decision (three statements answered \u{1F44D} or \u{1F44E}) and reflection (three questions answered in comments)."),reminderHours:u.Whr({error:"expected a whole number of hours from 1 to 168"}).min(1,"expected a whole number of hours from 1 to 168").max(168,"expected a whole number of hours from 1 to 168").default(24).describe("How long before a meeting starts the channels get its reminder (meeting.reminder), sent by the Action's scheduled notify job.")}).prefault({}).describe("How the lean-coffee runner times topics and what /checkin asks."),W=["meeting.announced","meeting.reminder","topic.now","timebox.ended","topic.outcome","meeting.ended","retro.opened","action-items","digest"],Ve=["slack","teams","discord","webhook"],Ee=(l,m)=>u.YjP({error:`expected env:NAME, such as env:${m}`}).superRefine((f,b)=>{if(/^env:ROUNDTABLE_[A-Z0-9_]+$/.test(f))return;const I=/^[a-z][a-z0-9+.-]*:\/\//i.test(f.trim()),C=/^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(f.trim())?.[1];b.addIssue({code:"custom",message:I?`expected env:NAME, got the ${l} itself (not repeated here). This file is public: anyone who reads it can post to your channel. Put the ${l} in a secret (the app: the environment variable ${m}; the Action: a repository secret passed to the step as env ${m}), write env:${m} here, and revoke this one, since the file's history keeps it`:C?`expected a variable named ROUNDTABLE_\u2026, got env:${C}: Roundtable reads only those, so that a config never reaches the app's own secrets; name it env:ROUNDTABLE_${C.toUpperCase().replace(/^ROUNDTABLE_/,"")}`:`expected env:ROUNDTABLE_NAME, in capitals, digits and _, such as env:${m}; got something else (not repeated here, in case it is a secret)`})}),Oe=u.YjP().superRefine((l,m)=>{if(W.includes(l))return;const f=W.find(A=>l.length>2&&A.startsWith(l)),b=(0,te.kp)(l,[...W]),I=f??((0,te.Io)(l,b)<=Math.max(2,b.length/3)?b:null),C=I?`did you mean ${I}? `:"";m.addIssue({code:"custom",message:`unknown event; ${C}expected one of ${W.join(", ")}`})}),_e=u.rej({kind:u.k5n(Ve,{error:`expected one of ${Ve.join(", ")}`}).describe("The platform: slack (an incoming webhook), teams (a Workflows webhook), discord (a channel webhook) or webhook (signed JSON to any HTTPS endpoint)."),url:Ee("webhook URL","ROUNDTABLE_SLACK_URL").describe("env:ROUNDTABLE_NAME: the environment variable (app) or workflow env/secret (Action) holding the webhook URL. Never the URL itself: this file is public, and anyone with the URL can post to the channel."),secret:Ee("signing secret","ROUNDTABLE_WEBHOOK_SECRET").optional().describe("For kind webhook: env:NAME of the secret that signs each request (X-Roundtable-Signature-256, an HMAC-SHA256 as GitHub signs its webhooks)."),events:u.YOg(Oe).min(1,"expected at least one event").default([...W]).describe(`What the channel is told; all by default. One or more of ${W.join(", ")}.`)}),Be=u.YOg(_e).max(10,"expected at most ten channels").default([]).describe("The group's channels (Slack, Teams, Discord, or any webhook) and what each is told. Each URL is read from the environment, never from this file."),me=u.rej({labels:oe,votes:Se,statuses:re,project:Pe,lanes:Te,pages:ie,sync:de,facilitators:ke,facilitatorRoles:ce,coSponsors:xe,roadmap:q,kinds:De,retro:rt,meetings:v,notify:Be}).describe("Roundtable's configuration: .github/roundtable.yml");function at(){return configSchema.parse({})}var U=k(8815);function Re(l,m=ee.e){qe(l,m);const f=new U.LineCounter,b=(0,U.parseDocument)(l,{lineCounter:f,prettyErrors:!1,uniqueKeys:!0}),I=A=>f.linePos(A);if(b.errors.length>0){const A=b.errors.map(D=>{const{line:E,col:K}=I(D.pos[0]),be=D.message.split(`
`)[0]??D.message;return{path:"",line:E,column:K,message:`this is not valid YAML (${be.replace(/ at line \d+, column \d+:?$/,"")}); check the indentation and quoting on this line`}});throw new P.x(m,A,{cause:b.errors[0]})}const C=b.contents===null?{}:b.toJS();if(b.contents!==null&&!(0,U.isMap)(b.contents)){const{line:A,col:D}=I(b.contents.range?.[0]??0);throw new P.x(m,[{path:"",line:A,column:D,message:'expected a mapping of settings such as "votes:"',given:fe(C)}])}return pe(C,m,(A,D)=>{const E=D===void 0?ge(b.contents,A):He(b.contents,A,D),{line:K,col:be}=I(E?.range?.[0]??0);return{line:K,column:be}})}function pe(l,m,f){const b=me.safeParse(l??{});if(b.success)return b.data;const I=b.error.issues.flatMap(A=>{const D=A.path;return A.code==="unrecognized_keys"?A.keys.map(E=>({issue:A,path:D,key:E})):[{issue:A,path:D,key:void 0}]}),C=I.slice(0,P.O).map(({issue:A,path:D,key:E})=>E!==void 0?{path:he([...D,E]),...f?.(D,E)??{},message:`unknown setting${We(E,Ge(D))}`}:{path:he(D),...f?.(D)??{},message:Ue(A),...Me(D)?{}:{given:fe(Le(l,D))}});throw new P.x(m,C,{cause:b.error,total:I.length})}const Z=256*1024;function qe(l,m){const f=Buffer.byteLength(l,"utf8");if(!(f<=Z))throw new P.x(m,[{path:"",message:`the file is ${Math.ceil(f/1024)} KB; Roundtable reads configs of at most ${Z/1024} KB: keep only the settings that differ from the defaults`}])}function Ue(l){if(!l.message.startsWith("Invalid")&&!l.message.startsWith("Too "))return l.message;switch(l.code){case"invalid_type":return`expected ${Ne(l.expected)}`;case"invalid_value":return`expected one of ${l.values.map(m=>JSON.stringify(m)).join(", ")}`;case"too_small":return`expected at least ${String(l.minimum)}`;case"too_big":return`expected at most ${String(l.maximum)}`;default:return"expected a valid value (see schema/roundtable.schema.json)"}}function Ne(l){return{string:"text",number:"a number",int:"a whole number",boolean:"true or false",object:"a mapping of settings",array:"a list",null:"nothing"}[l]??l}function fe(l){if(l===void 0)return"nothing";if(l===null)return"an empty value";if(Array.isArray(l))return"a list";if(typeof l=="object")return"a mapping";const m=JSON.stringify(l);return m.length>60?`${m.slice(0,57)}\u2026"`:m}function Me(l){return l[0]==="notify"&&(l[2]==="url"||l[2]==="secret")}function he(l){return l.reduce((m,f)=>typeof f=="number"?`${m}[${f}]`:m===""?String(f):`${m}.${f}`,"")}function Le(l,m){let f=l;for(const b of m){if(f===null||typeof f!="object")return;f=f[b]}return f}function ge(l,m){let f=l;for(const b of m){if(!(0,U.isCollection)(f))return f;const I=f.get(b,!0);if(I==null)return f;f=I}return f}function He(l,m,f){const b=ge(l,m);return(0,U.isMap)(b)?b.items.find(C=>(0,U.isScalar)(C.key)&&C.key.value===f)?.key??b:b}function Ge(l){let m=me;for(const b of l)m=x(m),typeof b=="number"?m=m.element:m=m.shape?.[b];const f=x(m)?.shape;return f?Object.keys(f):[]}function x(l){let m=l;for(;m?.def?.innerType;)m=m.def.innerType;return m}function We(l,m){if(m.length===0)return"";const f=m.find(I=>I.toLowerCase()===l.toLowerCase().replace(/[-_]/g,"")),b=`expected one of ${m.join(", ")}`;return f?` (did you mean ${f}? ${b})`:` (${b})`}}),2601:((_t,Ie,k)=>{k.d(Ie,{d5:()=>ht,wc:()=>we,PX:()=>Fn,zu:()=>Je,UU:()=>Yn,lc:()=>Qe,J1:()=>dt,N2:()=>co,Z5:()=>Tt,Wx:()=>yo,k2:()=>$o,Wh:()=>jo,gn:()=>To,Fj:()=>ut,xT:()=>vo});var P=k(4007);const ee=[["POST",/\/repos\/[^/]+\/[^/]+\/issues\/[^/]+\/comments$/],["POST",/\/repos\/[^/]+\/[^/]+\/issues$/],["POST",/\/repos\/[^/]+\/[^/]+\/pulls$/],["POST",/\/repos\/[^/]+\/[^/]+\/labels$/],["POST",/\/repos\/[^/]+\/[^/]+\/git\/refs$/],["PUT",/\/repos\/[^/]+\/[^/]+\/collaborators\/[^/]+$/]],te=/\b(createCommitOnBranch|createProjectV2Field|createProjectV2StatusUpdate|createIssue|addSubIssue)\s*\(/;function u(e){const t=decodeURIComponent(new URL(e.url,"http://github.test").pathname);if(/\/graphql$/.test(t)){const n=e.query??e.data?.query;return typeof n=="string"&&te.test(n)}return ee.some(([n,o])=>n===e.method&&o.test(t))}var ne=k(8474);const j=2e4,je=3e5;function J(e,t){const n=Number(e);return e&&Number.isFinite(n)&&n>0?n:t}class oe extends P.D9{operation;name="RequestTimeoutError";request;constructor(t,n,o){super(n,{where:{operation:t}}),this.operation=t,this.request={...o,request:{retries:0}}}}function H(e){const t=e.query??e.data?.query;return typeof t=="string"?`GraphQL ${/\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(t)?.[1]??"request"}`:`${e.method} ${e.url}`}function Se(e,t={}){const n=t.requestTimeoutMs??j;t.budget&&(0,ne.setMaxListeners)(0,t.budget),e.hook.wrap("request",async(o,r)=>{const s=H(r);if(t.budget?.aborted)throw re(s,r,n,t.budget);const a=new AbortController,d=setTimeout(()=>a.abort(),n),i=()=>a.abort();t.budget?.addEventListener("abort",i,{once:!0}),r.request={...r.request,signal:a.signal};try{return await o(r)}catch(c){throw a.signal.aborted?re(s,r,n,t.budget):c}finally{clearTimeout(d),t.budget?.removeEventListener("abort",i)}})}function re(e,t,n,o){const r=o?.aborted?`${e}: gave up, the job ran past its time budget; run it again`:`${e}: GitHub did not answer within ${n/1e3} s; gave up (run again, or raise ROUNDTABLE_REQUEST_TIMEOUT_MS)`;return new oe(e,r,{method:t.method,url:t.url})}function Pe(e,t){Se(e,t)}class ae extends P.D9{name="CutOffAnswerError"}const se=3;function Te(e,t){if(e.status===204||e.status===304)return!1;const n=String(e.headers["content-type"]??"");if(!/json/i.test(n))return!1;if(e.data==="")return!0;if(ie(t)){const o=e.data;return!o||o.data===void 0&&o.errors===void 0}return!1}function B(e){e.hook.wrap("request",async(t,n)=>{for(let o=1;;o++){const r=await t(n);if(!Te(r,n))return r;const s=u(n);if(s&&r.status<300&&!ie(n))return r;if(s||o>=se)throw new ae(`${H(n)}: GitHub's answer was cut off${s?"":` (${se} times)`}: the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,{where:{operation:H(n)}})}})}const ie=e=>/\/graphql$/.test(new URL(e.url,"http://github.test").pathname);function de(e){const t=e;if(t?.status!==500||!(t.cause instanceof Error))return!1;const n=t.cause,o=n.cause?.code??n.code;return["ECONNREFUSED","ENOTFOUND","EAI_AGAIN","EHOSTUNREACH"].includes(String(o))}function ve(e,t,n){if(e instanceof oe||de(e))return;const o=e?.status;if(o===429){const r=Number(e.response?.headers?.["retry-after"]);return Number.isFinite(r)&&r>=0?r:n**2}if(!(o===void 0||o<500))return u(t)?void 0:n**2}function ke(e,t){const n=t.resend??{};if(n.enabled===!1)return;const o=n.retries??3,r=n.retryAfterBaseValue??1e3,s=n.maxWaitMs??Number.POSITIVE_INFINITY;e.hook.wrap("request",async(a,d)=>{for(let i=1;;i++)try{return await a(d)}catch(c){const p=i>o?void 0:ve(c,d,i);if(p===void 0||p*r>s)throw c;await new Promise(h=>setTimeout(h,p*r))}})}const R={request:{retries:0}};function ce(e){if(de(e))return!1;const t=e?.status;return t===void 0||t>=500}const xe=(e,t)=>new Promise(n=>setTimeout(n,t*2**(e-1)));async function q(e,t,{tries:n=3,baseMs:o=G()}={}){for(let r=1;;r++)try{return await t()}catch(s){if(r>=n||!ce(s))throw s;await xe(r,o);const a=await e();if(a!==void 0)return a}}function G(e=process.env){const t=Number(e.ROUNDTABLE_RETRY_BASE_MS);return e.ROUNDTABLE_RETRY_BASE_MS&&Number.isFinite(t)&&t>=0?t:1e3}const De=2e4;function rt(e,t){const n=retryBaseMs(t),o=Number(t.ROUNDTABLE_WAIT_MAX_MS)>0?Number(t.ROUNDTABLE_WAIT_MAX_MS):De,r=s=>(a,d,i,c)=>{const p=a*n,h=c<3&&p<=o;return i.log?.warn(`${s} rate limit on ${d.method} ${d.url}: ${h?`waiting ${a} s, then retrying`:`Retry-After ${a} s is past this delivery's time; left to a retry`}`),h};return e.plugin(safeRetry).defaults(s=>({...s,throttle:{...s.throttle??{},onSecondaryRateLimit:r("secondary"),onRateLimit:r("primary"),retryAfterBaseValue:n},retry:{...s.retry??{},enabled:!1},resend:s.resend??{enabled:s.retry?.enabled!==!1,retryAfterBaseValue:n,maxWaitMs:o}}))}var ue=k(3779);async function S(e,t,n){const o=e.request;return o(t,n)}function Y(e,t,n){return ue.wN.iterator(e,t,{...n,per_page:100})}const Ae={describe:e=>`assign ${e.login} to #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:n,repo:o,issue_number:e.issue,assignees:[e.login]})}},Ce={describe:e=>`add the label "${e.label}" to #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/labels",{owner:n,repo:o,issue_number:e.issue,labels:[e.label]})}};async function le(e,{owner:t,repo:n,issue:o}){try{const{data:r}=await S(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:t,repo:n,issue_number:o});return r.number}catch(r){if(r.status===404)return null;throw r}}const Fe={describe:e=>`make #${e.child} a sub-issue of #${e.parent}`,async apply(e,{github:t,owner:n,repo:o}){const{data:r}=await S(t,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:n,repo:o,issue_number:e.child});try{await S(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",{owner:n,repo:o,issue_number:e.parent,sub_issue_id:r.id})}catch(s){if(s.status!==422)throw s;const a=await le(t,{owner:n,repo:o,issue:e.child});if(a===e.parent)return;throw new P.D9(`#${e.child} could not be made a sub-issue of #${e.parent}: ${a?`it is a sub-issue of #${a}`:"GitHub refused it (a parent has at most 100 sub-issues, and a tree at most 8 levels)"}`,{cause:s})}}};class v extends String{__apiType;value;__meta__;constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}}const W=new v(`
    fragment FieldValueName on ProjectV2ItemFieldValue {
  ... on ProjectV2ItemFieldSingleSelectValue {
    name
  }
  ... on ProjectV2ItemFieldIterationValue {
    title
  }
}
    `,{fragmentName:"FieldValueName"}),Ve=new v(`
    fragment Board on ProjectV2 {
  id
  title
  url
  fields(first: 50) {
    nodes {
      ... on ProjectV2FieldCommon {
        id
        name
        dataType
      }
      ... on ProjectV2SingleSelectField {
        options {
          id
          name
          color
          description
        }
      }
      ... on ProjectV2IterationField {
        configuration {
          iterations {
            id
            title
          }
        }
      }
    }
  }
  items(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      isArchived
      content {
        ... on Issue {
          number
          repository {
            nameWithOwner
          }
        }
      }
    }
  }
}
    `,{fragmentName:"Board"}),Ee=new v(`
    fragment QuarterIteration on ProjectV2IterationFieldIteration {
  id
  title
  startDate
  duration
}
    `,{fragmentName:"QuarterIteration"}),Oe=new v(`
    fragment Upvotes on ReactionConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    createdAt
    user {
      login
    }
  }
}
    `,{fragmentName:"Upvotes"}),_e=new v(`
    mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: {projectId: $projectId, contentId: $contentId}) {
    item {
      id
    }
  }
}
    `),Be=new v(`
    query BoardNodes($ids: [ID!]!, $withProject: Boolean!, $statusField: String!, $laneField: String!, $quarterField: String!) {
  rateLimit {
    cost
    remaining
  }
  nodes(ids: $ids) {
    ... on Issue {
      id
      number
      parent {
        number
      }
      reactions(
        content: THUMBS_UP
        first: 100
        orderBy: {field: CREATED_AT, direction: ASC}
      ) {
        ...Upvotes
      }
      projectItems(first: 10) @include(if: $withProject) {
        nodes {
          id
          project {
            number
            owner {
              ... on Organization {
                login
              }
              ... on User {
                login
              }
            }
          }
          status: fieldValueByName(name: $statusField) {
            ...FieldValueName
          }
          lane: fieldValueByName(name: $laneField) {
            ...FieldValueName
          }
          quarter: fieldValueByName(name: $quarterField) {
            ...FieldValueName
          }
        }
      }
    }
  }
}
    fragment FieldValueName on ProjectV2ItemFieldValue {
  ... on ProjectV2ItemFieldSingleSelectValue {
    name
  }
  ... on ProjectV2ItemFieldIterationValue {
    title
  }
}
fragment Upvotes on ReactionConnection {
  pageInfo {
    hasNextPage
    endCursor
  }
  nodes {
    createdAt
    user {
      login
    }
  }
}`),me=new v(`
    query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
  repository(owner: $owner, name: $name) {
    defaultBranchRef {
      name
      target {
        oid
      }
    }
    ref(qualifiedName: $qualifiedName) {
      target {
        oid
      }
    }
  }
}
    `),at=new v(`
    mutation CreateCommit($branch: CommittableBranch!, $expectedHeadOid: GitObjectID!, $message: CommitMessage!, $fileChanges: FileChanges!) {
  createCommitOnBranch(
    input: {branch: $branch, expectedHeadOid: $expectedHeadOid, message: $message, fileChanges: $fileChanges}
  ) {
    commit {
      oid
      url
    }
  }
}
    `),U=new v(`
    mutation CreateIterationField($projectId: ID!, $name: String!, $configuration: ProjectV2IterationFieldConfigurationInput!) {
  createProjectV2Field(
    input: {projectId: $projectId, dataType: ITERATION, name: $name, iterationConfiguration: $configuration}
  ) {
    projectV2Field {
      ... on ProjectV2IterationField {
        id
        name
      }
    }
  }
}
    `),Re=new v(`
    mutation CreateProjectField($projectId: ID!, $name: String!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  createProjectV2Field(
    input: {projectId: $projectId, dataType: SINGLE_SELECT, name: $name, singleSelectOptions: $options}
  ) {
    projectV2Field {
      ... on ProjectV2SingleSelectField {
        id
        name
      }
    }
  }
}
    `),pe=new v(`
    mutation CreateProjectStatusUpdate($projectId: ID!, $status: ProjectV2StatusUpdateStatus!, $body: String!, $startDate: Date, $targetDate: Date) {
  createProjectV2StatusUpdate(
    input: {projectId: $projectId, status: $status, body: $body, startDate: $startDate, targetDate: $targetDate}
  ) {
    statusUpdate {
      id
      createdAt
    }
  }
}
    `),Z=new v(`
    query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Blob {
        text
      }
    }
  }
}
    `),qe=new v(`
    query IssueComments($id: ID!, $after: String) {
  rateLimit {
    cost
  }
  node(id: $id) {
    ... on Issue {
      comments(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          databaseId
          url
          body
          createdAt
          author {
            __typename
            login
          }
          up: reactions(content: THUMBS_UP, first: 100) {
            totalCount
            nodes {
              user {
                login
              }
            }
          }
          down: reactions(content: THUMBS_DOWN, first: 100) {
            nodes {
              user {
                login
              }
            }
          }
          reactionGroups {
            content
            viewerHasReacted
          }
        }
      }
    }
  }
}
    `),Ue=new v(`
    mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
  updateProjectV2ItemPosition(
    input: {projectId: $projectId, itemId: $itemId, afterId: $afterId}
  ) {
    clientMutationId
  }
}
    `),Ne=new v(`
    query ProjectBoard($owner: String!, $number: Int!, $after: String) {
  repositoryOwner(login: $owner) {
    ... on Organization {
      projectV2(number: $number) {
        ...Board
      }
    }
    ... on User {
      projectV2(number: $number) {
        ...Board
      }
    }
  }
}
    fragment Board on ProjectV2 {
  id
  title
  url
  fields(first: 50) {
    nodes {
      ... on ProjectV2FieldCommon {
        id
        name
        dataType
      }
      ... on ProjectV2SingleSelectField {
        options {
          id
          name
          color
          description
        }
      }
      ... on ProjectV2IterationField {
        configuration {
          iterations {
            id
            title
          }
        }
      }
    }
  }
  items(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      isArchived
      content {
        ... on Issue {
          number
          repository {
            nameWithOwner
          }
        }
      }
    }
  }
}`),fe=new v(`
    query ProjectItemContent($id: ID!) {
  node(id: $id) {
    ... on Issue {
      number
      repository {
        name
        owner {
          login
        }
      }
    }
  }
}
    `),Me=new v(`
    query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {
  node(id: $projectId) {
    ... on ProjectV2 {
      field(name: $field) {
        ... on ProjectV2IterationField {
          id
          name
          configuration {
            duration
            iterations {
              ...QuarterIteration
            }
            completedIterations {
              ...QuarterIteration
            }
          }
        }
      }
      items(first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          quarter: fieldValueByName(name: $field) {
            ... on ProjectV2ItemFieldIterationValue {
              iterationId
              title
            }
          }
        }
      }
    }
  }
}
    fragment QuarterIteration on ProjectV2IterationFieldIteration {
  id
  title
  startDate
  duration
}`),he=new v(`
    query ProjectStatusUpdates($projectId: ID!) {
  node(id: $projectId) {
    ... on ProjectV2 {
      statusUpdates(first: 10, orderBy: {field: CREATED_AT, direction: DESC}) {
        nodes {
          id
          status
          body
          startDate
          createdAt
          creator {
            login
          }
        }
      }
    }
  }
}
    `),Le=new v(`
    mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
  updateProjectV2Field(input: {fieldId: $fieldId, singleSelectOptions: $options}) {
    projectV2Field {
      ... on ProjectV2SingleSelectField {
        id
        options {
          id
          name
        }
      }
    }
  }
}
    `),ge=new v(`
    mutation UpdateItemField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(
    input: {projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value}
  ) {
    projectV2Item {
      id
    }
  }
}
    `),He=new v(`
    mutation UpdateIterationField($fieldId: ID!, $configuration: ProjectV2IterationFieldConfigurationInput!) {
  updateProjectV2Field(
    input: {fieldId: $fieldId, iterationConfiguration: $configuration}
  ) {
    projectV2Field {
      ... on ProjectV2IterationField {
        id
        configuration {
          iterations {
            id
            title
            startDate
          }
        }
      }
    }
  }
}
    `),Ge={"\n  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {\n    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {\n      item {\n        id\n      }\n    }\n  }\n":_e,"\n  query BoardNodes(\n    $ids: [ID!]!\n    $withProject: Boolean!\n    $statusField: String!\n    $laneField: String!\n    $quarterField: String!\n  ) {\n    rateLimit {\n      cost\n      remaining\n    }\n    nodes(ids: $ids) {\n      ... on Issue {\n        id\n        number\n        parent {\n          number\n        }\n        reactions(content: THUMBS_UP, first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          ...Upvotes\n        }\n        projectItems(first: 10) @include(if: $withProject) {\n          nodes {\n            id\n            project {\n              number\n              owner {\n                ... on Organization {\n                  login\n                }\n                ... on User {\n                  login\n                }\n              }\n            }\n            status: fieldValueByName(name: $statusField) {\n              ...FieldValueName\n            }\n            lane: fieldValueByName(name: $laneField) {\n              ...FieldValueName\n            }\n            quarter: fieldValueByName(name: $quarterField) {\n              ...FieldValueName\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment FieldValueName on ProjectV2ItemFieldValue {\n    ... on ProjectV2ItemFieldSingleSelectValue {\n      name\n    }\n    ... on ProjectV2ItemFieldIterationValue {\n      title\n    }\n  }\n":Be,"\n  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {\n    repository(owner: $owner, name: $name) {\n      defaultBranchRef {\n        name\n        target {\n          oid\n        }\n      }\n      ref(qualifiedName: $qualifiedName) {\n        target {\n          oid\n        }\n      }\n    }\n  }\n":me,"\n  mutation CreateCommit(\n    $branch: CommittableBranch!\n    $expectedHeadOid: GitObjectID!\n    $message: CommitMessage!\n    $fileChanges: FileChanges!\n  ) {\n    createCommitOnBranch(\n      input: {\n        branch: $branch\n        expectedHeadOid: $expectedHeadOid\n        message: $message\n        fileChanges: $fileChanges\n      }\n    ) {\n      commit {\n        oid\n        url\n      }\n    }\n  }\n":at,"\n  mutation CreateIterationField(\n    $projectId: ID!\n    $name: String!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: ITERATION\n        name: $name\n        iterationConfiguration: $configuration\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          name\n        }\n      }\n    }\n  }\n":U,"\n  mutation CreateProjectField(\n    $projectId: ID!\n    $name: String!\n    $options: [ProjectV2SingleSelectFieldOptionInput!]\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: SINGLE_SELECT\n        name: $name\n        singleSelectOptions: $options\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          name\n        }\n      }\n    }\n  }\n":Re,"\n  mutation CreateProjectStatusUpdate(\n    $projectId: ID!\n    $status: ProjectV2StatusUpdateStatus!\n    $body: String!\n    $startDate: Date\n    $targetDate: Date\n  ) {\n    createProjectV2StatusUpdate(\n      input: {\n        projectId: $projectId\n        status: $status\n        body: $body\n        startDate: $startDate\n        targetDate: $targetDate\n      }\n    ) {\n      statusUpdate {\n        id\n        createdAt\n      }\n    }\n  }\n":pe,"\n  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {\n    repository(owner: $owner, name: $name) {\n      object(expression: $expression) {\n        ... on Blob {\n          text\n        }\n      }\n    }\n  }\n":Z,"\n  query IssueComments($id: ID!, $after: String) {\n    rateLimit {\n      cost\n    }\n    node(id: $id) {\n      ... on Issue {\n        comments(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            databaseId\n            url\n            body\n            createdAt\n            author {\n              __typename\n              login\n            }\n            up: reactions(content: THUMBS_UP, first: 100) {\n              totalCount\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            down: reactions(content: THUMBS_DOWN, first: 100) {\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            reactionGroups {\n              content\n              viewerHasReacted\n            }\n          }\n        }\n      }\n    }\n  }\n":qe,"\n  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {\n    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {\n      clientMutationId\n    }\n  }\n":Ue,"\n  query ProjectBoard($owner: String!, $number: Int!, $after: String) {\n    repositoryOwner(login: $owner) {\n      ... on Organization {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n      ... on User {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n    }\n  }\n\n  fragment Board on ProjectV2 {\n    id\n    title\n    url\n    fields(first: 50) {\n      nodes {\n        ... on ProjectV2FieldCommon {\n          id\n          name\n          dataType\n        }\n        ... on ProjectV2SingleSelectField {\n          options {\n            id\n            name\n            color\n            description\n          }\n        }\n        ... on ProjectV2IterationField {\n          configuration {\n            iterations {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n    items(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        isArchived\n        content {\n          ... on Issue {\n            number\n            repository {\n              nameWithOwner\n            }\n          }\n        }\n      }\n    }\n  }\n":Ne,"\n  query ProjectItemContent($id: ID!) {\n    node(id: $id) {\n      ... on Issue {\n        number\n        repository {\n          name\n          owner {\n            login\n          }\n        }\n      }\n    }\n  }\n":fe,"\n  query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        field(name: $field) {\n          ... on ProjectV2IterationField {\n            id\n            name\n            configuration {\n              duration\n              iterations {\n                ...QuarterIteration\n              }\n              completedIterations {\n                ...QuarterIteration\n              }\n            }\n          }\n        }\n        items(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            quarter: fieldValueByName(name: $field) {\n              ... on ProjectV2ItemFieldIterationValue {\n                iterationId\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment QuarterIteration on ProjectV2IterationFieldIteration {\n    id\n    title\n    startDate\n    duration\n  }\n":Me,"\n  query ProjectStatusUpdates($projectId: ID!) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        statusUpdates(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          nodes {\n            id\n            status\n            body\n            startDate\n            createdAt\n            creator {\n              login\n            }\n          }\n        }\n      }\n    }\n  }\n":he,"\n  mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {\n    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          options {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":Le,"\n  mutation UpdateItemField(\n    $projectId: ID!\n    $itemId: ID!\n    $fieldId: ID!\n    $value: ProjectV2FieldValue!\n  ) {\n    updateProjectV2ItemFieldValue(\n      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }\n    ) {\n      projectV2Item {\n        id\n      }\n    }\n  }\n":ge,"\n  mutation UpdateIterationField(\n    $fieldId: ID!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    updateProjectV2Field(input: { fieldId: $fieldId, iterationConfiguration: $configuration }) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          configuration {\n            iterations {\n              id\n              title\n              startDate\n            }\n          }\n        }\n      }\n    }\n  }\n":He,"\n  fragment Upvotes on ReactionConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      createdAt\n      user {\n        login\n      }\n    }\n  }\n":Oe};function x(e){return Ge[e]??{}}const We=x(`
  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`),l=x(`
  query BoardNodes(
    $ids: [ID!]!
    $withProject: Boolean!
    $statusField: String!
    $laneField: String!
    $quarterField: String!
  ) {
    rateLimit {
      cost
      remaining
    }
    nodes(ids: $ids) {
      ... on Issue {
        id
        number
        parent {
          number
        }
        reactions(content: THUMBS_UP, first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {
          ...Upvotes
        }
        projectItems(first: 10) @include(if: $withProject) {
          nodes {
            id
            project {
              number
              owner {
                ... on Organization {
                  login
                }
                ... on User {
                  login
                }
              }
            }
            status: fieldValueByName(name: $statusField) {
              ...FieldValueName
            }
            lane: fieldValueByName(name: $laneField) {
              ...FieldValueName
            }
            quarter: fieldValueByName(name: $quarterField) {
              ...FieldValueName
            }
          }
        }
      }
    }
  }

  fragment FieldValueName on ProjectV2ItemFieldValue {
    ... on ProjectV2ItemFieldSingleSelectValue {
      name
    }
    ... on ProjectV2ItemFieldIterationValue {
      title
    }
  }
`),m=x(`
  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {
    repository(owner: $owner, name: $name) {
      defaultBranchRef {
        name
        target {
          oid
        }
      }
      ref(qualifiedName: $qualifiedName) {
        target {
          oid
        }
      }
    }
  }
`),f=x(`
  mutation CreateCommit(
    $branch: CommittableBranch!
    $expectedHeadOid: GitObjectID!
    $message: CommitMessage!
    $fileChanges: FileChanges!
  ) {
    createCommitOnBranch(
      input: {
        branch: $branch
        expectedHeadOid: $expectedHeadOid
        message: $message
        fileChanges: $fileChanges
      }
    ) {
      commit {
        oid
        url
      }
    }
  }
`),b=x(`
  mutation CreateIterationField(
    $projectId: ID!
    $name: String!
    $configuration: ProjectV2IterationFieldConfigurationInput!
  ) {
    createProjectV2Field(
      input: {
        projectId: $projectId
        dataType: ITERATION
        name: $name
        iterationConfiguration: $configuration
      }
    ) {
      projectV2Field {
        ... on ProjectV2IterationField {
          id
          name
        }
      }
    }
  }
`),I=x(`
  mutation CreateProjectField(
    $projectId: ID!
    $name: String!
    $options: [ProjectV2SingleSelectFieldOptionInput!]
  ) {
    createProjectV2Field(
      input: {
        projectId: $projectId
        dataType: SINGLE_SELECT
        name: $name
        singleSelectOptions: $options
      }
    ) {
      projectV2Field {
        ... on ProjectV2SingleSelectField {
          id
          name
        }
      }
    }
  }
`),C=x(`
  mutation CreateProjectStatusUpdate(
    $projectId: ID!
    $status: ProjectV2StatusUpdateStatus!
    $body: String!
    $startDate: Date
    $targetDate: Date
  ) {
    createProjectV2StatusUpdate(
      input: {
        projectId: $projectId
        status: $status
        body: $body
        startDate: $startDate
        targetDate: $targetDate
      }
    ) {
      statusUpdate {
        id
        createdAt
      }
    }
  }
`),A=x(`
  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
    repository(owner: $owner, name: $name) {
      object(expression: $expression) {
        ... on Blob {
          text
        }
      }
    }
  }
`),D=x(`
  query IssueComments($id: ID!, $after: String) {
    rateLimit {
      cost
    }
    node(id: $id) {
      ... on Issue {
        comments(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            databaseId
            url
            body
            createdAt
            author {
              __typename
              login
            }
            up: reactions(content: THUMBS_UP, first: 100) {
              totalCount
              nodes {
                user {
                  login
                }
              }
            }
            down: reactions(content: THUMBS_DOWN, first: 100) {
              nodes {
                user {
                  login
                }
              }
            }
            reactionGroups {
              content
              viewerHasReacted
            }
          }
        }
      }
    }
  }
`),E=x(`
  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {
      clientMutationId
    }
  }
`),K=x(`
  query ProjectBoard($owner: String!, $number: Int!, $after: String) {
    repositoryOwner(login: $owner) {
      ... on Organization {
        projectV2(number: $number) {
          ...Board
        }
      }
      ... on User {
        projectV2(number: $number) {
          ...Board
        }
      }
    }
  }

  fragment Board on ProjectV2 {
    id
    title
    url
    fields(first: 50) {
      nodes {
        ... on ProjectV2FieldCommon {
          id
          name
          dataType
        }
        ... on ProjectV2SingleSelectField {
          options {
            id
            name
            color
            description
          }
        }
        ... on ProjectV2IterationField {
          configuration {
            iterations {
              id
              title
            }
          }
        }
      }
    }
    items(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        isArchived
        content {
          ... on Issue {
            number
            repository {
              nameWithOwner
            }
          }
        }
      }
    }
  }
`),be=x(`
  query ProjectItemContent($id: ID!) {
    node(id: $id) {
      ... on Issue {
        number
        repository {
          name
          owner {
            login
          }
        }
      }
    }
  }
`),st=x(`
  query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {
    node(id: $projectId) {
      ... on ProjectV2 {
        field(name: $field) {
          ... on ProjectV2IterationField {
            id
            name
            configuration {
              duration
              iterations {
                ...QuarterIteration
              }
              completedIterations {
                ...QuarterIteration
              }
            }
          }
        }
        items(first: 100, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            quarter: fieldValueByName(name: $field) {
              ... on ProjectV2ItemFieldIterationValue {
                iterationId
                title
              }
            }
          }
        }
      }
    }
  }

  fragment QuarterIteration on ProjectV2IterationFieldIteration {
    id
    title
    startDate
    duration
  }
`),Bt=x(`
  query ProjectStatusUpdates($projectId: ID!) {
    node(id: $projectId) {
      ... on ProjectV2 {
        statusUpdates(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {
          nodes {
            id
            status
            body
            startDate
            createdAt
            creator {
              login
            }
          }
        }
      }
    }
  }
`),Rt=x(`
  mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {
    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {
      projectV2Field {
        ... on ProjectV2SingleSelectField {
          id
          options {
            id
            name
          }
        }
      }
    }
  }
`),it=x(`
  mutation UpdateItemField(
    $projectId: ID!
    $itemId: ID!
    $fieldId: ID!
    $value: ProjectV2FieldValue!
  ) {
    updateProjectV2ItemFieldValue(
      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }
    ) {
      projectV2Item {
        id
      }
    }
  }
`),qt=x(`
  mutation UpdateIterationField(
    $fieldId: ID!
    $configuration: ProjectV2IterationFieldConfigurationInput!
  ) {
    updateProjectV2Field(input: { fieldId: $fieldId, iterationConfiguration: $configuration }) {
      projectV2Field {
        ... on ProjectV2IterationField {
          id
          configuration {
            iterations {
              id
              title
              startDate
            }
          }
        }
      }
    }
  }
`);function V(e,t,n){return e.graphql(t.toString(),n)}function N(e){if(!e.project)throw new P.D9("this change needs a project, and none is configured");return e.project}function Ye(e,t){const n=e.itemOf.get(t);if(!n)throw new P.D9(`#${t} is not on the project`);return n}const Ut={describe:e=>`add #${e.issue} to the project`,async apply(e,t){const o=(await V(t.github,We,{projectId:N(t).id,contentId:e.contentId})).addProjectV2ItemById?.item;o&&t.itemOf.set(e.issue,o.id)}};class we extends P.D9{login;reason;name="InvitationRefused";constructor(t,n,o,r){super(o,{cause:r}),this.login=t,this.reason=n}}const X=e=>e.status;async function dt(e,t,n){const o=[];try{for await(const r of Y(e,"GET /repos/{owner}/{repo}/invitations",{owner:t,repo:n}))for(const s of r.data)s.invitee&&o.push({id:s.id,login:s.invitee.login,expired:s.expired===!0,createdAt:s.created_at,ownerType:s.repository?.owner?.type??null})}catch(r){if(X(r)===403||X(r)===404)return null;throw r}return o}async function Qe(e,t,n,o){try{return await S(e,"GET /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o}),!0}catch(r){if(X(r)===404)return!1;throw r}}const Nt={read:"pull",triage:"triage",write:"push"};async function Mt(e,t,n,o,r){if(await Qe(e,t,n,o))return"collaborator";const s=async()=>(await dt(e,t,n))?.some(d=>d.login.toLowerCase()===o.toLowerCase())?"invited":await Qe(e,t,n,o)?"added":void 0;try{return await q(s,async()=>{const{status:a}=await S(e,"PUT /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o,permission:Nt[r],...R});return a===201?"invited":"added"})}catch(a){const d=X(a),i=JSON.stringify(a.response?.data??"");throw d===403?new we(o,"forbidden","GitHub refused to invite anybody from outside: the organisation does not allow outside collaborators, or the App lacks the Administration (write) permission",a):d===422&&/limit|24 hours|spam/i.test(i)?new we(o,"limit","GitHub's limit of 50 repository invitations in 24 hours is reached",a):d===422?new we(o,"blocked",`GitHub would not invite ${o}`,a):a}}async function Lt(e,t,n,o){try{await S(e,"DELETE /repos/{owner}/{repo}/invitations/{invitation_id}",{owner:t,repo:n,invitation_id:o})}catch(r){if(X(r)!==404)throw r}}async function Ht(e,t,n,o){await S(e,"DELETE /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o})}const Gt={describe:e=>`withdraw ${e.login}'s invitation ${e.id}`,async apply(e,{github:t,owner:n,repo:o}){await Lt(t,n,o,e.id)}},Wt={describe:e=>`close #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"PATCH /repos/{owner}/{repo}/issues/{issue_number}",{owner:n,repo:o,issue_number:e.issue,state:"closed",state_reason:"completed"})}};function ct(e){return e.map(t=>`"${t}"`).join(", ")}const Yt={describe:e=>`add the field "${e.field}" to the project, with the options ${ct(e.options.map(t=>t.name))}`,async apply(e,t){await V(t.github,I,{projectId:N(t).id,name:e.field,options:e.options})}};async function Qt(e,t){try{const{data:n}=await S(e,"GET /orgs/{org}/issue-types",{org:t});return n.map(o=>o.name)}catch(n){const o=n.status;if(o===404||o===403)return null;throw n}}const zt={describe:e=>`create the issue type "${e.name}" for the organisation`,async apply(e,{github:t,owner:n}){const o=async()=>(await Qt(t,n))?.find(r=>r.toLowerCase()===e.name.toLowerCase());try{await q(o,()=>S(t,"POST /orgs/{org}/issue-types",{org:n,name:e.name,is_enabled:!0,description:e.description,color:e.color,...R}).then(()=>e.name))}catch(r){if(r.status!==422||!await o())throw r}}};var T=k(2404);const Jt={describe:e=>`add the iteration field "${e.field}" to the project, with ${e.iterations.map(t=>`"${t.title}"`).join(", ")}`,async apply(e,t){const n=N(t);if(n.fields.some(r=>(0,T.qa8)(r.name,e.field)))return;const[o]=e.iterations;try{await V(t.github,b,{projectId:n.id,name:e.field,configuration:{startDate:o?.startDate??"",duration:o?.duration??91,iterations:e.iterations}})}catch(r){if(!/already been taken/i.test(r.message))throw r}}},Zt={describe:e=>`create the label "${e.name}"`,async apply(e,{github:t,owner:n,repo:o}){const r=()=>S(t,"GET /repos/{owner}/{repo}/labels/{name}",{owner:n,repo:o,name:e.name}).then(({data:s})=>s,s=>{if(s.status!==404)throw s});try{await q(r,()=>S(t,"POST /repos/{owner}/{repo}/labels",{owner:n,repo:o,name:e.name,color:e.color,description:e.description,...R}).then(({data:s})=>s))}catch(s){if(!Kt(s))throw s}}};function Kt(e){const t=e;return t.status===422&&(t.response?.data?.errors??[]).some(n=>n.code==="already_exists")}const Xt={describe:e=>`delete comment ${e.commentId} on #${e.issue}: ${e.why}`,async apply(e,{github:t,owner:n,repo:o}){try{await S(t,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:n,repo:o,comment_id:e.commentId})}catch(r){if(r.status!==404)throw r}}},en={describe:e=>`invite ${e.login} to the repository (${e.permission})`,async apply(e,{github:t,owner:n,repo:o}){await Mt(t,n,o,e.login,e.permission)}},tn={describe:e=>e.after===null?`move #${e.issue} to the top`:`move #${e.issue} after #${e.after}`,async apply(e,t){await V(t.github,E,{projectId:N(t).id,itemId:Ye(t,e.issue),afterId:e.after===null?null:Ye(t,e.after)})}};var nn=k(7215);const on={describe:e=>`notify ${e.channel.kind}: ${e.notice.title}`,bestEffort:!0,async apply(e,{owner:t,repo:n,secrets:o,post:r}){await(0,nn.$q)(e,`${t}/${n}`,o??{},r)}},rn={describe:e=>`open the issue "${e.title}"`,async apply(e,{github:t,owner:n,repo:o}){const r=`${e.marker}
${e.body}`;await q(async()=>{const{data:a}=await S(t,"GET /repos/{owner}/{repo}/issues",{owner:n,repo:o,state:"all",sort:"created",direction:"desc",per_page:100});return a.find(d=>d.body?.startsWith(`${e.marker}
`))},()=>S(t,"POST /repos/{owner}/{repo}/issues",{owner:n,repo:o,title:e.title,body:r,labels:e.labels,assignees:e.assignees,...e.type?{type:e.type}:{},...R}).then(({data:a})=>a))}};async function ut(e,t){const n=await V(e,Bt,{projectId:t});return((n.node&&"statusUpdates"in n.node?n.node:null)?.statusUpdates.nodes??[]).flatMap(r=>r?[{body:r.body??"",createdAt:r.createdAt}]:[])}const an={describe:e=>`post the project status update ${e.status} ${e.marker}`,async apply(e,t){const n=N(t),o=`${e.marker}
${e.body}`,r=async()=>(await ut(t.github,n.id)).find(s=>s.body.startsWith(`${e.marker}
`));await r()||await q(r,async()=>{const a=(await V(t.github,C,{projectId:n.id,status:e.status,body:o,startDate:e.startDate,targetDate:e.targetDate})).createProjectV2StatusUpdate?.statusUpdate;if(!a)throw new P.D9("GitHub made no status update, and said no more");return{body:o,createdAt:a.createdAt}})}},sn={describe:e=>`react ${e.content} to comment ${e.commentId}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:n,repo:o,comment_id:e.commentId,content:e.content})}},dn={describe:e=>`unassign ${e.login} from #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:n,repo:o,issue_number:e.issue,assignees:[e.login]})}},cn={describe:e=>`remove ${e.login} from the repository's collaborators`,async apply(e,{github:t,owner:n,repo:o}){await Ht(t,n,o,e.login)}},un={describe:e=>`remove the label "${e.label}" from #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){try{await S(t,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",{owner:n,repo:o,issue_number:e.issue,name:e.label})}catch(r){if(r.status!==404)throw r}}},ln={describe:e=>`set ${e.field} of #${e.issue} to ${mn(e.value)}`,async apply(e,t){const n=N(t),o=(0,T.MBz)(n,e.field);await V(t.github,it,{projectId:n.id,itemId:Ye(t,e.issue),fieldId:o.id,value:pn(o.name,o.options,e.value)})}};function mn(e){return"option"in e?`"${e.option}"`:"iteration"in e?`"${e.iteration}"`:"number"in e?String(e.number):`"${e.text}"`}function pn(e,t,n){if("number"in n)return{number:n.number};if("text"in n)return{text:n.text};const o="option"in n?n.option:n.iteration,r=t.find(s=>(0,T.qa8)(s.name,o));if(!r)throw new P.D9(`the field "${e}" has no option "${o}"`);return"option"in n?{singleSelectOptionId:r.id}:{iterationId:r.id}}const fn={describe:e=>`add the options ${ct(e.added)} to the field "${e.field}"`,async apply(e,t){await V(t.github,Rt,{fieldId:(0,T.MBz)(N(t),e.field).id,options:e.options})}};async function hn(e,t,n,o,r){const s=async()=>{const{data:i}=await S(e,"GET /repos/{owner}/{repo}/pulls",{owner:t,repo:n,head:`${t}:${o.branch}`,state:"open"});return i[0]},a=await s();if(a)return{number:a.number,url:a.html_url};const d=await q(s,async()=>{const{data:i}=await S(e,"POST /repos/{owner}/{repo}/pulls",{owner:t,repo:n,head:o.branch,base:o.defaultBranch,title:r,body:"Roundtable refreshed its pages. Merge to publish them; the next run updates this pull request.",...R});return typeof i=="object"&&i?.number?i:await s()??i});return{number:d.number,url:d.html_url}}async function gn(e,t,n,o,r){const s=await V(e,m,{owner:t,name:n,qualifiedName:`refs/heads/${r}`}),a=s.repository?.defaultBranchRef;if(!a?.target)throw new P.D9(`${t}/${n} has no default branch to write pages to: push a first commit`);const{target:d}=a;if(o==="direct")return{branch:a.name,oid:d.oid,defaultBranch:a.name,defaultOid:d.oid,exists:!0};const i=s.repository?.ref;return{branch:r,oid:i?.target?.oid??d.oid,defaultBranch:a.name,defaultOid:d.oid,exists:i!=null}}async function ze(e,t,n,o){const s=(await V(e,A,{owner:t,name:n,expression:o})).repository?.object;return(s&&"text"in s?s.text:null)??void 0}class bn extends P.D9{name="CommitConflictError"}const wn="roundtable/pages";async function Je(e,t){const{owner:n,repo:o,log:r}=t,s=t.attempts??3,a=t.render(()=>{}).map(d=>d.path);for(let d=1;d<=s;d++){const i=await gn(e,n,o,t.mode==="direct"?"direct":"pull-request",t.branch??wn),c=i.exists?i.oid:i.defaultOid,p=new Map;for(const g of a)p.set(g,await ze(e,n,o,`${c}:${g}`));const w=t.render(g=>p.get(g)).filter(g=>g.content!==p.get(g.path));if(w.length===0)return r("pages: nothing changed, no commit"),{commit:null,changed:[],pullRequest:null};if(t.dryRun){for(const g of w)r(`would write ${g.path}`);return{commit:null,changed:w.map(g=>g.path),pullRequest:null}}i.exists||await yn(e,n,o,i);try{const g=await $n(e,n,o,i,t.message,w);r(`committed ${w.map(y=>y.path).join(", ")} to ${i.branch} (${g.oid.slice(0,7)})`);const $=t.mode==="pull-request"?await hn(e,n,o,i,t.message):null;return{commit:g,changed:w.map(y=>y.path),pullRequest:$}}catch(g){const $=!lt(g)&&ce(g);if(!lt(g)&&!$||$&&d>=s)throw g;r($?`the commit to ${i.branch} may or may not have landed (${g.message}): reading the branch again (attempt ${d} of ${s})`:`${i.branch} moved while the pages were written (attempt ${d} of ${s}): reading it again`)}}throw new bn(`the branch kept moving while Roundtable wrote its pages (${s} attempts); nothing was written: run again`)}async function yn(e,t,n,o){await S(e,"POST /repos/{owner}/{repo}/git/refs",{owner:t,repo:n,ref:`refs/heads/${o.branch}`,sha:o.defaultOid})}async function $n(e,t,n,o,r,s){const d=(await V(e,f,{branch:{repositoryNameWithOwner:`${t}/${n}`,branchName:o.branch},expectedHeadOid:o.oid,message:{headline:r},fileChanges:{additions:s.map(i=>({path:i.path,contents:Buffer.from(i.content,"utf8").toString("base64")}))}})).createCommitOnBranch?.commit;if(!d)throw new P.D9(`GitHub made no commit on ${o.branch}: run again`);return d}function lt(e){const t=String(e?.message??"");return/expectedHeadOid|expected branch to point to/i.test(t)}const In={describe:e=>e.iterations?`set the iterations of "${e.field}" to ${e.iterations.map(t=>`"${t.title}"`).join(", ")}, keeping ${e.values.length} items' quarters`:`write back ${e.values.length} items' quarters in "${e.field}"`,async apply(e,t){const n=N(t),o=(0,T.MBz)(n,e.field),r=(a,d)=>Je(t.github,{owner:t.owner,repo:t.repo,message:d,mode:"branch",branch:T.GQi,dryRun:!1,log:()=>{},render:()=>[{path:T.ptJ,content:(0,T.llt)(e.field,a)}]});let s;if(e.iterations){await r(e.values,`Quarters: ${e.values.length} items' quarters kept while the iterations change`);const[a]=e.iterations,i=(await V(t.github,qt,{fieldId:o.id,configuration:{startDate:a?.startDate??"",duration:a?.duration??91,iterations:e.iterations.map(({title:c,startDate:p,duration:h})=>({title:c,startDate:p,duration:h}))}})).updateProjectV2Field?.projectV2Field;s=new Map((i&&"configuration"in i?i.configuration.iterations:[]).map(c=>[c.title,c.id]))}else s=await jn(t.github,n.id,e.field);for(const a of e.values){const d=s.get(a.title);if(!d)throw new P.D9(`the field "${e.field}" has no iteration "${a.title}"`);await V(t.github,it,{projectId:n.id,itemId:a.item,fieldId:o.id,value:{iterationId:d}})}await r([],"Quarters: every item's quarter written back")}};async function jn(e,t,n){const o=await V(e,st,{projectId:t,field:n}),r=o.node&&"field"in o.node?o.node.field:null,s=r&&"configuration"in r?[...r.configuration.completedIterations,...r.configuration.iterations]:[];return new Map(s.map(a=>[a.title,a.id]))}const mt=["roundtable[bot]","github-actions[bot]"];function Sn(e){const t=(e??"").split(",").map(n=>n.trim()).filter(Boolean);return t.length>0?t:mt}const pt=e=>e.toLowerCase().replace(/\[bot\]$/,"");function Ze(e,t){return t?.isBot?(e.botLogins??mt).some(o=>pt(o)===pt(t.login)):!1}const Pn={describe:e=>`take back the reaction ${e.content} on comment ${e.commentId}`,async apply(e,{github:t,owner:n,repo:o}){const r=Y(t,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:n,repo:o,comment_id:e.commentId,content:e.content});for await(const{data:s}of r)for(const a of s){const d=a.user?.login;if(!(a.content!==e.content||!d)&&Ze(t,{login:d,isBot:a.user?.type==="Bot"}))try{await S(t,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}",{owner:n,repo:o,comment_id:e.commentId,reaction_id:a.id})}catch(i){if(i.status!==404)throw i}}}},Tn={describe:e=>`write the comment ${e.marker} on #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){const r=i=>Ze(t,i.user?.login?{login:i.user.login,isBot:i.user.type==="Bot"}:null),s=`${e.marker}
${e.body}`,a=async()=>{const i=Y(t,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:e.issue});for await(const{data:c}of i){const p=c.find(h=>r(h)&&h.body?.startsWith(`${e.marker}
`));if(p)return p}},d=await a();if(d){if(d.body===s)return;await S(t,"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:n,repo:o,comment_id:d.id,body:s});return}await q(a,()=>S(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:e.issue,body:s,...R}).then(({data:i})=>i))}},ye=e=>`${e} ${e===1?"voter's change":"voters' changes"}`,vn={"add-to-project":Ut,"set-field":ln,move:tn,"add-label":Ce,"remove-label":un,"add-assignee":Ae,"remove-assignee":dn,react:sn,unreact:Pn,"upsert-comment":Tn,"delete-comment":Xt,"close-issue":Wt,"open-issue":rn,"create-label":Zt,"create-field":Yt,"set-field-options":fn,notify:on,"write-ballots":{describe:({batch:e})=>e.final?`open round ${e.round}'s ballots on ${T.m8D}:${T.JX}, with a last batch of ${ye(e.ballots.length)}`:`write a sealed batch of ${ye(e.ballots.length)} to ${T.m8D}:${T.JX}`,async apply({batch:e},{github:t,owner:n,repo:o,ballotSigner:r}){if(!r)throw new P.D9("write-ballots: the app's ballot keys are missing: ballots are written by the app, with BALLOT_SECRET set");await Je(t,{owner:n,repo:o,message:e.final?`Ballots: round ${e.round} closed, last batch of ${ye(e.ballots.length)}; every ballot opened for anyone to check`:`Ballots: a sealed batch of ${ye(e.ballots.length)}`,mode:"branch",branch:T.m8D,dryRun:!1,log:()=>{},attempts:5,render:s=>[{path:T.JX,content:(0,T.car)(s(T.JX),e,r).text}]})}},"invite-collaborator":en,"cancel-invitation":Gt,"remove-collaborator":cn,"post-status-update":an,"add-sub-issue":Fe,"create-issue-type":zt,"create-iteration-field":Jt,"set-quarters":In};function Ke(e){return vn[e.kind]}function $e(e){return Ke(e).describe(e)}function Xe(e){return Ke(e).bestEffort===!0}function kn(e,t){return Ke(e).apply(e,t)}var ft=k(7598);const xn=24*36e5;function Dn(e,t){const n={repository:e.toLowerCase(),labels:t.labels,project:t.project&&{owner:t.project.owner,number:t.project.number,fields:t.project.fields},eligible:t.votes.eligible};return(0,ft.createHash)("sha256").update(JSON.stringify(n)).digest("hex").slice(0,32)}function An(e,t,n){if(!e||typeof e!="object")return;const o=e;if(o.version!==1||o.key!==t||typeof o.takenAt!="string"||!Array.isArray(o.pages)||!o.issues||typeof o.issues!="object")return;const r=Date.parse(n)-Date.parse(o.takenAt);if(r>=0&&r<=xn)return{...o,changed:Array.isArray(o.changed)?o.changed:[]}}async function Cn(e,t,n){if(n.length===0)return;const o=await e.get(t);if(o?.version!==1||!Array.isArray(o.pages))return;const r=new Set([...Array.isArray(o.changed)?o.changed:[],...n]);await e.set(t,{...o,changed:[...r]})}class ht extends P.D9{applied;failed;notApplied;name="ApplyError";constructor(t,n,o,r){super(`stopped at "${$e(n)}": ${r?.message??String(r)}. Applied ${t.length} of ${t.length+1+o.length} changes; ${o.length+1} not applied. Run again to finish: Roundtable starts from what GitHub holds now.`,{cause:r}),this.applied=t,this.failed=n,this.notApplied=o}}async function Fn(e,t,n){const o=[...t.filter(d=>!Xe(d)),...t.filter(Xe)];if(n.dryRun){for(const d of o)if(n.log(`would ${$e(d)}`),"body"in d&&typeof d.body=="string")for(const i of d.body.trimEnd().split(`
`))n.log(`    \u2502 ${i}`);return[]}const r=new Map;for(const d of n.project?.items??[])d.issue!==null&&r.set(d.issue,d.id);const s={github:e,owner:n.owner,repo:n.repo,project:n.project,itemOf:r,...n.secrets?{secrets:n.secrets}:{},...n.post?{post:n.post}:{},...n.ballotSigner?{ballotSigner:n.ballotSigner}:{}},a=[];for(const[d,i]of o.entries()){try{await kn(i,s)}catch(c){if(!Xe(i))throw await gt(e,n,[...a,i]),new ht(a,i,o.slice(d+1),c);const p=c instanceof Error?c:new Error(String(c));n.log(`could not ${$e(i)}: ${p.message}`),n.onFailure?.(i,p);continue}a.push(i),n.log($e(i))}return await gt(e,n,a),a}async function gt(e,t,n){if(!e.reads)return;const o=n.flatMap(r=>r.kind==="add-to-project"||r.kind==="set-field"?[r.issue]:[]);await Cn(e.reads,`${t.owner}/${t.repo}`,[...new Set(o)])}var Vn=k(5194),En=k(6856);function On(e){e.hook.after("request",(t,n)=>{const o=String(t.headers["content-type"]??"");if(!/text\/html/i.test(o))return;const r=_n(n.baseUrl??n.url);throw new P.D9(`${r} answered ${H(n)} with a web page, not GitHub's API: check GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise) and GITHUB_GRAPHQL_URL`,{where:{operation:H(n)}})})}function _n(e){try{return new URL(e).host||e}catch{return e}}var bt=k(2203),Bn=k(370);const Rn=20,wt=80,yt=e=>e?{connection:e,timeout:12e4}:{},$t=new Map,It=(e,t,n)=>{const o=`${e}:${t?"redis":"memory"}`;let r=$t.get(o);return r||(r=n(),$t.set(o,r)),r},qn=new Map,Un=new Map,jt=(e,t,n)=>{let o=e.get(t);return o||(o=(0,Bn.A)(n),e.set(t,o)),o},Nn={key(e="no-id"){const t=jt(qn,e,Rn);return{schedule:async(n,o,...r)=>n.weight===0?o(...r):t(()=>o(...r))}}},Mn={key:()=>({schedule:async(e,t,...n)=>t(...n)})};function Ln(e){return It("content",e,()=>new bt.Group({id:"roundtable-content",maxConcurrent:1,reservoir:wt,reservoirRefreshAmount:wt,reservoirRefreshInterval:6e4,...yt(e)}))}const Hn=(e,t,n)=>{const{pathname:o}=new URL(t,"http://github.test");return o.endsWith("/graphql")?typeof n=="string"&&/^\s*mutation\b/.test(n.replace(/^\s*#.*$/gm,"")):/^\/app\/installations\/[^/]+\/access_tokens$/.test(o)?!1:e!=="GET"&&e!=="HEAD"};function St(e,t){const n=t.throttle??{};if(n.enabled===!1)return;const{connection:o}=n,r=n.id??"no-id",s=o?a=>It("writes",o,()=>new bt.Group({id:"roundtable-writes",maxConcurrent:1,...yt(o)})).key(r).schedule(a):jt(Un,r,1);e.hook.wrap("request",(a,d)=>Hn(d.method,d.url,d.query)?s(async()=>a(d)):a(d))}class Gn{failed=[];on(t,n){t==="failed"&&this.failed.push(n)}async schedule(t,...n){for(let o=0;;o++)try{return await t(...n)}catch(r){let s;for(const a of this.failed){const d=await Promise.resolve().then(()=>a(r,{args:n,retryCount:o})).catch(()=>{});typeof d=="number"&&(s=d)}if(s===void 0)throw r;await new Promise(a=>setTimeout(a,s))}}}function Pt(e){return{global:Nn,write:Mn,notifications:Ln(e),retryLimiter:new Gn}}function Do(e){return e.plugin(St).defaults(t=>{const n=t.throttle??{},o=t.auth?.installationId,r=n.id??(o===void 0?void 0:String(o));return{...t,throttle:{...n,...r?{id:r}:{},...Pt(n.connection)}}})}const Wn=Vn.E.plugin(Pe,On,B,En.A,ke,St);function Yn(e){const{token:t,apiUrl:n="https://api.github.com",maxRetries:o=2,maxWaitSeconds:r=120,throttle:s=!0,log:a=()=>{}}=e,d=h=>(w,g,$,y)=>y>=o||w>r?!1:(a(`${h} rate limit on ${g.method} ${g.url}: waiting ${w} s, then retrying`),!0),i=new Wn({auth:t,baseUrl:n.replace(/\/$/,""),userAgent:"roundtable",throttle:s?{onRateLimit:d("primary"),onSecondaryRateLimit:d("secondary"),...Pt(),...e.retryAfterBaseValue!==void 0?{retryAfterBaseValue:e.retryAfterBaseValue}:{}}:{enabled:!1},resend:{enabled:s,maxWaitMs:r*(e.retryAfterBaseValue??1e3),...e.retryAfterBaseValue!==void 0?{retryAfterBaseValue:e.retryAfterBaseValue}:{}},requestTimeoutMs:e.requestTimeoutMs,budget:e.budget,...e.fetch?{request:{fetch:e.fetch}}:{}}),c=e.graphqlUrl??Qn(n),p=e.onRequest;return p&&i.hook.before("request",h=>{const w=String(h.query??"");p({write:h.url.endsWith("graphql")?/^\s*mutation\b/.test(w):h.method!=="GET"})}),{request:i.request,graphql:i.graphql.defaults({url:c}),...e.botLogins?{botLogins:e.botLogins}:{},...e.reads?{reads:e.reads}:{}}}function Qn(e){const t=e.replace(/\/$/,"");return t.endsWith("/api/v3")?`${t.slice(0,-3)}graphql`:`${t}/graphql`}function Tt(){return{graphqlRequests:0,restRequests:0,notModified:0,kept:!1,readIssues:0,points:0,remaining:null,followUpIssues:0,skippedReactions:0}}function vt(e,t){e.graphqlRequests+=1,t&&(e.points+=t.cost,e.remaining=t.remaining)}async function*kt(e,t,n,o=[]){const r=e.request,s=async c=>{const p=o[c-1],h=p?.etag?{"if-none-match":p.etag}:{};for(let w=1;;w++)try{const{data:g,headers:$}=await r(t,{...n,per_page:100,page:c,headers:h,request:{parseSuccessResponseBody:!1}}),y=await Jn(g);if(y===void 0){if(w<3)continue;throw new ae(`${t} (page ${c}): GitHub's answer was cut off (3 times): the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,{where:{operation:t}})}if(!Array.isArray(y))throw new P.D9(`${t} (page ${c}) answered something other than a list: run again`);const O=y.length>=100;return{page:c,etag:$.etag??null,data:y,full:O,last:zn($.link)??c}}catch(g){if(g.status!==304||!p)throw g;return{page:c,etag:p.etag,data:null,full:p.full,last:c}}},a=async(c,p)=>(await Promise.allSettled(Array.from({length:p-c+1},(w,g)=>s(c+g)))).map(w=>{if(w.status==="rejected")throw w.reason;return w.value});let d=1,i=await a(1,Math.max(1,o.length));for(;;){let c=0;for(const{last:p,...h}of i){if(yield h,!h.full)return;d=h.page+1,c=Math.max(c,p)}i=await a(d,Math.max(d,c))}}function zn(e){const t=e?.match(/<([^<>]+)>;\s*rel="last"/)?.[1];if(!t)return;const n=Number(new URL(t,"https://api.github.com").searchParams.get("page"));return Number.isInteger(n)&&n>0?n:void 0}async function Jn(e){if(e==null)return;if(typeof e=="string")return xt(e);const t=e.getReader(),n=new TextDecoder;let o="",r;const s=new Promise(a=>{r=setTimeout(()=>a("stalled"),j)});try{for(;;){const a=await Promise.race([t.read(),s]);if(a==="stalled"){await t.cancel().catch(()=>{});return}if(a.done)break;o+=n.decode(a.value,{stream:!0})}return xt(o+n.decode())}catch{return}finally{clearTimeout(r)}}function xt(e){try{return JSON.parse(e)}catch{return}}const Zn=x(`
  fragment Upvotes on ReactionConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      createdAt
      user {
        login
      }
    }
  }
`);function Q(e){return(e?.nodes??[]).filter(t=>t!==null)}function Kn(e){const t=e.user?.type==="Bot";return{id:e.node_id,number:e.number,title:e.title,url:e.html_url,state:e.state==="open"?"open":"closed",author:{login:(e.user?.login??"ghost").replace(t?/\[bot\]$/:/$^/,""),bot:t},createdAt:e.created_at,closedAt:e.closed_at,body:e.body??"",labels:e.labels.map(n=>typeof n=="string"?n:n.name??""),assignees:(e.assignees??[]).flatMap(n=>n?[n.login]:[]),milestone:e.milestone?.title??null,parent:null,subIssues:[],...e.type?.name?{type:e.type.name}:{},...e.sub_issues_summary?{subIssuesSummary:{total:e.sub_issues_summary.total,completed:e.sub_issues_summary.completed,percentCompleted:e.sub_issues_summary.percent_completed}}:{},reactions:[],board:null}}function Xn(e,t,n,o){const r=n.project?Q(t.projectItems).find(a=>a.project.number===n.project?.number&&"login"in a.project.owner&&a.project.owner.login.toLowerCase()===n.project.owner.toLowerCase()):void 0,s={};if(r&&n.project){const a=n.project.fields;for(const[d,i]of[[a.status,r.status],[a.lane,r.lane],[a.quarter,r.quarter]]){const c=eo(i);c!==void 0&&(s[d]=c)}}return{...e,parent:t.parent?.number??null,reactions:Dt(t.reactions,o),board:r?{itemId:r.id,fields:s}:null}}function Dt(e,t){const n=[];for(const o of Q(e)){if(o.user===null){t.skippedReactions+=1;continue}n.push({login:o.user.login,bot:!1,createdAt:o.createdAt})}return n}function eo(e){if(e){if("name"in e)return e.name??void 0;if("title"in e)return e.title}}const At=100;function to(e){const t=Array.from({length:e},(o,r)=>`$id${r}: ID!, $after${r}: String!`),n=Array.from({length:e},(o,r)=>`  f${r}: node(id: $id${r}) {
    ... on Issue {
      reactions(content: THUMBS_UP, first: 100, after: $after${r}, orderBy: { field: CREATED_AT, direction: ASC }) {
        ...Upvotes
      }
    }
  }`);return`query MoreUpvotes(${t.join(", ")}) {
  rateLimit {
    cost
    remaining
  }
${n.join(`
`)}
}
${Zn.toString().replace(/^\s+/,"")}`}async function no(e,t,n){n.followUpIssues+=t.length;let o=t;for(;o.length>0;){const r=o.slice(0,At);o=o.slice(At);const s={};r.forEach(({id:d,after:i},c)=>{s[`id${c}`]=d,s[`after${c}`]=i});const a=await e.graphql(to(r.length),s);vt(n,a.rateLimit),r.forEach((d,i)=>{const c=a[`f${i}`]?.reactions;if(!c)return;d.reactions.push(...Dt(c,n));const{hasNextPage:p,endCursor:h}=c.pageInfo;p&&h&&o.push({...d,after:h})})}}async function oo(e,t,n){const{owner:o,repo:r,config:s}=t;if(s.votes.source!=="ballots")return{};const a=await ze(e,o,r,`${T.m8D}:${T.JX}`);return n.graphqlRequests+=1,{ballots:(0,T.QHi)(a,{repository:`${o}/${r}`,round:(0,T.X2k)(s.votes)},t.ballotVerifier)}}async function ro(e,{owner:t,repo:n,issue:o}){const r=[];let s=0;const a=`/repos/${t}/${n}/issues/`.toLowerCase(),d=Y(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",{owner:t,repo:n,issue_number:o});for await(const{data:i}of d){s++;for(const c of i)(!c.url||c.url.toLowerCase().includes(a))&&r.push(c.number)}return{numbers:r,requests:s}}async function*et(e,t,n,o){let r=n.after??null;do{const s=await V(e,t,{...n,after:r}),a=o(s)??null;yield{data:s,connection:a},r=a?.pageInfo.hasNextPage?a.pageInfo.endCursor:null}while(r!==null)}const Ct={EYES:"eyes",THUMBS_UP:"+1",CONFUSED:"confused"},Ft=e=>Q(e).flatMap(t=>t.user?[t.user.login]:[]);async function ao(e,t){const n=[];let o=0,r=0;const s=et(e,D,{id:t},a=>a.node&&"comments"in a.node?a.node.comments:null);for await(const{data:a,connection:d}of s){o+=1,r+=a.rateLimit?.cost??0;for(const i of Q(d)){if(i.databaseId===null)continue;const c=i.author&&{login:i.author.login,isBot:i.author.__typename==="Bot"};n.push({id:i.databaseId,url:i.url,author:{login:i.author?.login??"ghost",bot:i.author?.__typename==="Bot",self:Ze(e,c)},createdAt:i.createdAt,body:i.body,votes:i.up.totalCount,up:Ft(i.up),down:Ft(i.down),mine:(i.reactionGroups??[]).flatMap(p=>p.viewerHasReacted&&p.content in Ct?[Ct[p.content]]:[])})}}return{comments:n,requests:o,points:r}}var M=k(5147);class so extends M.xL{constructor(t,n,o){super(M.eQ,[{path:"votes.eligible",message:`the members of the team "${t}" cannot be read (GitHub answered ${n}): grant the app the organisation permission Members: read (or check the team's slug), or count votes of collaborators or of a list of logins instead`}],{cause:o})}}class io extends P.D9{name="LoadError"}async function co(e,t){const{owner:n,repo:o,config:r}=t,s=`${n}/${o}`,a=Tt(),d=e.reads,i=Dn(s,r),c=d?An(await d.get(s),i,t.now):void 0;a.kept=c!==void 0;const[p,h,w]=await Promise.allSettled([uo(e,t,c,a).then(async _=>{const[,L]=await Promise.all([lo(e,_,r,a),mo(e,_,r,a),po(e,t,_,a)]);for(const[z,ot]of L)z.record={...z.record,comments:ot};return _}),fo(e,t,c,a),oo(e,t,a)]),g=tt(p),$=tt(h),y=tt(w),O=g.entries.map(_=>_.record),F={repository:s,takenAt:t.now,issues:O,...$.collaborators?{collaborators:$.collaborators}:{},...$.teams?{teams:$.teams}:{},...y};if(d){const _={version:1,key:i,takenAt:t.now,pages:g.pages,issues:Object.fromEntries(g.entries.map(L=>[L.record.number,{fingerprint:L.fingerprint,record:L.record}])),...$.kept?{voters:$.kept}:{},changed:[]};await d.set(s,_)}return{snapshot:F,cost:a}}function tt(e){if(e.status==="rejected")throw e.reason;return e.value}async function uo(e,t,n,o){const{owner:r,repo:s,config:a}=t,d=go(a),i=new Set(Object.values(a.kinds).flatMap(y=>y===null?[]:[y.toLowerCase()])),c=new Set(n?.changed??[]),p=y=>n?.issues[String(y)],h=[],w=[],g=new Set,$=kt(e,"GET /repos/{owner}/{repo}/issues",{owner:r,repo:s,state:"all",sort:"created",direction:"asc"},n?.pages);try{for await(const y of $){if(y.data===null){o.notModified+=1;const O=n?.pages[y.page-1];for(const F of O?.numbers??[]){const _=p(F);!_||g.has(F)||(g.add(F),h.push({..._,stale:c.has(F)}))}w.push({etag:y.etag,numbers:O?.numbers??[],full:y.full})}else{o.restRequests+=1;const O=[];for(const F of y.data){if(F.pull_request||g.has(F.number)||!(F.type?.name&&i.has(F.type.name.toLowerCase()))&&!Vt(F).some(ot=>d.has(ot.toLowerCase())))continue;g.add(F.number),O.push(F.number);const L=bo(F),z=p(F.number);z&&z.fingerprint===L&&!c.has(F.number)?h.push({...z,stale:!1}):h.push({record:Kn(F),fingerprint:L,stale:!0,blockers:F.issue_dependencies_summary?.blocked_by??0})}w.push({etag:y.etag,numbers:O,full:y.full})}t.onProgress?.({pages:w.length,issues:h.length,total:h.length,points:o.points})}}catch(y){throw y.status===404?new io(`${r}/${s}: no such repository, or the token cannot read it`,{cause:y}):y}return{entries:h,pages:w}}async function lo(e,t,n,o){const r=t.entries.filter(c=>c.stale);o.readIssues=r.length;const{project:s}=n,a=[];for(let c=0;c<r.length;c+=100)a.push(r.slice(c,c+100));const d=await Promise.all(a.map(c=>V(e,l,{ids:c.map(p=>p.record.id),withProject:s!==null,statusField:s?.fields.status??"Status",laneField:s?.fields.lane??"Lane",quarterField:s?.fields.quarter??"Quarter"}))),i=[];a.forEach((c,p)=>{const h=d[p];vt(o,h.rateLimit),c.forEach((w,g)=>{const $=h.nodes?.[g];if(!ho($)){w.record={...w.record,reactions:[]},w.fingerprint="";return}w.record=Xn(w.record,$,n,o);const{hasNextPage:y,endCursor:O}=$.reactions.pageInfo;y&&O&&i.push({id:$.id,after:O,reactions:w.record.reactions})})}),await no(e,i,o)}async function mo(e,t,n,o){const r=[n.labels.retro,n.labels.meeting].map(i=>i.toLowerCase()),s=t.entries.filter(({record:i,stale:c})=>{const p=i.labels.some(h=>r.includes(h.toLowerCase()))||(0,T.VFn)(i,"keyResult",n);return!i.id||!p?!1:c||i.state!=="closed"||!i.comments}),a=await Promise.all(s.map(i=>ao(e,i.record.id??""))),d=new Map;return s.forEach((i,c)=>{const p=a[c];d.set(i,p.comments),o.graphqlRequests+=p.requests,o.points+=p.points}),d}async function po(e,{owner:t,repo:n,config:o},r,s){const a=r.entries.filter(({record:d,stale:i,blockers:c})=>i&&(c??0)>0&&(0,T.VFn)(d,"roadmap",o));for(const d of a){const i=await ro(e,{owner:t,repo:n,issue:d.record.number});d.record={...d.record,blockedBy:i.numbers},s.restRequests+=i.requests}}async function fo(e,{owner:t,repo:n,config:o},r,s){const a=o.votes.eligible,d=async(i,c)=>{const p=r?.voters?.route===i?r.voters.pages:[],h=[];for await(const w of kt(e,i,c,p)){w.data===null?s.notModified+=1:s.restRequests+=1;const g=w.data?.map($=>$.login)??p[w.page-1]?.logins??[];h.push({etag:w.etag,logins:g,full:w.full})}return{logins:h.flatMap(w=>w.logins),kept:{route:i,pages:h}}};if(a==="collaborators"){const i=await d("GET /repos/{owner}/{repo}/collaborators",{owner:t,repo:n});return{collaborators:i.logins,kept:i.kept}}if(typeof a=="object"&&!Array.isArray(a)){const i=await d("GET /orgs/{org}/teams/{team_slug}/members",{org:t,team_slug:a.team}).catch(c=>{const p=c?.status;throw p===403||p===404?new so(a.team,p,c):c});return{teams:{[a.team]:i.logins},kept:i.kept}}return{}}function ho(e){return typeof e=="object"&&e!==null&&"reactions"in e}function go(e){const{labels:t}=e;return new Set([t.topic,t.roadmap,t.objective,t.keyResult,t.meeting,t.retro,t.actionItem].map(n=>n.toLowerCase()))}function Vt(e){return e.labels.map(t=>typeof t=="string"?t:t.name??"")}function bo(e){const t=[e.updated_at,e.state,e.reactions?.["+1"]??0,e.comments??0,Vt(e).join(`
`),(e.assignees??[]).map(n=>n?.login).join(`
`),e.milestone?.title??"",e.type?.name??"",e.sub_issues_summary?.completed??0,e.sub_issues_summary?.total??0,e.issue_dependencies_summary?.blocked_by??0];return(0,ft.createHash)("sha1").update(JSON.stringify(t)).digest("base64").slice(0,16)}const Et=e=>e instanceof ApplyError?e.cause:e;function Ao(e){const t=Et(e);if(t instanceof CutOffAnswerError||t instanceof RequestTimeoutError)return!0;if(t instanceof RoundtableError)return!1;const n=t?.status;return n===void 0?!1:n===403||n===429?/rate limit|abuse/i.test(String(t.message)):mayHaveFailedInTransit(t)}function Co(e){const t=Et(e);return t instanceof CutOffAnswerError?"the connection to GitHub dropped mid-answer":t instanceof RequestTimeoutError?"GitHub did not answer in time":(t?.status===403||t?.status===429)&&/rate limit/i.test(t.message??"")?"GitHub asked Roundtable to slow down (a rate limit)":t?.status===500&&t.cause instanceof TypeError?"the connection to GitHub dropped":typeof t?.status=="number"?`GitHub answered ${t.status}`:"GitHub failed for a moment"}async function Fo(e,t){const{node:n}=await query(e,projectItemContentQuery,{id:t});return!n||!("repository"in n)?null:{owner:n.repository.owner.login,repo:n.repository.name,number:n.number}}var wo=k(3443);async function yo(e,t){const n=new Map,o=Object.assign(async s=>{const a=await e.request(s);if(typeof a.data=="string"){const d=`${String(s.owner)}/${String(s.repo)}:${String(s.path)}`;if(Buffer.byteLength(a.data,"utf8")>M.aF)throw new M.xL(d,[{path:"",message:`the file is larger than ${M.aF/1024} KB, the most Roundtable reads: keep only the settings that differ from the defaults`}]);n.set(d,a.data)}return a},{endpoint:e.request.endpoint});let r;try{({files:r}=await(0,wo.r)({request:o},{owner:t.owner,repo:t.repo,path:t.path,defaults:{}}))}catch(s){if(s instanceof M.xL)throw s;const a=String(s?.message??s);if(!a.startsWith("[@probot/octokit-plugin-config]"))throw s;const[d,i]=[...n].at(-1)??[`${t.owner}/${t.repo}:${t.path}`,""];throw/could not be parsed/i.test(a)&&(0,M.o4)(i,d),new M.xL(d,[{path:"_extends",message:a.replace(/^\[@probot\/octokit-plugin-config\] /,"")}])}return r.map(s=>({owner:s.owner,repo:s.repo,path:s.path,config:s.config??null,text:n.get(`${s.owner}/${s.repo}:${s.path}`)}))}async function Vo(e,{owner:t,repo:n,number:o,config:r}){const{data:s}=await rest(e,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:t,repo:n,issue_number:o}),a=fromListing(s);if(!isKind(a,"keyResult",r))return null;const d=await rest(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:t,repo:n,issue_number:o}).catch(c=>{if(c.status===404)return null;throw c}),{comments:i}=await readComments(e,a.id??"");return{issue:{...a,parent:d?.data.number??null,comments:i},objectiveOwner:d?.data.assignees?.find(c=>c)?.login??null}}async function $o(e,t,n){const o=[];for(let r=1;;r++){const{data:s}=await S(e,"GET /repos/{owner}/{repo}/labels",{owner:t,repo:n,per_page:100,page:r});if(o.push(...s.map(a=>a.name)),s.length<100)return{names:o,requests:r}}}class Io extends P.D9{name="ProjectNotFoundError"}async function jo(e,t,n){let o,r=0;const s=et(e,K,{owner:t.owner,number:t.number},a=>Ot(a)?.items);for await(const{data:a}of s){r+=1;const d=Ot(a);if(!d)throw new Io(`project ${t.number} of ${t.owner} was not found, or the token cannot read it: check project.owner and project.number in .github/roundtable.yml, and use a token that may read Projects (GITHUB_TOKEN cannot: use a GitHub App installation token with the organisation Projects permission, or a personal access token)`);o??={id:d.id,title:d.title,url:d.url,fields:Q(d.fields).flatMap(So),items:[]};for(const i of Q(d.items)){if(i.isArchived)continue;const c=i.content&&"number"in i.content?i.content:null;o.items.push({id:i.id,issue:c?.repository.nameWithOwner.toLowerCase()===n.toLowerCase()?c.number:null})}}return{view:o,requests:r}}function Ot(e){const t=e.repositoryOwner;return t&&"projectV2"in t?t.projectV2:null}function So(e){if(!("id"in e))return[];const t="options"in e?e.options.map(n=>({id:n.id,name:n.name,color:n.color,description:n.description})):"configuration"in e?e.configuration.iterations.map(n=>({id:n.id,name:n.title})):[];return[{id:e.id,name:e.name,dataType:e.dataType,options:t}]}async function Eo(e,{owner:t,repo:n,topic:o}){const r=`${promotedMarker(o)}
`,s=i=>writtenByRoundtable(e,i.user?{login:i.user.login,isBot:i.user.type==="Bot"}:null)&&(i.body??"").startsWith(r),a=await Po(e,t,n,o);let d;if(a!==null){const{data:i}=await rest(e,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:t,repo:n,issue_number:a});s(i)&&(d=i)}if(!d){const{data:i}=await rest(e,"GET /repos/{owner}/{repo}/issues",{owner:t,repo:n,state:"all",sort:"created",direction:"desc",per_page:100});d=i.find(s)}return d?{number:d.number,url:d.html_url,title:d.title,type:d.type?.name??null,parent:await readParent(e,{owner:t,repo:n,issue:d.number})}:null}async function Po(e,t,n,o){const r=restPages(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:t,repo:n,issue_number:o});for await(const{data:s}of r)for(const a of s){const i=writtenByRoundtable(e,a.user?.login?{login:a.user.login,isBot:a.user.type==="Bot"}:null)&&a.body?.startsWith(`${promotedNoteMarker}
`)?promotedRecordOf(a.body):null;if(i!==null)return i}return null}async function To(e,t){const{owner:n,repo:o,projectId:r,field:s}=t;let a={kind:"missing"};const d=[],i=et(e,st,{projectId:r,field:s},h=>h.node&&"items"in h.node?h.node.items:null);let c=1;for await(const{data:h}of i){c++;const w=h.node&&"items"in h.node?h.node:null,g=w?.field;if(g&&"configuration"in g){const{iterations:$,completedIterations:y}=g.configuration;a={kind:"iterations",iterations:[...y,...$],items:d}}else g&&(a={kind:"other",dataType:"not ITERATION"});for(const $ of w?.items.nodes??[]){if(!$)continue;const y=$.quarter&&"title"in $.quarter?$.quarter.title:null;d.push({id:$.id,title:y})}}const p=await ze(e,n,o,`${T.GQi}:${T.ptJ}`);return{read:a,kept:(0,T.u2q)(p),requests:c}}function vo(e){return{...e.ROUNDTABLE_THROTTLING==="off"?{throttle:!1}:{},...e.ROUNDTABLE_RETRY_BASE_MS?{retryAfterBaseValue:G(e)}:{},requestTimeoutMs:J(e.ROUNDTABLE_REQUEST_TIMEOUT_MS,j),budget:AbortSignal.timeout(J(e.ROUNDTABLE_JOB_BUDGET_MS,je)),botLogins:Sn(e.ROUNDTABLE_BOT_LOGINS)}}const nt=e=>new Octokit({baseUrl:e.replace(/\/$/,""),userAgent:"roundtable"}).request;function Oo(e,t,n){return getWebFlowAuthorizationUrl({clientType:"github-app",clientId:e.clientId,redirectUrl:t,state:n,request:nt(e.apiUrl)}).url}async function _o(e,t,n){const{authentication:o}=await exchangeWebFlowCode({clientType:"github-app",clientId:e.clientId,clientSecret:e.clientSecret,code:t,redirectUrl:n,request:nt(e.apiUrl)});return{login:(await rest(ko(e,o.token),"GET /user",{})).data.login,token:o.token}}async function Bo(e,t){try{await deleteToken({clientType:"github-app",clientId:e.clientId,clientSecret:e.clientSecret,token:t,request:nt(e.apiUrl)})}catch(n){if(n.status!==404)throw n}}function ko(e,t){return createClient({token:t,apiUrl:e.apiUrl,throttle:!1})}async function Ro(e,t,n){try{return await rest(e,"GET /repos/{owner}/{repo}",{owner:t,repo:n}),!0}catch(o){const r=o.status;if(r===404||r===403||r===401)return!1;throw o}}async function qo(e,t,n){await rest(e,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:t.owner,repo:t.repo,issue_number:t.issue,body:n})}async function Uo(e,t,n){await rest(e,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:t.owner,repo:t.repo,comment_id:t.comment,content:n})}async function No(e,t){const n=[],o=[];for await(const r of restPages(e,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:t.owner,repo:t.repo,comment_id:t.comment}))for(const s of r.data)s.user&&(s.content==="+1"&&n.push(s.user.login),s.content==="-1"&&o.push(s.user.login));return{up:n,down:o}}})};
//# sourceMappingURL=601.index.js.map
