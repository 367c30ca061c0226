"use strict";export const id=428,ids=[428],modules={5147:((oe,z,m)=>{m.d(z,{xL:()=>p.x,l2:()=>ve,eQ:()=>H.e,aF:()=>$e,o4:()=>ae});var p=m(1429),H=m(104),B=m(1916),a=m(2857),F=m(4377);const w=a.YjP().trim().min(1,"expected a label name, got an empty string").max(50),T=a.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected a GitHub login such as octocat"),k=F.p6({error:"expected a date written as YYYY-MM-DD"}),x=a.rej({topic:w.default("topic").describe("Marks an issue as a topic for the roundtable."),roadmap:w.default("roadmap").describe("Marks an issue as a roadmap item."),objective:w.default("objective").describe("Marks an issue as a quarterly objective."),keyResult:w.default("key-result").describe("Marks an issue as a key result."),meeting:w.default("meeting").describe("Marks an issue as a meeting."),retro:w.default("retro").describe("Marks an issue as a retrospective."),actionItem:w.default("action-item").describe("Marks an issue as an action item."),status:a.rej({toDiscuss:w.default("status:to-discuss").describe("Waiting in the queue."),discussing:w.default("status:discussing").describe("On the table now."),discussed:w.default("status:discussed").describe("Done; its votes are given back."),parked:w.default("status:parked").describe("Set aside; its votes are given back.")}).prefault({}).describe("Labels that hold a topic's status when no project board is configured. A topic with none is To discuss; a closed topic is Discussed.")}).prefault({}).describe("The labels Roundtable reads and writes. Rename them to fit labels you already use."),Q=a.KCZ([a.k5n(["everyone","collaborators","participants"]),a.YOg(T).min(1,"expected at least one login in the list"),a.rej({team:a.YjP().regex(/^[a-z0-9][a-z0-9_-]*$/i,"expected a team slug").describe("The slug of a team of the repository's organisation, such as leadership.")})],{error:"expected everyone, collaborators, participants, a list of logins, or { team: <team-slug> } (a team of the repository's organisation)"}).default("everyone").describe("Whose \u{1F44D} count as votes: everyone, the repository's collaborators, the participants of the next meeting (those seated with /join on the open meeting issue with the earliest date), a list of logins, or the members of a team ({ team: slug })."),Y=a.rej({perPerson:a.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(3).describe("How many votes (\u{1F44D}) each person has per round. Only a person's earliest votes count; the rest are reported as over budget. A topic that is discussed, parked or closed gives its votes back."),eligible:Q,countAuthor:a.zMY({error:"expected true or false"}).default(!0).describe("Whether a topic's author may vote for their own topic."),excludeBots:a.zMY({error:"expected true or false"}).default(!0).describe("Ignore \u{1F44D} from bots and apps."),roundStart:k.nullable().default(null).describe("The day the current voting round began (YYYY-MM-DD, UTC). Votes cast before it do not count. Leave empty to count every vote. With ballots, it also names the round: a new roundStart starts new ballots under new pseudonyms."),source:a.k5n(["reactions","ballots"],{error:"expected reactions or ballots"}).default("reactions").describe("Where votes come from: reactions (a \u{1F44D} on the topic, public) or ballots (private dots placed on the ballot page, sealed under pseudonyms on the roundtable/ballots branch until the round closes; the app needs BALLOT_SECRET)."),maxPerTopic:a.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(1).describe("With ballots: how many of a person's dots may go on one topic. At most perPerson. Reactions always give one."),reveal:a.k5n(["live","after-close"],{error:"expected live or after-close"}).default("live").describe(`When counts are shown: live (always), or after-close (pages, the board, the room and the queue comment say "votes hidden until the round closes" until /close-votes on the meeting issue, the room's button, or roundEnd).`),roundEnd:F.w$({offset:!0,error:"expected a date and time such as 2026-12-01T17:00:00Z"}).nullable().default(null).describe("When the voting round closes by itself (ISO 8601 date and time, such as 2026-12-01T17:00:00Z). Ballots can no longer change after it, and hidden counts are shown."),ballotKey:a.YjP({error:`expected the app's public ballot key, "ed25519:" and 44 characters of base64`}).regex(/^ed25519:[A-Za-z0-9+/]{43}=$/,`expected the app's public ballot key, "ed25519:" and 44 characters of base64 (shown on the ballot page)`).nullable().default(null).describe("With ballots: the app's public ballot key (ed25519:\u2026, shown on the ballot page). The Action and the CLI check the ballot file's signatures with it, and need no secret. Without it they count no ballot."),batchSize:a.Whr({error:"expected a whole number from 3 to 100"}).min(3,"expected a whole number from 3 to 100: fewer would let a commit tell whose ballot changed").max(100,"expected a whole number from 3 to 100").default(3).describe("With ballots: a batch written to the ballots branch holds at least this many voters' changes (the round's end writes whatever waits, and says how many).")}).superRefine((d,f)=>{d.maxPerTopic>d.perPerson&&f.addIssue({code:"custom",path:["maxPerTopic"],input:d.maxPerTopic,message:`expected at most perPerson (${d.perPerson}): nobody can place more dots on one topic than they have; lower maxPerTopic or raise perPerson`})}).prefault({}).describe("How votes are cast and counted: \u{1F44D} reactions or private ballots."),C=a.rej({toDiscuss:w.default("To discuss").describe("Waiting in the queue, ordered by votes."),discussing:w.default("Discussing").describe("On the table in the current meeting."),discussed:w.default("Discussed").describe("Done; its votes are given back."),parked:w.default("Parked").describe("Set aside for now; its votes are given back.")}).prefault({}).describe("The names of the Status options on the project board, in the order a topic moves."),D=a.rej({owner:a.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected an organisation or user login").describe("The organisation or user that owns the project."),number:a.Whr({error:"expected the project's number, as in /orgs/acme/projects/7"}).positive("expected the project's number, as in /orgs/acme/projects/7").describe("The project's number, as in github.com/orgs/acme/projects/7."),fields:a.rej({status:w.default("Status").describe("Single-select field holding a topic's status."),lane:w.default("Lane").describe("Single-select field holding a roadmap item's lane."),quarter:w.default("Quarter").describe("Single-select or iteration field holding a roadmap item's quarter."),slot:w.default("Slot").describe("Text or single-select field that /schedule sets to a session's start time (HH:MM), where the project has it."),room:w.default("Room").describe("Text or single-select field that /schedule sets to a session's room (Room 1, Room 2, \u2026), where the project has it.")}).prefault({}).describe("The names of the project's fields that Roundtable reads and sets."),statusOptions:a.rej({toDiscuss:w.optional().describe("The option that means To discuss, such as Todo."),discussing:w.optional().describe("The option that means Discussing, such as In Progress."),discussed:w.optional().describe("The option that means Discussed, such as Done."),parked:w.optional().describe("The option that means Parked.")}).prefault({}).superRefine((d,f)=>{const y=new Map;for(const[I,O]of Object.entries(d)){if(O===void 0)continue;const X=O.toLowerCase();y.has(X)&&f.addIssue({code:"custom",path:[I],message:`expected each status on its own option; "${O}" is ${y.get(X)} already`}),y.set(X,I)}}).describe("Existing options of the Status field to use for the topic statuses, when the board's options have other names than statuses (Todo for To discuss, say). A status left out uses its name under statuses."),setup:a.zMY({error:"expected true or false"}).default(!1).describe("Let sync add what the board lacks: the Status options, and the Lane and Quarter fields (as roundtable project setup does). Off, a board that lacks them is refused with a message naming what to add.")}).nullable().default(null).describe("The GitHub Projects (v2) board that holds the queue. Leave empty to keep status and lanes in labels."),U=a.rej({key:a.YjP().regex(/^[a-z0-9][a-z0-9-]*$/,"expected a short key in lower case, such as production (it names the label lane:<key>)").describe("A short key in lower case; the label lane:<key> marks an item of this lane."),name:w.describe("The name of the lane: the option of the Lane field on the board."),description:a.YjP().max(500).default("").describe("What belongs in this lane.")}),$=[{key:"production",name:"Production",description:"Mature and stable: built to run in production."},{key:"early",name:"Early",description:"Not yet mature, shipped early to learn from real use."},{key:"research",name:"Research",description:"Entirely new: research and development."}],M=a.YOg(U).min(1,"expected at least one lane").superRefine((d,f)=>{const y=new Set;for(const[I,O]of d.entries())y.has(O.key)&&f.addIssue({code:"custom",path:[I,"key"],message:"expected each lane key once"}),y.add(O.key)}).default(()=>structuredClone($)).describe("The roadmap's lanes, in order. The default is the three maturity lanes: production, early, research."),N=a.YjP().regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/,"expected a path inside the repository, such as docs/topics.md"),A=a.rej({topics:N.default("docs/topics.md").describe("The topic queue."),roadmap:N.default("docs/roadmap.md").describe("The roadmap, by lane and quarter."),okrs:N.default("docs/okrs").describe("The folder of quarterly and yearly OKR pages."),retros:N.default("docs/retros").describe("The folder of retro pages."),meetings:N.default("docs/meetings").describe("The folder of meeting pages."),takeaways:N.default("docs/takeaways.md").describe("The knowledge base of takeaways."),metrics:N.default("docs/metrics.md").describe("Participation and delivery metrics.")}).prefault({}).describe("Where the generated pages are written, relative to the repository root."),S=a.rej({queueIssue:a.Whr({error:"expected an issue number"}).positive("expected an issue number").nullable().default(null).describe('An issue (a pinned "How we vote" issue, say) where Roundtable keeps one comment with the top of the queue. Leave empty for none.')}).prefault({}).describe("What the sync job keeps up to date besides the board."),P=a.YjP().regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})|@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[a-z0-9][a-z0-9_-]*)$/i,"expected a GitHub login such as octocat, or a team such as @acme/leads"),R=a.YOg(P).default([]).describe("The people the group chose to run its meetings: logins, or teams written @org/team-slug (their members, read with the organisation permission Members: read). They facilitate any meeting, close the voting round and run /schedule, checked when the command is given; the logins named here also park and unpark any topic. A meeting opened by one of them (or by Roundtable) is trusted: it sets topics' statuses, closes the voting round and, with votes.eligible: participants, says who votes."),_=["triage","write","maintain","admin"],W=a.YOg(a.k5n(_,{error:`expected one of ${_.join(", ")}`})).default(["write","maintain","admin"]).describe("Repository roles whose people facilitate as well as those named in facilitators, looked up on GitHub when the command is given. [] leaves it to the people and teams named in facilitators. A meeting opened by anyone else still seats people and keeps its notes, but sets the status of no topic but its host's own, closes no voting round and does not say who votes."),E=a.zMY({error:"expected true or false"}).default(!1).describe("Whether a topic may have more than one sponsor. The first assignee is the sponsor shown."),G=a.rej({priority:a.k5n(["default","ice","rice"],{error:"expected default, ice or rice"}).default("default").describe("How roadmap items are ranked: default (aligned \xD7 impact \xD7 importance \xD7 joy \xF7 effort, from the roadmap form's questions), ice (impact \xD7 confidence \xD7 ease) or rice (reach \xD7 impact \xD7 confidence \xF7 effort)."),fiscalYearStart:a.Whr({error:"expected a month from 1 (January) to 12"}).min(1,"expected a month from 1 (January) to 12").max(12,"expected a month from 1 (January) to 12").default(1).describe("The month the fiscal year starts in (1 = January). Quarters are counted from it.")}).prefault({}).describe("How the roadmap is ranked and split into quarters."),V=a.YjP().trim().min(1,"expected an issue type's name, got an empty string").max(50,"expected an issue type's name of at most 50 characters").nullable(),q=a.rej({topic:V.default("Topic").describe("The issue type of a topic."),roadmap:V.default("Roadmap item").describe("The issue type of a roadmap item."),objective:V.default("Objective").describe("The issue type of a quarterly objective."),keyResult:V.default("Key result").describe("The issue type of a key result.")}).prefault({}).describe("The organisation's issue types that make an issue a topic, a roadmap item, an objective or a key result. An issue is of a kind by its type, else by its label (labels); where the two disagree the type wins, and the roadmap page says so. null: by label only. Personal accounts have no issue types: labels alone work there."),he=a.rej({daysBeforeEnd:a.Whr({error:"expected a whole number of days from 0 to 60"}).min(0,"expected a whole number of days from 0 to 60").max(60,"expected a whole number of days from 0 to 60").default(14).describe("How many days before a quarter ends the retro job opens its retro issue.")}).prefault({}).describe("The quarterly retrospective."),ce=(d,f)=>a.aig({error:"expected a number of minutes above 0 and at most 120, such as 8 or 0.5"}).positive("expected a number of minutes above 0 and at most 120, such as 8 or 0.5").max(120,"expected a number of minutes above 0 and at most 120, such as 8 or 0.5").default(f).describe(`${d} Fractions are allowed: 0.5 is 30 seconds.`),re=a.rej({name:a.YjP().regex(/^[a-z][a-z0-9-]*$/,"expected a short name in lower case, such as decision").describe("What follows /checkin to post this set, such as reflection."),answer:a.k5n(["vote","comment"],{error:"expected vote (\u{1F44D} or \u{1F44E}) or comment"}).describe("vote: each statement is a comment to answer with \u{1F44D} or \u{1F44E}; comment: people answer in comments."),statements:a.YOg(a.YjP().trim().min(1,"expected a statement").max(200)).min(1,"expected at least one statement").max(10,"expected at most ten statements").describe("The statements or questions, in order.")}),K=[{name:"decision",answer:"vote",statements:["I agree with our decision and prioritisation.","I understand the reasoning.","I recognise the impact and side effects."]},{name:"reflection",answer:"comment",statements:["What am I thinking?","What am I feeling?","What do I want in this moment?"]}],ie=a.YjP().refine(d=>{try{return new Intl.DateTimeFormat("en",{timeZone:d}),!0}catch{return!1}},{error:"expected an IANA time zone, such as Europe/Berlin"}),pe=a.rej({permission:a.k5n(["read","triage","write"],{error:"expected read, triage or write"}).describe("The role people who take a seat get on the repository (read \u2192 pull, write \u2192 push). GitHub honours it only on an organisation's repository: on a personal one every outside collaborator gets write access."),removeAfterDays:a.Whr({error:"expected a whole number of days from 1 to 365"}).min(1,"expected a whole number of days from 1 to 365").max(365,"expected a whole number of days from 1 to 365").optional().describe("Remove the outside collaborators the app added itself this many days after their last meeting (and cancel their pending invitations). Absent: nobody is removed. Never touches anybody the app did not add.")}).optional().describe("Invite people who take a seat and cannot yet use the repository (the App needs the Administration permission). Absent: no invitations."),fe=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],je=a.rej({every:a.Whr({error:"expected a whole number of weeks from 1 to 52"}).min(1,"expected a whole number of weeks from 1 to 52").max(52,"expected a whole number of weeks from 1 to 52").describe("A meeting every this many weeks."),weekday:a.k5n(fe,{error:`expected a weekday: ${fe.join(", ")}`}).describe("The day of the week the meetings fall on."),start:a.YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,"expected the first meeting's local date and time, such as 2026-01-15T17:00").describe("The first meeting, as a clock in timeZone shows it (YYYY-MM-DDTHH:MM); later ones keep its hour."),timeZone:ie.describe("The time zone the meetings' hour is kept in, such as Europe/Berlin."),format:a.k5n(["lean-coffee","unconference"],{error:"expected lean-coffee or unconference"}).default("lean-coffee").describe("The format of each meeting."),capacity:a.Whr({error:"expected a whole number of seats from 1 to 500"}).min(1,"expected a whole number of seats from 1 to 500").max(500,"expected a whole number of seats from 1 to 500").default(12).describe("Seats per meeting; past them, people wait in line."),durationMinutes:a.Whr({error:"expected a whole number of minutes from 15 to 600"}).min(15,"expected a whole number of minutes from 15 to 600").max(600,"expected a whole number of minutes from 15 to 600").default(90).describe("How long each meeting lasts."),openBefore:a.Whr({error:"expected a whole number of days from 1 to 90"}).min(1,"expected a whole number of days from 1 to 90").max(90,"expected a whole number of days from 1 to 90").default(21).describe("How many days ahead of a meeting its issue is opened."),skip:a.YOg(k).default([]).describe("Dates (YYYY-MM-DD, local) on which the series holds no meeting.")}).optional().describe("A series that runs itself: the scheduled Action and the app open each meeting's issue openBefore days ahead, once. Absent: meetings are opened by hand."),Pe=a.rej({invite:pe,series:je,sponsorMinutes:ce("How long the sponsor opens a topic with /next.",2),discussionMinutes:ce("How long the group then discusses it before the roman vote.",8),extensionMinutes:a.YOg(a.Whr({error:"expected a whole number of minutes from 1 to 60"}).min(1,"expected a whole number of minutes from 1 to 60").max(60,"expected a whole number of minutes from 1 to 60")).min(1,"expected at least one extension step").default([5,3]).describe("How long a topic is extended when the roman vote says so: the first extension, the second, \u2026; the last step repeats."),checkins:a.YOg(re).min(1,"expected at least one set of check-in statements").superRefine((d,f)=>{const y=new Set;for(const[I,O]of d.entries())y.has(O.name)&&f.addIssue({code:"custom",path:[I,"name"],message:"expected each name once"}),y.add(O.name)}).default(()=>structuredClone(K)).describe("The check-ins a facilitator can post: /checkin posts the first set, /checkin <name> another. The default sets are decision (three statements answered \u{1F44D} or \u{1F44E}) and reflection (three questions answered in comments)."),reminderHours:a.Whr({error:"expected a whole number of hours from 1 to 168"}).min(1,"expected a whole number of hours from 1 to 168").max(168,"expected a whole number of hours from 1 to 168").default(24).describe("How long before a meeting starts the channels get its reminder (meeting.reminder), sent by the Action's scheduled notify job.")}).prefault({}).describe("How the lean-coffee runner times topics and what /checkin asks."),le=["meeting.announced","meeting.reminder","topic.now","timebox.ended","topic.outcome","meeting.ended","retro.opened","action-items","digest"],Te=["slack","teams","discord","webhook"],be=(d,f)=>a.YjP({error:`expected env:NAME, such as env:${f}`}).superRefine((y,I)=>{if(/^env:ROUNDTABLE_[A-Z0-9_]+$/.test(y))return;const O=/^[a-z][a-z0-9+.-]*:\/\//i.test(y.trim()),X=/^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(y.trim())?.[1];I.addIssue({code:"custom",message:O?`expected env:NAME, got the ${d} itself (not repeated here). This file is public: anyone who reads it can post to your channel. Put the ${d} in a secret (the app: the environment variable ${f}; the Action: a repository secret passed to the step as env ${f}), write env:${f} here, and revoke this one, since the file's history keeps it`:X?`expected a variable named ROUNDTABLE_\u2026, got env:${X}: Roundtable reads only those, so that a config never reaches the app's own secrets; name it env:ROUNDTABLE_${X.toUpperCase().replace(/^ROUNDTABLE_/,"")}`:`expected env:ROUNDTABLE_NAME, in capitals, digits and _, such as env:${f}; got something else (not repeated here, in case it is a secret)`})}),De=a.YjP().superRefine((d,f)=>{if(le.includes(d))return;const y=le.find(J=>d.length>2&&J.startsWith(d)),I=(0,B.kp)(d,[...le]),O=y??((0,B.Io)(d,I)<=Math.max(2,I.length/3)?I:null),X=O?`did you mean ${O}? `:"";f.addIssue({code:"custom",message:`unknown event; ${X}expected one of ${le.join(", ")}`})}),ke=a.rej({kind:a.k5n(Te,{error:`expected one of ${Te.join(", ")}`}).describe("The platform: slack (an incoming webhook), teams (a Workflows webhook), discord (a channel webhook) or webhook (signed JSON to any HTTPS endpoint)."),url:be("webhook URL","ROUNDTABLE_SLACK_URL").describe("env:ROUNDTABLE_NAME: the environment variable (app) or workflow env/secret (Action) holding the webhook URL. Never the URL itself: this file is public, and anyone with the URL can post to the channel."),secret:be("signing secret","ROUNDTABLE_WEBHOOK_SECRET").optional().describe("For kind webhook: env:NAME of the secret that signs each request (X-Roundtable-Signature-256, an HMAC-SHA256 as GitHub signs its webhooks)."),events:a.YOg(De).min(1,"expected at least one event").default([...le]).describe(`What the channel is told; all by default. One or more of ${le.join(", ")}.`)}),ye=a.YOg(ke).max(10,"expected at most ten channels").default([]).describe("The group's channels (Slack, Teams, Discord, or any webhook) and what each is told. Each URL is read from the environment, never from this file."),we=a.rej({labels:x,votes:Y,statuses:C,project:D,lanes:M,pages:A,sync:S,facilitators:R,facilitatorRoles:W,coSponsors:E,roadmap:G,kinds:q,retro:he,meetings:Pe,notify:ye}).describe("Roundtable's configuration: .github/roundtable.yml");function xe(){return configSchema.parse({})}var ue=m(8815);function ae(d,f=H.e){ge(d,f);const y=new ue.LineCounter,I=(0,ue.parseDocument)(d,{lineCounter:y,prettyErrors:!1,uniqueKeys:!0}),O=J=>y.linePos(J);if(I.errors.length>0){const J=I.errors.map(ee=>{const{line:se,col:Ae}=O(ee.pos[0]),Oe=ee.message.split(`
`)[0]??ee.message;return{path:"",line:se,column:Ae,message:`this is not valid YAML (${Oe.replace(/ at line \d+, column \d+:?$/,"")}); check the indentation and quoting on this line`}});throw new p.x(f,J,{cause:I.errors[0]})}const X=I.contents===null?{}:I.toJS();if(I.contents!==null&&!(0,ue.isMap)(I.contents)){const{line:J,col:ee}=O(I.contents.range?.[0]??0);throw new p.x(f,[{path:"",line:J,column:ee,message:'expected a mapping of settings such as "votes:"',given:me(X)}])}return ve(X,f,(J,ee)=>{const se=ee===void 0?e(I.contents,J):s(I.contents,J,ee),{line:Ae,col:Oe}=O(se?.range?.[0]??0);return{line:Ae,column:Oe}})}function ve(d,f,y){const I=we.safeParse(d??{});if(I.success)return I.data;const O=I.error.issues.flatMap(J=>{const ee=J.path;return J.code==="unrecognized_keys"?J.keys.map(se=>({issue:J,path:ee,key:se})):[{issue:J,path:ee,key:void 0}]}),X=O.slice(0,p.O).map(({issue:J,path:ee,key:se})=>se!==void 0?{path:Se([...ee,se]),...y?.(ee,se)??{},message:`unknown setting${v(se,h(ee))}`}:{path:Se(ee),...y?.(ee)??{},message:Ve(J),...Fe(ee)?{}:{given:me(Ee(d,ee))}});throw new p.x(f,X,{cause:I.error,total:O.length})}const $e=256*1024;function ge(d,f){const y=Buffer.byteLength(d,"utf8");if(!(y<=$e))throw new p.x(f,[{path:"",message:`the file is ${Math.ceil(y/1024)} KB; Roundtable reads configs of at most ${$e/1024} KB: keep only the settings that differ from the defaults`}])}function Ve(d){if(!d.message.startsWith("Invalid")&&!d.message.startsWith("Too "))return d.message;switch(d.code){case"invalid_type":return`expected ${Ce(d.expected)}`;case"invalid_value":return`expected one of ${d.values.map(f=>JSON.stringify(f)).join(", ")}`;case"too_small":return`expected at least ${String(d.minimum)}`;case"too_big":return`expected at most ${String(d.maximum)}`;default:return"expected a valid value (see schema/roundtable.schema.json)"}}function Ce(d){return{string:"text",number:"a number",int:"a whole number",boolean:"true or false",object:"a mapping of settings",array:"a list",null:"nothing"}[d]??d}function me(d){if(d===void 0)return"nothing";if(d===null)return"an empty value";if(Array.isArray(d))return"a list";if(typeof d=="object")return"a mapping";const f=JSON.stringify(d);return f.length>60?`${f.slice(0,57)}\u2026"`:f}function Fe(d){return d[0]==="notify"&&(d[2]==="url"||d[2]==="secret")}function Se(d){return d.reduce((f,y)=>typeof y=="number"?`${f}[${y}]`:f===""?String(y):`${f}.${y}`,"")}function Ee(d,f){let y=d;for(const I of f){if(y===null||typeof y!="object")return;y=y[I]}return y}function e(d,f){let y=d;for(const I of f){if(!(0,ue.isCollection)(y))return y;const O=y.get(I,!0);if(O==null)return y;y=O}return y}function s(d,f,y){const I=e(d,f);return(0,ue.isMap)(I)?I.items.find(X=>(0,ue.isScalar)(X.key)&&X.key.value===y)?.key??I:I}function h(d){let f=we;for(const I of d)f=g(f),typeof I=="number"?f=f.element:f=f.shape?.[I];const y=g(f)?.shape;return y?Object.keys(y):[]}function g(d){let f=d;for(;f?.def?.innerType;)f=f.def.innerType;return f}function v(d,f){if(f.length===0)return"";const y=f.find(O=>O.toLowerCase()===d.toLowerCase().replace(/[-_]/g,"")),I=`expected one of ${f.join(", ")}`;return y?` (did you mean ${y}? ${I})`:` (${I})`}}),5603:((oe,z,m)=>{m.d(z,{d5:()=>T,k6:()=>Q,gj:()=>k});var p=m(8027),H=m(5911);const B={"add-to-project":{how:"repeat",because:"addProjectV2ItemById answers with the item already there"},"set-field":{how:"repeat",because:"a value set twice is the value"},move:{how:"repeat",because:"a position set twice is the position"},"add-label":{how:"repeat",because:"a label added twice is on once"},"remove-label":{how:"repeat",because:"a label gone answers 404, taken as done"},"add-assignee":{how:"repeat",because:"an assignee added twice is assigned once"},"remove-assignee":{how:"repeat",because:"removing one not assigned changes nothing"},react:{how:"repeat",because:"GitHub answers a reaction already there with it (200)"},unreact:{how:"repeat",because:"the bot's reactions are listed, then each deleted; 404 is done"},"upsert-comment":{how:"look-first",key:"the marker, among the bot's own comments on the issue (edits are repeated)"},"comment-as-person":{how:"look-first",key:"the person's comment with the same words on the issue, made since the press"},"delete-comment":{how:"repeat",because:"a comment gone answers 404, taken as done"},"close-issue":{how:"repeat",because:"closing a closed issue changes nothing"},"open-issue":{how:"look-first",key:"the marker opening the body, among the newest issues"},"create-label":{how:"look-first",key:"the label's name (422 already_exists is done too)"},"create-field":{how:"look-first",key:"the field's name: the next plan reads the project and adds none already there"},"set-field-options":{how:"repeat",because:"the whole list of options is set"},notify:{how:"best-effort",because:"its key is recorded in the meeting's state"},"commit-pages":{how:"look-first",key:"the branch's head: a commit of unknown outcome is read back, and pages it holds are not written again (a pull request it lacks is opened)"},"write-ballots":{how:"look-first",key:"the ballots branch's head: a commit whose outcome is unknown is read back, and what it holds is not written again"},"invite-collaborator":{how:"look-first",key:"the person's login, among open invitations and collaborators"},"cancel-invitation":{how:"repeat",because:"an invitation gone answers 404, taken as done"},"remove-collaborator":{how:"repeat",because:"removing one already gone answers 204"},"post-status-update":{how:"look-first",key:"the week's marker opening the body, among the project's latest status updates"},"add-sub-issue":{how:"repeat",because:"a second add is refused (422), and the sub-issue's parent read back says it is done"},"create-issue-type":{how:"look-first",key:"the type's name among the organisation's types (422 already exists is done too)"},"create-iteration-field":{how:"look-first",key:"the field's name: the plan reads the project, and a name already taken is done"},"set-quarters":{how:"repeat",because:"the items' quarters are kept on the roundtable/quarters branch before the iterations are replaced; the next plan writes back what a stopped run left, and setting the same iterations and values again gives the same board"}};var a=m(7382),F=m(8080),w=m(607);class T extends p.D9{applied;failed;notApplied;name="ApplyError";constructor(C,D,U,$){super(`stopped at "${(0,a.xU)(D)}": ${$?.message??String($)}. Applied ${C.length} of ${C.length+1+U.length} changes; ${U.length+1} not applied. Run again to finish: Roundtable starts from what GitHub holds now.`,{cause:$}),this.applied=C,this.failed=D,this.notApplied=U}}async function k(Y,C,D){const U=[...C.filter(A=>!(0,a.hs)(A)),...C.filter(a.hs)];if(D.dryRun){for(const A of U)if(D.log(`would ${(0,a.xU)(A)}`),"body"in A&&typeof A.body=="string")for(const S of A.body.trimEnd().split(`
`))D.log(`    \u2502 ${S}`);return[]}const $=new Map;for(const A of D.project?.items??[])A.issue!==null&&$.set(A.issue,A.id);const M={github:Y,owner:D.owner,repo:D.repo,project:D.project,itemOf:$,...D.secrets?{secrets:D.secrets}:{},...D.post?{post:D.post}:{},...D.ballotSigner?{ballotSigner:D.ballotSigner}:{}},N=[];for(const[A,S]of U.entries()){try{await(0,a.Cf)(S,M).catch(P=>{if(!(P instanceof w.DH)||B[S.kind].how!=="repeat")throw P;return D.log(`${(0,a.xU)(S)}: GitHub did not answer in time; sending it once more`),(0,a.Cf)(S,M)})}catch(P){if(!(0,a.hs)(S))throw await x(Y,D,[...N,S]),new T(N,S,U.slice(A+1),P);const R=P instanceof Error?P:new Error(String(P));D.log(`could not ${(0,a.xU)(S)}: ${R.message}`),D.onFailure?.(S,R);continue}N.push(S),D.log((0,a.xU)(S))}return await x(Y,D,N),N}async function x(Y,C,D){if(!Y.reads)return;const U=D.flatMap($=>$.kind==="add-to-project"||$.kind==="set-field"?[$.issue]:[]);await(0,F.gz)(Y.reads,`${C.owner}/${C.repo}`,[...new Set(U)])}async function Q(Y,C,D){const{message:U,mode:$,render:M}=C,{owner:N,repo:A,dryRun:S,log:P}=D;return(0,H.zu)(Y,{owner:N,repo:A,message:U,mode:$,render:M,dryRun:S,log:P})}}),5911:((oe,z,m)=>{m.d(z,{zu:()=>D,z_:()=>C});var p=m(8027),H=m(3785),B=m(6059),a=m(2825);async function F(S,P,R,_,W,E){const G=await w(S,P,R,_);if(G)return G;for(const V of E)if(await(0,B.y)(S,P,R,`${_.defaultOid}:${V.path}`)!==V.content)return T(S,P,R,_,W);return null}async function w(S,P,R,_){const{data:W}=await(0,a.z)(S,"GET /repos/{owner}/{repo}/pulls",{owner:P,repo:R,head:`${P}:${_.branch}`,state:"open"});return W[0]?{number:W[0].number,url:W[0].html_url}:void 0}async function T(S,P,R,_,W){const E=async()=>{const q=await w(S,P,R,_);return q&&{number:q.number,html_url:q.url}},G=await E();if(G)return{number:G.number,url:G.html_url};const V=await(0,H.Ur)(E,async()=>{const{data:q}=await(0,a.z)(S,"POST /repos/{owner}/{repo}/pulls",{owner:P,repo:R,head:_.branch,base:_.defaultBranch,title:W,body:"Roundtable refreshed its pages. Merge to publish them; the next run updates this pull request.",...H.FY});return typeof q=="object"&&q?.number?q:await E()??q});return{number:V.number,url:V.html_url}}var k=m(9817),x=m(211);async function Q(S,P,R,_,W){const E=await(0,x.P)(S,k.rZ,{owner:P,name:R,qualifiedName:`refs/heads/${W}`}),G=E.repository?.defaultBranchRef;if(!G?.target)throw new p.D9(`${P}/${R} has no default branch to write pages to: push a first commit`);const{target:V}=G;if(_==="direct")return{branch:G.name,oid:V.oid,defaultBranch:G.name,defaultOid:V.oid,exists:!0};const q=E.repository?.ref;return{branch:W,oid:q?.target?.oid??V.oid,defaultBranch:G.name,defaultOid:V.oid,exists:q!=null}}class Y extends p.D9{name="CommitConflictError"}const C="roundtable/pages";async function D(S,P){const{owner:R,repo:_,log:W}=P,E=P.attempts??3,G=P.render(()=>{}).map(V=>V.path);for(let V=1;V<=E;V++){const q=await Q(S,R,_,P.mode==="direct"?"direct":"pull-request",P.branch??C),he=await U(S,P,q,G),ce=P.render(K=>he.get(K)),re=ce.filter(K=>K.content!==he.get(K.path));if(re.length===0)return $(S,P,q,ce);if(P.dryRun){for(const K of re)W(`would write ${K.path}`);return{commit:null,changed:re.map(K=>K.path),pullRequest:null}}q.exists||await M(S,R,_,q);try{const K=await N(S,R,_,q,P.message,re);W(`committed ${re.map(pe=>pe.path).join(", ")} to ${q.branch} (${K.oid.slice(0,7)})`);const ie=P.mode==="pull-request"?await T(S,R,_,q,P.message):null;return{commit:K,changed:re.map(pe=>pe.path),pullRequest:ie}}catch(K){const ie=!A(K)&&(0,H.Ld)(K);if(!A(K)&&!ie||ie&&V>=E)throw K;W(ie?`the commit to ${q.branch} may or may not have landed (${K.message}): reading the branch again (attempt ${V} of ${E})`:`${q.branch} moved while the pages were written (attempt ${V} of ${E}): reading it again`)}}throw new Y(`the branch kept moving while Roundtable wrote its pages (${E} attempts); nothing was written: run again`)}async function U(S,{owner:P,repo:R},_,W){const E=_.exists?_.oid:_.defaultOid,G=new Map;for(const V of W)G.set(V,await(0,B.y)(S,P,R,`${E}:${V}`));return G}async function $(S,P,R,_){P.log("pages: nothing changed, no commit");const{owner:W,repo:E}=P,G=P.mode==="pull-request"&&R.exists&&!P.dryRun?await F(S,W,E,R,P.message,_):null;return{commit:null,changed:[],pullRequest:G}}async function M(S,P,R,_){await(0,a.z)(S,"POST /repos/{owner}/{repo}/git/refs",{owner:P,repo:R,ref:`refs/heads/${_.branch}`,sha:_.defaultOid})}async function N(S,P,R,_,W,E){const V=(await(0,x.P)(S,k.dD,{branch:{repositoryNameWithOwner:`${P}/${R}`,branchName:_.branch},expectedHeadOid:_.oid,message:{headline:W},fileChanges:{additions:E.map(q=>({path:q.path,contents:Buffer.from(q.content,"utf8").toString("base64")}))}})).createCommitOnBranch?.commit;if(!V)throw new p.D9(`GitHub made no commit on ${_.branch}: run again`);return V}function A(S){const P=String(S?.message??"");return/expectedHeadOid|expected branch to point to/i.test(P)}}),3785:((oe,z,m)=>{m.d(z,{FY:()=>H,Ld:()=>B,Ur:()=>F,wR:()=>w});var p=m(9645);const H={request:{retries:0}};function B(T){if((0,p.H)(T))return!1;const k=T?.status;return k===void 0||k>=500}const a=(T,k)=>new Promise(x=>setTimeout(x,k*2**(T-1)));async function F(T,k,{tries:x=3,baseMs:Q=w()}={}){for(let Y=1;;Y++)try{return await k()}catch(C){if(Y>=x||!B(C))throw C;await a(Y,Q);const D=await T();if(D!==void 0)return D}}function w(T=process.env){const k=Number(T.ROUNDTABLE_RETRY_BASE_MS);return T.ROUNDTABLE_RETRY_BASE_MS&&Number.isFinite(k)&&k>=0?k:1e3}}),7382:((oe,z,m)=>{m.d(z,{Cf:()=>Ee,xU:()=>Fe,hs:()=>Se});var p=m(2825);const H={describe:e=>`assign ${e.login} to #${e.issue}`,async apply(e,{github:s,owner:h,repo:g}){await(0,p.z)(s,"POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:h,repo:g,issue_number:e.issue,assignees:[e.login]})}},B={describe:e=>`add the label "${e.label}" to #${e.issue}`,async apply(e,{github:s,owner:h,repo:g}){await(0,p.z)(s,"POST /repos/{owner}/{repo}/issues/{issue_number}/labels",{owner:h,repo:g,issue_number:e.issue,labels:[e.label]})}};var a=m(8027);async function F(e,{owner:s,repo:h,issue:g}){try{const{data:v}=await(0,p.z)(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:s,repo:h,issue_number:g});return v.number}catch(v){if(v.status===404)return null;throw v}}const w={describe:e=>`make #${e.child} a sub-issue of #${e.parent}`,async apply(e,{github:s,owner:h,repo:g}){const{data:v}=await(0,p.z)(s,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:h,repo:g,issue_number:e.child});try{await(0,p.z)(s,"POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues",{owner:h,repo:g,issue_number:e.parent,sub_issue_id:v.id})}catch(d){if(d.status!==422)throw d;const f=await F(s,{owner:h,repo:g,issue:e.child});if(f===e.parent)return;throw new a.D9(`#${e.child} could not be made a sub-issue of #${e.parent}: ${f?`it is a sub-issue of #${f}`:"GitHub refused it (a parent has at most 100 sub-issues, and a tree at most 8 levels)"}`,{cause:d})}}};var T=m(9817),k=m(211);function x(e){if(!e.project)throw new a.D9("this change needs a project, and none is configured");return e.project}function Q(e,s){const h=e.itemOf.get(s);if(!h)throw new a.D9(`#${s} is not on the project`);return h}const Y={describe:e=>`add #${e.issue} to the project`,async apply(e,s){const g=(await(0,k.P)(s.github,T.VE,{projectId:x(s).id,contentId:e.contentId})).addProjectV2ItemById?.item;g&&s.itemOf.set(e.issue,g.id)}};var C=m(811);const D={describe:e=>`withdraw ${e.login}'s invitation ${e.id}`,async apply(e,{github:s,owner:h,repo:g}){await(0,C.Il)(s,h,g,e.id)}},U={describe:e=>`close #${e.issue}`,async apply(e,{github:s,owner:h,repo:g}){await(0,p.z)(s,"PATCH /repos/{owner}/{repo}/issues/{issue_number}",{owner:h,repo:g,issue_number:e.issue,state:"closed",state_reason:"completed"})}};var $=m(3785);const M=6e4,N={describe:e=>`post "${e.body}" on #${e.issue} as ${e.login}`,async apply(e,{github:s,owner:h,repo:g}){const v=new Date(Date.parse(e.at)-M).toISOString(),d=y=>y.body===e.body&&y.user?.login?.toLowerCase()===e.login.toLowerCase()&&(y.created_at??"")>=v,f=async()=>{const y=(0,p.N)(s,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:h,repo:g,issue_number:e.issue,since:v});for await(const{data:I}of y){const O=I.find(d);if(O)return O}};await(0,$.Ur)(f,()=>(0,p.z)(s,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:h,repo:g,issue_number:e.issue,body:e.body,...$.FY}).then(({data:y})=>y))}};var A=m(5911);const S={describe:({mode:e})=>e==="direct"?"commit the pages to the default branch":`commit the pages to ${A.z_} and open its pull request`,async apply({message:e,mode:s,render:h},{github:g,owner:v,repo:d}){await(0,A.zu)(g,{owner:v,repo:d,message:e,mode:s,render:h,dryRun:!1,log:()=>{}})}};function P(e){return e.map(s=>`"${s}"`).join(", ")}const R={describe:e=>`add the field "${e.field}" to the project, with the options ${P(e.options.map(s=>s.name))}`,async apply(e,s){await(0,k.P)(s.github,T.zh,{projectId:x(s).id,name:e.field,options:e.options})}};async function _(e,s){try{const{data:h}=await(0,p.z)(e,"GET /orgs/{org}/issue-types",{org:s});return h.map(g=>g.name)}catch(h){const g=h.status;if(g===404||g===403)return null;throw h}}const W={describe:e=>`create the issue type "${e.name}" for the organisation`,async apply(e,{github:s,owner:h}){const g=async()=>(await _(s,h))?.find(v=>v.toLowerCase()===e.name.toLowerCase());try{await(0,$.Ur)(g,()=>(0,p.z)(s,"POST /orgs/{org}/issue-types",{org:h,name:e.name,is_enabled:!0,description:e.description,color:e.color,...$.FY}).then(()=>e.name))}catch(v){if(v.status!==422||!await g())throw v}}};var E=m(652);const G={describe:e=>`add the iteration field "${e.field}" to the project, with ${e.iterations.map(s=>`"${s.title}"`).join(", ")}`,async apply(e,s){const h=x(s);if(h.fields.some(v=>(0,E.qa8)(v.name,e.field)))return;const[g]=e.iterations;try{await(0,k.P)(s.github,T.bs,{projectId:h.id,name:e.field,configuration:{startDate:g?.startDate??"",duration:g?.duration??91,iterations:e.iterations}})}catch(v){if(!/already been taken/i.test(v.message))throw v}}},V={describe:e=>`create the label "${e.name}"`,async apply(e,{github:s,owner:h,repo:g}){const v=()=>(0,p.z)(s,"GET /repos/{owner}/{repo}/labels/{name}",{owner:h,repo:g,name:e.name}).then(({data:d})=>d,d=>{if(d.status!==404)throw d});try{await(0,$.Ur)(v,()=>(0,p.z)(s,"POST /repos/{owner}/{repo}/labels",{owner:h,repo:g,name:e.name,color:e.color,description:e.description,...$.FY}).then(({data:d})=>d))}catch(d){if(!q(d))throw d}}};function q(e){const s=e;return s.status===422&&(s.response?.data?.errors??[]).some(h=>h.code==="already_exists")}const he={describe:e=>`delete comment ${e.commentId} on #${e.issue}: ${e.why}`,async apply(e,{github:s,owner:h,repo:g}){try{await(0,p.z)(s,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:h,repo:g,comment_id:e.commentId})}catch(v){if(v.status!==404)throw v}}},ce={describe:e=>`invite ${e.login} to the repository (${e.permission})`,async apply(e,{github:s,owner:h,repo:g}){await(0,C.UH)(s,h,g,e.login,e.permission)}},re={describe:e=>e.after===null?`move #${e.issue} to the top`:`move #${e.issue} after #${e.after}`,async apply(e,s){await(0,k.P)(s.github,T.hQ,{projectId:x(s).id,itemId:Q(s,e.issue),afterId:e.after===null?null:Q(s,e.after)})}};var K=m(7215);const ie={describe:e=>`notify ${e.channel.kind}: ${e.notice.title}`,bestEffort:!0,async apply(e,{owner:s,repo:h,secrets:g,post:v}){await(0,K.$q)(e,`${s}/${h}`,g??{},v)}},pe={describe:e=>`open the issue "${e.title}"`,async apply(e,{github:s,owner:h,repo:g}){const v=`${e.marker}
${e.body}`,d=async()=>{const{data:f}=await(0,p.z)(s,"GET /repos/{owner}/{repo}/issues",{owner:h,repo:g,state:"all",sort:"created",direction:"desc",per_page:100});return f.find(y=>y.body?.startsWith(`${e.marker}
`))};await(0,$.Ur)(d,()=>(0,p.z)(s,"POST /repos/{owner}/{repo}/issues",{owner:h,repo:g,title:e.title,body:v,labels:e.labels,assignees:e.assignees,...e.type?{type:e.type}:{},...$.FY}).then(({data:f})=>f))}};var fe=m(433);const je={describe:e=>`post the project status update ${e.status} ${e.marker}`,async apply(e,s){const h=x(s),g=`${e.marker}
${e.body}`,v=async()=>(await(0,fe.F)(s.github,h.id)).find(d=>d.body.startsWith(`${e.marker}
`));await v()||await(0,$.Ur)(v,async()=>{const f=(await(0,k.P)(s.github,T.Uo,{projectId:h.id,status:e.status,body:g,startDate:e.startDate,targetDate:e.targetDate})).createProjectV2StatusUpdate?.statusUpdate;if(!f)throw new a.D9("GitHub made no status update, and said no more");return{body:g,createdAt:f.createdAt}})}},Pe={describe:e=>`react ${e.content} to comment ${e.commentId}`,async apply(e,{github:s,owner:h,repo:g}){await(0,p.z)(s,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:h,repo:g,comment_id:e.commentId,content:e.content})}},le={describe:e=>`unassign ${e.login} from #${e.issue}`,async apply(e,{github:s,owner:h,repo:g}){await(0,p.z)(s,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:h,repo:g,issue_number:e.issue,assignees:[e.login]})}},Te={describe:e=>`remove ${e.login} from the repository's collaborators`,async apply(e,{github:s,owner:h,repo:g}){await(0,C.zj)(s,h,g,e.login)}},be={describe:e=>`remove the label "${e.label}" from #${e.issue}`,async apply(e,{github:s,owner:h,repo:g}){try{await(0,p.z)(s,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",{owner:h,repo:g,issue_number:e.issue,name:e.label})}catch(v){if(v.status!==404)throw v}}},De={describe:e=>`set ${e.field} of #${e.issue} to ${ke(e.value)}`,async apply(e,s){const h=x(s),g=(0,E.MBz)(h,e.field);await(0,k.P)(s.github,T.i9,{projectId:h.id,itemId:Q(s,e.issue),fieldId:g.id,value:ye(g.name,g.options,e.value)})}};function ke(e){return"option"in e?`"${e.option}"`:"iteration"in e?`"${e.iteration}"`:"number"in e?String(e.number):`"${e.text}"`}function ye(e,s,h){if("number"in h)return{number:h.number};if("text"in h)return{text:h.text};const g="option"in h?h.option:h.iteration,v=s.find(d=>(0,E.qa8)(d.name,g));if(!v)throw new a.D9(`the field "${e}" has no option "${g}"`);return"option"in h?{singleSelectOptionId:v.id}:{iterationId:v.id}}const we={describe:e=>`add the options ${P(e.added)} to the field "${e.field}"`,async apply(e,s){await(0,k.P)(s.github,T.ZQ,{fieldId:(0,E.MBz)(x(s),e.field).id,options:e.options})}},xe={describe:e=>e.iterations?`set the iterations of "${e.field}" to ${e.iterations.map(s=>`"${s.title}"`).join(", ")}, keeping ${e.values.length} items' quarters`:`write back ${e.values.length} items' quarters in "${e.field}"`,async apply(e,s){const h=x(s),g=(0,E.MBz)(h,e.field),v=(f,y)=>(0,A.zu)(s.github,{owner:s.owner,repo:s.repo,message:y,mode:"branch",branch:E.GQi,dryRun:!1,log:()=>{},render:()=>[{path:E.ptJ,content:(0,E.llt)(e.field,f)}]});let d;if(e.iterations){await v(e.values,`Quarters: ${e.values.length} items' quarters kept while the iterations change`);const[f]=e.iterations,I=(await(0,k.P)(s.github,T.Ic,{fieldId:g.id,configuration:{startDate:f?.startDate??"",duration:f?.duration??91,iterations:e.iterations.map(({title:O,startDate:X,duration:J})=>({title:O,startDate:X,duration:J}))}})).updateProjectV2Field?.projectV2Field;d=new Map((I&&"configuration"in I?I.configuration.iterations:[]).map(O=>[O.title,O.id]))}else d=await ue(s.github,h.id,e.field);for(const f of e.values){const y=d.get(f.title);if(!y)throw new a.D9(`the field "${e.field}" has no iteration "${f.title}"`);await(0,k.P)(s.github,T.i9,{projectId:h.id,itemId:f.item,fieldId:g.id,value:{iterationId:y}})}await v([],"Quarters: every item's quarter written back")}};async function ue(e,s,h){const g=await(0,k.P)(e,T.BA,{projectId:s,field:h}),v=g.node&&"field"in g.node?g.node.field:null,d=v&&"configuration"in v?[...v.configuration.completedIterations,...v.configuration.iterations]:[];return new Map(d.map(f=>[f.title,f.id]))}var ae=m(3047);const ve={describe:e=>`take back the reaction ${e.content} on comment ${e.commentId}`,async apply(e,{github:s,owner:h,repo:g}){const v=(0,p.N)(s,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:h,repo:g,comment_id:e.commentId,content:e.content});for await(const{data:d}of v)for(const f of d){const y=f.user?.login;if(!(f.content!==e.content||!y)&&(0,ae.l_)(s,{login:y,isBot:f.user?.type==="Bot"}))try{await(0,p.z)(s,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}",{owner:h,repo:g,comment_id:e.commentId,reaction_id:f.id})}catch(I){if(I.status!==404)throw I}}}},$e={describe:e=>`write the comment ${e.marker} on #${e.issue}`,async apply(e,{github:s,owner:h,repo:g}){const v=I=>(0,ae.l_)(s,I.user?.login?{login:I.user.login,isBot:I.user.type==="Bot"}:null),d=`${e.marker}
${e.body}`,f=async()=>{const I=(0,p.N)(s,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:h,repo:g,issue_number:e.issue});for await(const{data:O}of I){const X=O.find(J=>v(J)&&J.body?.startsWith(`${e.marker}
`));if(X)return X}},y=await f();if(y){if(y.body===d)return;await(0,p.z)(s,"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:h,repo:g,comment_id:y.id,body:d});return}await(0,$.Ur)(f,()=>(0,p.z)(s,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:h,repo:g,issue_number:e.issue,body:d,...$.FY}).then(({data:I})=>I))}},ge=e=>`${e} ${e===1?"voter's change":"voters' changes"}`,Ce={"add-to-project":Y,"set-field":De,move:re,"add-label":B,"remove-label":be,"add-assignee":H,"remove-assignee":le,react:Pe,unreact:ve,"upsert-comment":$e,"delete-comment":he,"close-issue":U,"open-issue":pe,"create-label":V,"create-field":R,"set-field-options":we,notify:ie,"write-ballots":{describe:({batch:e})=>e.final?`open round ${e.round}'s ballots on ${E.m8D}:${E.JX}, with a last batch of ${ge(e.ballots.length)}`:`write a sealed batch of ${ge(e.ballots.length)} to ${E.m8D}:${E.JX}`,async apply({batch:e},{github:s,owner:h,repo:g,ballotSigner:v}){if(!v)throw new a.D9("write-ballots: the app's ballot keys are missing: ballots are written by the app, with BALLOT_SECRET set");await(0,A.zu)(s,{owner:h,repo:g,message:e.final?`Ballots: round ${e.round} closed, last batch of ${ge(e.ballots.length)}; every ballot opened for anyone to check`:`Ballots: a sealed batch of ${ge(e.ballots.length)}`,mode:"branch",branch:E.m8D,dryRun:!1,log:()=>{},attempts:5,render:d=>[{path:E.JX,content:(0,E.car)(d(E.JX),e,v).text}]})}},"commit-pages":S,"invite-collaborator":ce,"cancel-invitation":D,"remove-collaborator":Te,"post-status-update":je,"add-sub-issue":w,"create-issue-type":W,"create-iteration-field":G,"set-quarters":xe,"comment-as-person":N};function me(e){return Ce[e.kind]}function Fe(e){return me(e).describe(e)}function Se(e){return me(e).bestEffort===!0}function Ee(e,s){return me(e).apply(e,s)}}),2428:((oe,z,m)=>{m.d(z,{d5:()=>w.d5,wc:()=>Q.wc,PX:()=>w.gj,lc:()=>Q.lc,J1:()=>Q.J1,N2:()=>ge,Z5:()=>C,Wx:()=>Ae,k2:()=>Re,Wh:()=>Ne,gn:()=>qe,Fj:()=>ze.F});var p=m(2666),H=m(3785),B=m(9645);const a=2e4;function F(t,n){const o=retryBaseMs(n),i=Number(n.ROUNDTABLE_WAIT_MAX_MS)>0?Number(n.ROUNDTABLE_WAIT_MAX_MS):a,r=u=>(c,b,l,j)=>{const L=c*o,Z=j<3&&L<=i;return l.log?.warn(`${u} rate limit on ${b.method} ${b.url}: ${Z?`waiting ${c} s, then retrying`:`Retry-After ${c} s is past this delivery's time; left to a retry`}`),Z};return t.plugin(safeRetry).defaults(u=>({...u,throttle:{...u.throttle??{},onSecondaryRateLimit:r("secondary"),onRateLimit:r("primary"),retryAfterBaseValue:o},retry:{...u.retry??{},enabled:!1},resend:u.resend??{enabled:u.retry?.enabled!==!1,retryAfterBaseValue:o,maxWaitMs:i}}))}var w=m(5603),T=m(2680),k=m(5911),x=m(7382),Q=m(811),Y=m(8080);function C(){return{graphqlRequests:0,restRequests:0,notModified:0,kept:!1,readIssues:0,points:0,remaining:null,followUpIssues:0,skippedReactions:0}}function D(t,n){t.graphqlRequests+=1,n&&(t.points+=n.cost,t.remaining=n.remaining)}var U=m(7598),$=m(652),M=m(8027),N=m(607);async function*A(t,n,o,i=[]){const r=t.request,u=l=>S(r,n,{...o,per_page:100,page:l},i[l-1]);let c=1,b=await P(u,1,Math.max(1,i.length));for(;;){let l=0;for(const{last:j,...L}of b){if(yield L,!L.full)return;c=L.page+1,l=Math.max(l,j)}b=await P(u,c,Math.max(c,l))}}async function S(t,n,o,i){const{page:r}=o,u=i?.etag?{"if-none-match":i.etag}:{};for(let c=1;;c++)try{const{data:b,headers:l}=await t(n,{...o,headers:u,request:{parseSuccessResponseBody:!1}}),j=await _(b);if(j===void 0){if(c<3)continue;throw new p.U(`${n} (page ${r}): GitHub's answer was cut off (3 times): the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,{where:{operation:n}})}if(!Array.isArray(j))throw new M.D9(`${n} (page ${r}) answered something other than a list: run again`);const L=j.length>=100;return{page:r,etag:l.etag??null,data:j,full:L,last:R(l.link)??r}}catch(b){if(b.status!==304||!i)throw b;return{page:r,etag:i.etag,data:null,full:i.full,last:r}}}async function P(t,n,o){return(await Promise.allSettled(Array.from({length:o-n+1},(r,u)=>t(n+u)))).map(r=>{if(r.status==="rejected")throw r.reason;return r.value})}function R(t){const n=t?.match(/<([^<>]+)>;\s*rel="last"/)?.[1];if(!n)return;const o=Number(new URL(n,"https://api.github.com").searchParams.get("page"));return Number.isInteger(o)&&o>0?o:void 0}async function _(t){if(t==null)return;if(typeof t=="string")return W(t);const n=t.getReader(),o=new TextDecoder;let i="",r;const u=new Promise(c=>{r=setTimeout(()=>c("stalled"),N.os)});try{for(;;){const c=await Promise.race([n.read(),u]);if(c==="stalled"){await n.cancel().catch(()=>{});return}if(c.done)break;i+=o.decode(c.value,{stream:!0})}return W(i+o.decode())}catch{return}finally{clearTimeout(r)}}function W(t){try{return JSON.parse(t)}catch{return}}var E=m(6608);const G=(0,E.U)(`
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
`);function V(t){return(t?.nodes??[]).filter(n=>n!==null)}function q(t){const n=t.user?.type==="Bot";return{id:t.node_id,number:t.number,title:t.title,url:t.html_url,state:t.state==="open"?"open":"closed",author:{login:(t.user?.login??"ghost").replace(n?/\[bot\]$/:/$^/,""),bot:n},createdAt:t.created_at,closedAt:t.closed_at,body:t.body??"",labels:t.labels.map(o=>typeof o=="string"?o:o.name??""),assignees:(t.assignees??[]).flatMap(o=>o?[o.login]:[]),milestone:t.milestone?.title??null,parent:null,subIssues:[],...t.type?.name?{type:t.type.name}:{},...t.sub_issues_summary?{subIssuesSummary:{total:t.sub_issues_summary.total,completed:t.sub_issues_summary.completed,percentCompleted:t.sub_issues_summary.percent_completed}}:{},reactions:[],board:null}}function he(t,n,o,i){const r=o.project?V(n.projectItems).find(c=>c.project.number===o.project?.number&&"login"in c.project.owner&&c.project.owner.login.toLowerCase()===o.project.owner.toLowerCase()):void 0,u={};if(r&&o.project){const c=o.project.fields;for(const[b,l]of[[c.status,r.status],[c.lane,r.lane],[c.quarter,r.quarter]]){const j=re(l);j!==void 0&&(u[b]=j)}}return{...t,parent:n.parent?.number??null,reactions:ce(n.reactions,i),board:r?{itemId:r.id,fields:u}:null}}function ce(t,n){const o=[];for(const i of V(t)){if(i.user===null){n.skippedReactions+=1;continue}o.push({login:i.user.login,bot:!1,createdAt:i.createdAt})}return o}function re(t){if(t){if("name"in t)return t.name??void 0;if("title"in t)return t.title}}const K=100;function ie(t){const n=Array.from({length:t},(i,r)=>`$id${r}: ID!, $after${r}: String!`),o=Array.from({length:t},(i,r)=>`  f${r}: node(id: $id${r}) {
    ... on Issue {
      reactions(content: THUMBS_UP, first: 100, after: $after${r}, orderBy: { field: CREATED_AT, direction: ASC }) {
        ...Upvotes
      }
    }
  }`);return`query MoreUpvotes(${n.join(", ")}) {
  rateLimit {
    cost
    remaining
  }
${o.join(`
`)}
}
${G.toString().replace(/^\s+/,"")}`}async function pe(t,n,o){o.followUpIssues+=n.length;let i=n;for(;i.length>0;){const r=i.slice(0,K);i=i.slice(K);const u={};r.forEach(({id:b,after:l},j)=>{u[`id${j}`]=b,u[`after${j}`]=l});const c=await t.graphql(ie(r.length),u);D(o,c.rateLimit),r.forEach((b,l)=>{const j=c[`f${l}`]?.reactions;if(!j)return;b.reactions.push(...ce(j,o));const{hasNextPage:L,endCursor:Z}=j.pageInfo;L&&Z&&i.push({...b,after:Z})})}}var fe=m(9817),je=m(211),Pe=m(6059);async function le(t,n,o){const{owner:i,repo:r,config:u}=n;if(u.votes.source!=="ballots")return{};const c=await(0,Pe.y)(t,i,r,`${$.m8D}:${$.JX}`);return o.graphqlRequests+=1,{ballots:(0,$.QHi)(c,{repository:`${i}/${r}`,round:(0,$.X2k)(u.votes)},n.ballotVerifier)}}const Te=(t,n,o)=>readText(t,n,o,`${ballotsBranch}:${ballotsPath}`);var be=m(2825);async function De(t,{owner:n,repo:o,issue:i}){const r=[];let u=0;const c=`/repos/${n}/${o}/issues/`.toLowerCase(),b=(0,be.N)(t,"GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by",{owner:n,repo:o,issue_number:i});for await(const{data:l}of b){u++;for(const j of l)(!j.url||j.url.toLowerCase().includes(c))&&r.push(j.number)}return{numbers:r,requests:u}}var ke=m(3047);async function*ye(t,n,o,i){let r=o.after??null;do{const u=await(0,je.P)(t,n,{...o,after:r}),c=i(u)??null;yield{data:u,connection:c},r=c?.pageInfo.hasNextPage?c.pageInfo.endCursor:null}while(r!==null)}const we={EYES:"eyes",THUMBS_UP:"+1",CONFUSED:"confused"},xe=t=>V(t).flatMap(n=>n.user?[n.user.login]:[]);async function ue(t,n){const o=[];let i=0,r=0;const u=ye(t,fe.Qy,{id:n},c=>c.node&&"comments"in c.node?c.node.comments:null);for await(const{data:c,connection:b}of u){i+=1,r+=c.rateLimit?.cost??0;for(const l of V(b)){if(l.databaseId===null)continue;const j=l.author&&{login:l.author.login,isBot:l.author.__typename==="Bot"};o.push({id:l.databaseId,url:l.url,author:{login:l.author?.login??"ghost",bot:l.author?.__typename==="Bot",self:(0,ke.l_)(t,j)},createdAt:l.createdAt,body:l.body,votes:l.up.totalCount,up:xe(l.up),down:xe(l.down),mine:(l.reactionGroups??[]).flatMap(L=>L.viewerHasReacted&&L.content in we?[we[L.content]]:[])})}}return{comments:o,requests:i,points:r}}var ae=m(5147);class ve extends ae.xL{constructor(n,o,i){super(ae.eQ,[{path:"votes.eligible",message:`the members of the team "${n}" cannot be read (GitHub answered ${o}): grant the app the organisation permission Members: read (or check the team's slug), or count votes of collaborators or of a list of logins instead`}],{cause:i})}}class $e extends M.D9{name="LoadError"}async function ge(t,n){const{owner:o,repo:i,config:r}=n,u=`${o}/${i}`,c=C(),b=t.reads,l=(0,Y.K6)(u,r),j=b?(0,Y.nf)(await b.get(u),l,n.now):void 0;c.kept=j!==void 0;const[L,Z,ne]=await Promise.allSettled([Ve(t,n,j,c),v(t,n,j,c),le(t,n,c)]),de=me(L),te=me(Z),Ie=me(ne),Be={repository:u,takenAt:n.now,issues:de.entries.map(Ge=>Ge.record),...te.collaborators?{collaborators:te.collaborators}:{},...te.teams?{teams:te.teams}:{},...Ie};return b&&await b.set(u,Ce(de,te,l,n.now)),{snapshot:Be,cost:c}}async function Ve(t,n,o,i){const r=await Fe(t,n,o,i),[,u]=await Promise.all([s(t,r,n.config,i),h(t,r,n.config,i),g(t,n,r,i)]);for(const[c,b]of u)c.record={...c.record,comments:b};return r}function Ce(t,n,o,i){return{version:1,key:o,takenAt:i,pages:t.pages,issues:Object.fromEntries(t.entries.map(r=>[r.record.number,{fingerprint:r.fingerprint,record:r.record}])),...n.kept?{voters:n.kept}:{},changed:[]}}function me(t){if(t.status==="rejected")throw t.reason;return t.value}async function Fe(t,n,o,i){const{owner:r,repo:u}=n,c=A(t,"GET /repos/{owner}/{repo}/issues",{owner:r,repo:u,state:"all",sort:"created",direction:"asc"},o?.pages),b={kept:o,changed:new Set(o?.changed??[]),onBoard:e(n.config),seen:new Set,entries:[],pages:[]};try{for await(const l of c)l.data===null?(i.notModified+=1,Se(b,l)):(i.restRequests+=1,Ee(b,l,l.data)),n.onProgress?.({pages:b.pages.length,issues:b.entries.length,total:b.entries.length,points:i.points})}catch(l){throw l.status===404?new $e(`${r}/${u}: no such repository, or the token cannot read it`,{cause:l}):l}return{entries:b.entries,pages:b.pages}}function Se(t,n){const o=t.kept?.pages[n.page-1];for(const i of o?.numbers??[]){const r=t.kept?.issues[String(i)];!r||t.seen.has(i)||(t.seen.add(i),t.entries.push({...r,stale:t.changed.has(i)}))}t.pages.push({etag:n.etag,numbers:o?.numbers??[],full:n.full})}function Ee(t,n,o){const i=[];for(const r of o){if(r.pull_request||t.seen.has(r.number)||!t.onBoard(r))continue;t.seen.add(r.number),i.push(r.number);const u=I(r),c=t.kept?.issues[String(r.number)];c&&c.fingerprint===u&&!t.changed.has(r.number)?t.entries.push({...c,stale:!1}):t.entries.push({record:q(r),fingerprint:u,stale:!0,blockers:r.issue_dependencies_summary?.blocked_by??0})}t.pages.push({etag:n.etag,numbers:i,full:n.full})}function e(t){const n=f(t),o=new Set(Object.values(t.kinds).flatMap(i=>i===null?[]:[i.toLowerCase()]));return i=>!!(i.type?.name&&o.has(i.type.name.toLowerCase()))||y(i).some(r=>n.has(r.toLowerCase()))}async function s(t,n,o,i){const r=n.entries.filter(j=>j.stale);i.readIssues=r.length;const{project:u}=o,c=[];for(let j=0;j<r.length;j+=100)c.push(r.slice(j,j+100));const b=await Promise.all(c.map(j=>(0,je.P)(t,fe.CC,{ids:j.map(L=>L.record.id),withProject:u!==null,statusField:u?.fields.status??"Status",laneField:u?.fields.lane??"Lane",quarterField:u?.fields.quarter??"Quarter"}))),l=[];c.forEach((j,L)=>{const Z=b[L];D(i,Z.rateLimit),j.forEach((ne,de)=>{const te=Z.nodes?.[de];if(!d(te)){ne.record={...ne.record,reactions:[]},ne.fingerprint="";return}ne.record=he(ne.record,te,o,i);const{hasNextPage:Ie,endCursor:Be}=te.reactions.pageInfo;Ie&&Be&&l.push({id:te.id,after:Be,reactions:ne.record.reactions})})}),await pe(t,l,i)}async function h(t,n,o,i){const r=[o.labels.retro,o.labels.meeting].map(l=>l.toLowerCase()),u=n.entries.filter(({record:l,stale:j})=>{const L=l.labels.some(Z=>r.includes(Z.toLowerCase()))||(0,$.VFn)(l,"keyResult",o);return!l.id||!L?!1:j||l.state!=="closed"||!l.comments}),c=await Promise.all(u.map(l=>ue(t,l.record.id??""))),b=new Map;return u.forEach((l,j)=>{const L=c[j];b.set(l,L.comments),i.graphqlRequests+=L.requests,i.points+=L.points}),b}async function g(t,{owner:n,repo:o,config:i},r,u){const c=r.entries.filter(({record:b,stale:l,blockers:j})=>l&&(j??0)>0&&(0,$.VFn)(b,"roadmap",i));for(const b of c){const l=await De(t,{owner:n,repo:o,issue:b.record.number});b.record={...b.record,blockedBy:l.numbers},u.restRequests+=l.requests}}async function v(t,{owner:n,repo:o,config:i},r,u){const c=i.votes.eligible,b=async(l,j)=>{const L=r?.voters?.route===l?r.voters.pages:[],Z=[];for await(const ne of A(t,l,j,L)){ne.data===null?u.notModified+=1:u.restRequests+=1;const de=ne.data?.map(te=>te.login)??L[ne.page-1]?.logins??[];Z.push({etag:ne.etag,logins:de,full:ne.full})}return{logins:Z.flatMap(ne=>ne.logins),kept:{route:l,pages:Z}}};if(c==="collaborators"){const l=await b("GET /repos/{owner}/{repo}/collaborators",{owner:n,repo:o});return{collaborators:l.logins,kept:l.kept}}if(typeof c=="object"&&!Array.isArray(c)){const l=await b("GET /orgs/{org}/teams/{team_slug}/members",{org:n,team_slug:c.team}).catch(j=>{const L=j?.status;throw L===403||L===404?new ve(c.team,L,j):j});return{teams:{[c.team]:l.logins},kept:l.kept}}return{}}function d(t){return typeof t=="object"&&t!==null&&"reactions"in t}function f(t){const{labels:n}=t;return new Set([n.topic,n.roadmap,n.objective,n.keyResult,n.meeting,n.retro,n.actionItem].map(o=>o.toLowerCase()))}function y(t){return t.labels.map(n=>typeof n=="string"?n:n.name??"")}function I(t){const n=[t.updated_at,t.state,t.reactions?.["+1"]??0,t.comments??0,y(t).join(`
`),(t.assignees??[]).map(o=>o?.login).join(`
`),t.milestone?.title??"",t.type?.name??"",t.sub_issues_summary?.completed??0,t.sub_issues_summary?.total??0,t.issue_dependencies_summary?.blocked_by??0];return(0,U.createHash)("sha1").update(JSON.stringify(n)).digest("base64").slice(0,16)}const O=t=>t instanceof ApplyError?t.cause:t;function X(t){const n=O(t);if(n instanceof CutOffAnswerError||n instanceof RequestTimeoutError)return!0;if(n instanceof RoundtableError)return!1;const o=n?.status;return o===void 0?!1:o===403||o===429?/rate limit|abuse/i.test(String(n.message)):mayHaveFailedInTransit(n)}function J(t){const n=O(t);return n instanceof CutOffAnswerError?"the connection to GitHub dropped mid-answer":n instanceof RequestTimeoutError?"GitHub did not answer in time":(n?.status===403||n?.status===429)&&/rate limit/i.test(n.message??"")?"GitHub asked Roundtable to slow down (a rate limit)":n?.status===500&&n.cause instanceof TypeError?"the connection to GitHub dropped":typeof n?.status=="number"?`GitHub answered ${n.status}`:"GitHub failed for a moment"}async function ee(t,n){const{node:o}=await query(t,projectItemContentQuery,{id:n});return!o||!("repository"in o)?null:{owner:o.repository.owner.login,repo:o.repository.name,number:o.number}}var se=m(3443);async function Ae(t,n){const o=new Map,i=Object.assign(async u=>{const c=await t.request(u);if(typeof c.data=="string"){const b=`${String(u.owner)}/${String(u.repo)}:${String(u.path)}`;if(Buffer.byteLength(c.data,"utf8")>ae.aF)throw new ae.xL(b,[{path:"",message:`the file is larger than ${ae.aF/1024} KB, the most Roundtable reads: keep only the settings that differ from the defaults`}]);o.set(b,c.data)}return c},{endpoint:t.request.endpoint});let r;try{({files:r}=await(0,se.r)({request:i},{owner:n.owner,repo:n.repo,path:n.path,defaults:{}}))}catch(u){if(u instanceof ae.xL)throw u;const c=String(u?.message??u);if(!c.startsWith("[@probot/octokit-plugin-config]"))throw u;const[b,l]=[...o].at(-1)??[`${n.owner}/${n.repo}:${n.path}`,""];throw/could not be parsed/i.test(c)&&(0,ae.o4)(l,b),new ae.xL(b,[{path:"_extends",message:c.replace(/^\[@probot\/octokit-plugin-config\] /,"")}])}return r.map(u=>({owner:u.owner,repo:u.repo,path:u.path,config:u.config??null,text:o.get(`${u.owner}/${u.repo}:${u.path}`)}))}async function Oe(t,{owner:n,repo:o,number:i,config:r}){const{data:u}=await rest(t,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:n,repo:o,issue_number:i}),c=fromListing(u);if(!isKind(c,"keyResult",r))return null;const b=await rest(t,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:n,repo:o,issue_number:i}).catch(j=>{if(j.status===404)return null;throw j}),{comments:l}=await readComments(t,c.id??"");return{issue:{...c,parent:b?.data.number??null,comments:l},objectiveOwner:b?.data.assignees?.find(j=>j)?.login??null}}async function Re(t,n,o){const i=[];for(let r=1;;r++){const{data:u}=await(0,be.z)(t,"GET /repos/{owner}/{repo}/labels",{owner:n,repo:o,per_page:100,page:r});if(i.push(...u.map(c=>c.name)),u.length<100)return{names:i,requests:r}}}class Me extends M.D9{name="ProjectNotFoundError"}async function Ne(t,n,o){let i,r=0;const u=ye(t,fe.k_,{owner:n.owner,number:n.number},c=>_e(c)?.items);for await(const{data:c}of u){r+=1;const b=_e(c);if(!b)throw new Me(`project ${n.number} of ${n.owner} was not found, or the token cannot read it: check project.owner and project.number in .github/roundtable.yml, and use a token that may read Projects (GITHUB_TOKEN cannot: use a GitHub App installation token with the organisation Projects permission, or a personal access token)`);i??={id:b.id,title:b.title,url:b.url,fields:V(b.fields).flatMap(Le),items:[]};for(const l of V(b.items)){if(l.isArchived)continue;const j=l.content&&"number"in l.content?l.content:null;i.items.push({id:l.id,issue:j?.repository.nameWithOwner.toLowerCase()===o.toLowerCase()?j.number:null})}}return{view:i,requests:r}}function _e(t){const n=t.repositoryOwner;return n&&"projectV2"in n?n.projectV2:null}function Le(t){if(!("id"in t))return[];const n="options"in t?t.options.map(o=>({id:o.id,name:o.name,color:o.color,description:o.description})):"configuration"in t?t.configuration.iterations.map(o=>({id:o.id,name:o.title})):[];return[{id:t.id,name:t.name,dataType:t.dataType,options:n}]}async function Ye(t,{owner:n,repo:o,topic:i}){const r=`${promotedMarker(i)}
`,u=l=>writtenByRoundtable(t,l.user?{login:l.user.login,isBot:l.user.type==="Bot"}:null)&&(l.body??"").startsWith(r),c=await He(t,n,o,i);let b;if(c!==null){const{data:l}=await rest(t,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:n,repo:o,issue_number:c});u(l)&&(b=l)}if(!b){const{data:l}=await rest(t,"GET /repos/{owner}/{repo}/issues",{owner:n,repo:o,state:"all",sort:"created",direction:"desc",per_page:100});b=l.find(u)}return b?{number:b.number,url:b.html_url,title:b.title,type:b.type?.name??null,parent:await readParent(t,{owner:n,repo:o,issue:b.number})}:null}async function He(t,n,o,i){const r=restPages(t,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:i});for await(const{data:u}of r)for(const c of u){const l=writtenByRoundtable(t,c.user?.login?{login:c.user.login,isBot:c.user.type==="Bot"}:null)&&c.body?.startsWith(`${promotedNoteMarker}
`)?promotedRecordOf(c.body):null;if(l!==null)return l}return null}async function qe(t,n){const{owner:o,repo:i,projectId:r,field:u}=n;let c={kind:"missing"};const b=[],l=ye(t,fe.BA,{projectId:r,field:u},Z=>Z.node&&"items"in Z.node?Z.node.items:null);let j=1;for await(const{data:Z}of l){j++;const ne=Z.node&&"items"in Z.node?Z.node:null,de=ne?.field;if(de&&"configuration"in de){const{iterations:te,completedIterations:Ie}=de.configuration;c={kind:"iterations",iterations:[...Ie,...te],items:b}}else de&&(c={kind:"other",dataType:"not ITERATION"});for(const te of ne?.items.nodes??[]){if(!te)continue;const Ie=te.quarter&&"title"in te.quarter?te.quarter.title:null;b.push({id:te.id,title:Ie})}}const L=await(0,Pe.y)(t,o,i,`${$.GQi}:${$.ptJ}`);return{read:c,kept:(0,$.u2q)(L),requests:j}}var ze=m(433),Qe=m(2029),Ke=m(5659);const Ue=t=>new Octokit({baseUrl:t.replace(/\/$/,""),userAgent:"roundtable"}).request;function Je(t,n,o){return getWebFlowAuthorizationUrl({clientType:"github-app",clientId:t.clientId,redirectUrl:n,state:o,request:Ue(t.apiUrl)}).url}async function Ze(t,n,o){const{authentication:i}=await exchangeWebFlowCode({clientType:"github-app",clientId:t.clientId,clientSecret:t.clientSecret,code:n,redirectUrl:o,request:Ue(t.apiUrl)});return{login:(await rest(We(t,i.token),"GET /user",{})).data.login,token:i.token}}async function Xe(t,n){try{await deleteToken({clientType:"github-app",clientId:t.clientId,clientSecret:t.clientSecret,token:n,request:Ue(t.apiUrl)})}catch(o){if(o.status!==404)throw o}}function We(t,n){return createClient({token:n,apiUrl:t.apiUrl,throttle:!1})}async function et(t,n,o){try{return await rest(t,"GET /repos/{owner}/{repo}",{owner:n,repo:o}),!0}catch(i){const r=i.status;if(r===404||r===403||r===401)return!1;throw i}}async function tt(t,n,o){await rest(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n.owner,repo:n.repo,issue_number:n.issue,body:o})}async function nt(t,n,o){await rest(t,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:n.owner,repo:n.repo,comment_id:n.comment,content:o})}async function ot(t,n){const o=[],i=[];for await(const r of restPages(t,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:n.owner,repo:n.repo,comment_id:n.comment}))for(const u of r.data)u.user&&(u.content==="+1"&&o.push(u.user.login),u.content==="-1"&&i.push(u.user.login));return{up:o,down:i}}}),811:((oe,z,m)=>{m.d(z,{Il:()=>Q,J1:()=>w,UH:()=>x,lc:()=>T,wc:()=>a,zj:()=>Y});var p=m(8027),H=m(3785),B=m(2825);class a extends p.D9{login;reason;name="InvitationRefused";constructor(D,U,$,M){super($,{cause:M}),this.login=D,this.reason=U}}const F=C=>C.status;async function w(C,D,U){const $=[];try{for await(const M of(0,B.N)(C,"GET /repos/{owner}/{repo}/invitations",{owner:D,repo:U}))for(const N of M.data)N.invitee&&$.push({id:N.id,login:N.invitee.login,expired:N.expired===!0,createdAt:N.created_at,ownerType:N.repository?.owner?.type??null})}catch(M){if(F(M)===403||F(M)===404)return null;throw M}return $}async function T(C,D,U,$){try{return await(0,B.z)(C,"GET /repos/{owner}/{repo}/collaborators/{username}",{owner:D,repo:U,username:$}),!0}catch(M){if(F(M)===404)return!1;throw M}}const k={read:"pull",triage:"triage",write:"push"};async function x(C,D,U,$,M){if(await T(C,D,U,$))return"collaborator";const N=async()=>(await w(C,D,U))?.some(S=>S.login.toLowerCase()===$.toLowerCase())?"invited":await T(C,D,U,$)?"added":void 0;try{return await(0,H.Ur)(N,async()=>{const{status:A}=await(0,B.z)(C,"PUT /repos/{owner}/{repo}/collaborators/{username}",{owner:D,repo:U,username:$,permission:k[M],...H.FY});return A===201?"invited":"added"})}catch(A){const S=F(A),P=JSON.stringify(A.response?.data??"");throw S===403?new a($,"forbidden","GitHub refused to invite anybody from outside: the organisation does not allow outside collaborators, or the App lacks the Administration (write) permission",A):S===422&&/limit|24 hours|spam/i.test(P)?new a($,"limit","GitHub's limit of 50 repository invitations in 24 hours is reached",A):S===422?new a($,"blocked",`GitHub would not invite ${$}`,A):A}}async function Q(C,D,U,$){try{await(0,B.z)(C,"DELETE /repos/{owner}/{repo}/invitations/{invitation_id}",{owner:D,repo:U,invitation_id:$})}catch(M){if(F(M)!==404)throw M}}async function Y(C,D,U,$){await(0,B.z)(C,"DELETE /repos/{owner}/{repo}/collaborators/{username}",{owner:D,repo:U,username:$})}}),8080:((oe,z,m)=>{m.d(z,{K6:()=>B,gz:()=>F,nf:()=>a});var p=m(7598);const H=24*36e5;function B(w,T){const k={repository:w.toLowerCase(),labels:T.labels,project:T.project&&{owner:T.project.owner,number:T.project.number,fields:T.project.fields},eligible:T.votes.eligible};return(0,p.createHash)("sha256").update(JSON.stringify(k)).digest("hex").slice(0,32)}function a(w,T,k){if(!w||typeof w!="object")return;const x=w;if(x.version!==1||x.key!==T||typeof x.takenAt!="string"||!Array.isArray(x.pages)||!x.issues||typeof x.issues!="object")return;const Q=Date.parse(k)-Date.parse(x.takenAt);if(Q>=0&&Q<=H)return{...x,changed:Array.isArray(x.changed)?x.changed:[]}}async function F(w,T,k){if(k.length===0)return;const x=await w.get(T);if(x?.version!==1||!Array.isArray(x.pages))return;const Q=new Set([...Array.isArray(x.changed)?x.changed:[],...k]);await w.set(T,{...x,changed:[...Q]})}}),6608:((oe,z,m)=>{m.d(z,{U:()=>E});class p extends String{__apiType;value;__meta__;constructor(V,q){super(V),this.value=V,this.__meta__=q}toString(){return this.value}}const H=new p(`
    fragment FieldValueName on ProjectV2ItemFieldValue {
  ... on ProjectV2ItemFieldSingleSelectValue {
    name
  }
  ... on ProjectV2ItemFieldIterationValue {
    title
  }
}
    `,{fragmentName:"FieldValueName"}),B=new p(`
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
    `,{fragmentName:"Board"}),a=new p(`
    fragment QuarterIteration on ProjectV2IterationFieldIteration {
  id
  title
  startDate
  duration
}
    `,{fragmentName:"QuarterIteration"}),F=new p(`
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
    `,{fragmentName:"Upvotes"}),w=new p(`
    mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: {projectId: $projectId, contentId: $contentId}) {
    item {
      id
    }
  }
}
    `),T=new p(`
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
}`),k=new p(`
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
    `),x=new p(`
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
    `),Q=new p(`
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
    `),Y=new p(`
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
    `),C=new p(`
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
    `),D=new p(`
    query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Blob {
        text
      }
    }
  }
}
    `),U=new p(`
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
    `),$=new p(`
    mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
  updateProjectV2ItemPosition(
    input: {projectId: $projectId, itemId: $itemId, afterId: $afterId}
  ) {
    clientMutationId
  }
}
    `),M=new p(`
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
}`),N=new p(`
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
    `),A=new p(`
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
}`),S=new p(`
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
    `),P=new p(`
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
    `),R=new p(`
    mutation UpdateItemField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(
    input: {projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value}
  ) {
    projectV2Item {
      id
    }
  }
}
    `),_=new p(`
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
    `),W={"\n  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {\n    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {\n      item {\n        id\n      }\n    }\n  }\n":w,"\n  query BoardNodes(\n    $ids: [ID!]!\n    $withProject: Boolean!\n    $statusField: String!\n    $laneField: String!\n    $quarterField: String!\n  ) {\n    rateLimit {\n      cost\n      remaining\n    }\n    nodes(ids: $ids) {\n      ... on Issue {\n        id\n        number\n        parent {\n          number\n        }\n        reactions(content: THUMBS_UP, first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          ...Upvotes\n        }\n        projectItems(first: 10) @include(if: $withProject) {\n          nodes {\n            id\n            project {\n              number\n              owner {\n                ... on Organization {\n                  login\n                }\n                ... on User {\n                  login\n                }\n              }\n            }\n            status: fieldValueByName(name: $statusField) {\n              ...FieldValueName\n            }\n            lane: fieldValueByName(name: $laneField) {\n              ...FieldValueName\n            }\n            quarter: fieldValueByName(name: $quarterField) {\n              ...FieldValueName\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment FieldValueName on ProjectV2ItemFieldValue {\n    ... on ProjectV2ItemFieldSingleSelectValue {\n      name\n    }\n    ... on ProjectV2ItemFieldIterationValue {\n      title\n    }\n  }\n":T,"\n  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {\n    repository(owner: $owner, name: $name) {\n      defaultBranchRef {\n        name\n        target {\n          oid\n        }\n      }\n      ref(qualifiedName: $qualifiedName) {\n        target {\n          oid\n        }\n      }\n    }\n  }\n":k,"\n  mutation CreateCommit(\n    $branch: CommittableBranch!\n    $expectedHeadOid: GitObjectID!\n    $message: CommitMessage!\n    $fileChanges: FileChanges!\n  ) {\n    createCommitOnBranch(\n      input: {\n        branch: $branch\n        expectedHeadOid: $expectedHeadOid\n        message: $message\n        fileChanges: $fileChanges\n      }\n    ) {\n      commit {\n        oid\n        url\n      }\n    }\n  }\n":x,"\n  mutation CreateIterationField(\n    $projectId: ID!\n    $name: String!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: ITERATION\n        name: $name\n        iterationConfiguration: $configuration\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          name\n        }\n      }\n    }\n  }\n":Q,"\n  mutation CreateProjectField(\n    $projectId: ID!\n    $name: String!\n    $options: [ProjectV2SingleSelectFieldOptionInput!]\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: SINGLE_SELECT\n        name: $name\n        singleSelectOptions: $options\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          name\n        }\n      }\n    }\n  }\n":Y,"\n  mutation CreateProjectStatusUpdate(\n    $projectId: ID!\n    $status: ProjectV2StatusUpdateStatus!\n    $body: String!\n    $startDate: Date\n    $targetDate: Date\n  ) {\n    createProjectV2StatusUpdate(\n      input: {\n        projectId: $projectId\n        status: $status\n        body: $body\n        startDate: $startDate\n        targetDate: $targetDate\n      }\n    ) {\n      statusUpdate {\n        id\n        createdAt\n      }\n    }\n  }\n":C,"\n  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {\n    repository(owner: $owner, name: $name) {\n      object(expression: $expression) {\n        ... on Blob {\n          text\n        }\n      }\n    }\n  }\n":D,"\n  query IssueComments($id: ID!, $after: String) {\n    rateLimit {\n      cost\n    }\n    node(id: $id) {\n      ... on Issue {\n        comments(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            databaseId\n            url\n            body\n            createdAt\n            author {\n              __typename\n              login\n            }\n            up: reactions(content: THUMBS_UP, first: 100) {\n              totalCount\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            down: reactions(content: THUMBS_DOWN, first: 100) {\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            reactionGroups {\n              content\n              viewerHasReacted\n            }\n          }\n        }\n      }\n    }\n  }\n":U,"\n  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {\n    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {\n      clientMutationId\n    }\n  }\n":$,"\n  query ProjectBoard($owner: String!, $number: Int!, $after: String) {\n    repositoryOwner(login: $owner) {\n      ... on Organization {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n      ... on User {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n    }\n  }\n\n  fragment Board on ProjectV2 {\n    id\n    title\n    url\n    fields(first: 50) {\n      nodes {\n        ... on ProjectV2FieldCommon {\n          id\n          name\n          dataType\n        }\n        ... on ProjectV2SingleSelectField {\n          options {\n            id\n            name\n            color\n            description\n          }\n        }\n        ... on ProjectV2IterationField {\n          configuration {\n            iterations {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n    items(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        isArchived\n        content {\n          ... on Issue {\n            number\n            repository {\n              nameWithOwner\n            }\n          }\n        }\n      }\n    }\n  }\n":M,"\n  query ProjectItemContent($id: ID!) {\n    node(id: $id) {\n      ... on Issue {\n        number\n        repository {\n          name\n          owner {\n            login\n          }\n        }\n      }\n    }\n  }\n":N,"\n  query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        field(name: $field) {\n          ... on ProjectV2IterationField {\n            id\n            name\n            configuration {\n              duration\n              iterations {\n                ...QuarterIteration\n              }\n              completedIterations {\n                ...QuarterIteration\n              }\n            }\n          }\n        }\n        items(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            quarter: fieldValueByName(name: $field) {\n              ... on ProjectV2ItemFieldIterationValue {\n                iterationId\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment QuarterIteration on ProjectV2IterationFieldIteration {\n    id\n    title\n    startDate\n    duration\n  }\n":A,"\n  query ProjectStatusUpdates($projectId: ID!) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        statusUpdates(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          nodes {\n            id\n            status\n            body\n            startDate\n            createdAt\n            creator {\n              login\n            }\n          }\n        }\n      }\n    }\n  }\n":S,"\n  mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {\n    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          options {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":P,"\n  mutation UpdateItemField(\n    $projectId: ID!\n    $itemId: ID!\n    $fieldId: ID!\n    $value: ProjectV2FieldValue!\n  ) {\n    updateProjectV2ItemFieldValue(\n      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }\n    ) {\n      projectV2Item {\n        id\n      }\n    }\n  }\n":R,"\n  mutation UpdateIterationField(\n    $fieldId: ID!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    updateProjectV2Field(input: { fieldId: $fieldId, iterationConfiguration: $configuration }) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          configuration {\n            iterations {\n              id\n              title\n              startDate\n            }\n          }\n        }\n      }\n    }\n  }\n":_,"\n  fragment Upvotes on ReactionConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      createdAt\n      user {\n        login\n      }\n    }\n  }\n":F};function E(G){return W[G]??{}}}),9817:((oe,z,m)=>{m.d(z,{VE:()=>H,CC:()=>B,rZ:()=>a,dD:()=>F,bs:()=>w,zh:()=>T,Uo:()=>k,zN:()=>x,Qy:()=>Q,hQ:()=>Y,k_:()=>C,BA:()=>U,YI:()=>$,ZQ:()=>M,i9:()=>N,Ic:()=>A});var p=m(6608);const H=(0,p.U)(`
  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`),B=(0,p.U)(`
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
`),a=(0,p.U)(`
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
`),F=(0,p.U)(`
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
`),w=(0,p.U)(`
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
`),T=(0,p.U)(`
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
`),k=(0,p.U)(`
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
`),x=(0,p.U)(`
  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
    repository(owner: $owner, name: $name) {
      object(expression: $expression) {
        ... on Blob {
          text
        }
      }
    }
  }
`),Q=(0,p.U)(`
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
`),Y=(0,p.U)(`
  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {
      clientMutationId
    }
  }
`),C=(0,p.U)(`
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
`),D=(0,p.U)(`
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
`),U=(0,p.U)(`
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
`),$=(0,p.U)(`
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
`),M=(0,p.U)(`
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
`),N=(0,p.U)(`
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
`),A=(0,p.U)(`
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
`)}),3047:((oe,z,m)=>{m.d(z,{gl:()=>H,l_:()=>a});const p=["roundtable[bot]","github-actions[bot]"];function H(F){const w=(F??"").split(",").map(T=>T.trim()).filter(Boolean);return w.length>0?w:p}const B=F=>F.toLowerCase().replace(/\[bot\]$/,"");function a(F,w){return w?.isBot?(F.botLogins??p).some(k=>B(k)===B(w.login)):!1}}),211:((oe,z,m)=>{m.d(z,{P:()=>p});function p(H,B,a){return H.graphql(B.toString(),a)}}),433:((oe,z,m)=>{m.d(z,{F:()=>B});var p=m(9817),H=m(211);async function B(a,F){const w=await(0,H.P)(a,p.YI,{projectId:F});return((w.node&&"statusUpdates"in w.node?w.node:null)?.statusUpdates.nodes??[]).flatMap(k=>k?[{body:k.body??"",createdAt:k.createdAt}]:[])}}),6059:((oe,z,m)=>{m.d(z,{y:()=>B});var p=m(9817),H=m(211);async function B(a,F,w,T){const x=(await(0,H.P)(a,p.zN,{owner:F,name:w,expression:T})).repository?.object;return(x&&"text"in x?x.text:null)??void 0}}),2825:((oe,z,m)=>{m.d(z,{N:()=>B,z:()=>H});var p=m(3779);async function H(a,F,w){const T=a.request;return T(F,w)}function B(a,F,w){return p.wN.iterator(a,F,{...w,per_page:100})}}),2029:((oe,z,m)=>{m.r(z),m.d(z,{settingsFromEnv:()=>a});var p=m(3785),H=m(3047),B=m(607);function a(F){return{...F.ROUNDTABLE_THROTTLING==="off"?{throttle:!1}:{},...F.ROUNDTABLE_RETRY_BASE_MS?{retryAfterBaseValue:(0,p.wR)(F)}:{},requestTimeoutMs:(0,B.Vr)(F.ROUNDTABLE_REQUEST_TIMEOUT_MS,B.os),budget:AbortSignal.timeout((0,B.Vr)(F.ROUNDTABLE_JOB_BUDGET_MS,B.u6)),botLogins:(0,H.gl)(F.ROUNDTABLE_BOT_LOGINS)}}})};
//# sourceMappingURL=428.index.js.map
