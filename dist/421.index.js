"use strict";export const id=421,ids=[421],modules={5147:((Et,Se,v)=>{v.d(Se,{xL:()=>T.x,l2:()=>fe,eQ:()=>ee.e,aF:()=>J,o4:()=>Re});var T=v(1429),ee=v(104),te=v(1916),u=v(2857),ne=v(4377);const I=u.YjP().trim().min(1,"expected a label name, got an empty string").max(50),Pe=u.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected a GitHub login such as octocat"),Q=ne.p6({error:"expected a date written as YYYY-MM-DD"}),oe=u.rej({topic:I.default("topic").describe("Marks an issue as a topic for the roundtable."),roadmap:I.default("roadmap").describe("Marks an issue as a roadmap item."),objective:I.default("objective").describe("Marks an issue as a quarterly objective."),keyResult:I.default("key-result").describe("Marks an issue as a key result."),meeting:I.default("meeting").describe("Marks an issue as a meeting."),retro:I.default("retro").describe("Marks an issue as a retrospective."),actionItem:I.default("action-item").describe("Marks an issue as an action item."),status:u.rej({toDiscuss:I.default("status:to-discuss").describe("Waiting in the queue."),discussing:I.default("status:discussing").describe("On the table now."),discussed:I.default("status:discussed").describe("Done; its votes are given back."),parked:I.default("status:parked").describe("Set aside; its votes are given back.")}).prefault({}).describe("Labels that hold a topic's status when no project board is configured. A topic with none is To discuss; a closed topic is Discussed.")}).prefault({}).describe("The labels Roundtable reads and writes. Rename them to fit labels you already use."),L=u.KCZ([u.k5n(["everyone","collaborators","participants"]),u.YOg(Pe).min(1,"expected at least one login in the list"),u.rej({team:u.YjP().regex(/^[a-z0-9][a-z0-9_-]*$/i,"expected a team slug").describe("The slug of a team of the repository's organisation, such as leadership.")})],{error:"expected everyone, collaborators, participants, a list of logins, or { team: <team-slug> } (a team of the repository's organisation)"}).default("everyone").describe("Whose \u{1F44D} count as votes: everyone, the repository's collaborators, the participants of the next meeting (those seated with /join on the open meeting issue with the earliest date), a list of logins, or the members of a team ({ team: slug })."),Te=u.rej({perPerson:u.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(3).describe("How many votes (\u{1F44D}) each person has per round. Only a person's earliest votes count; the rest are reported as over budget. A topic that is discussed, parked or closed gives its votes back."),eligible:L,countAuthor:u.zMY({error:"expected true or false"}).default(!0).describe("Whether a topic's author may vote for their own topic."),excludeBots:u.zMY({error:"expected true or false"}).default(!0).describe("Ignore \u{1F44D} from bots and apps."),roundStart:Q.nullable().default(null).describe("The day the current voting round began (YYYY-MM-DD, UTC). Votes cast before it do not count. Leave empty to count every vote. With ballots, it also names the round: a new roundStart starts new ballots under new pseudonyms."),source:u.k5n(["reactions","ballots"],{error:"expected reactions or ballots"}).default("reactions").describe("Where votes come from: reactions (a \u{1F44D} on the topic, public) or ballots (private dots placed on the ballot page, sealed under pseudonyms on the roundtable/ballots branch until the round closes; the app needs BALLOT_SECRET)."),maxPerTopic:u.Whr({error:"expected a whole number from 1 to 20"}).min(1,"expected a whole number from 1 to 20").max(20,"expected a whole number from 1 to 20").default(1).describe("With ballots: how many of a person's dots may go on one topic. At most perPerson. Reactions always give one."),reveal:u.k5n(["live","after-close"],{error:"expected live or after-close"}).default("live").describe(`When counts are shown: live (always), or after-close (pages, the board, the room and the queue comment say "votes hidden until the round closes" until /close-votes on the meeting issue, the room's button, or roundEnd).`),roundEnd:ne.w$({offset:!0,error:"expected a date and time such as 2026-12-01T17:00:00Z"}).nullable().default(null).describe("When the voting round closes by itself (ISO 8601 date and time, such as 2026-12-01T17:00:00Z). Ballots can no longer change after it, and hidden counts are shown."),ballotKey:u.YjP({error:`expected the app's public ballot key, "ed25519:" and 44 characters of base64`}).regex(/^ed25519:[A-Za-z0-9+/]{43}=$/,`expected the app's public ballot key, "ed25519:" and 44 characters of base64 (shown on the ballot page)`).nullable().default(null).describe("With ballots: the app's public ballot key (ed25519:\u2026, shown on the ballot page). The Action and the CLI check the ballot file's signatures with it, and need no secret. Without it they count no ballot."),batchSize:u.Whr({error:"expected a whole number from 3 to 100"}).min(3,"expected a whole number from 3 to 100: fewer would let a commit tell whose ballot changed").max(100,"expected a whole number from 3 to 100").default(3).describe("With ballots: a batch written to the ballots branch holds at least this many voters' changes (the round's end writes whatever waits, and says how many).")}).superRefine((l,m)=>{l.maxPerTopic>l.perPerson&&m.addIssue({code:"custom",path:["maxPerTopic"],input:l.maxPerTopic,message:`expected at most perPerson (${l.perPerson}): nobody can place more dots on one topic than they have; lower maxPerTopic or raise perPerson`})}).prefault({}).describe("How votes are cast and counted: \u{1F44D} reactions or private ballots."),re=u.rej({toDiscuss:I.default("To discuss").describe("Waiting in the queue, ordered by votes."),discussing:I.default("Discussing").describe("On the table in the current meeting."),discussed:I.default("Discussed").describe("Done; its votes are given back."),parked:I.default("Parked").describe("Set aside for now; its votes are given back.")}).prefault({}).describe("The names of the Status options on the project board, in the order a topic moves."),ve=u.rej({owner:u.YjP().regex(/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/,"expected an organisation or user login").describe("The organisation or user that owns the project."),number:u.Whr({error:"expected the project's number, as in /orgs/acme/projects/7"}).positive("expected the project's number, as in /orgs/acme/projects/7").describe("The project's number, as in github.com/orgs/acme/projects/7."),fields:u.rej({status:I.default("Status").describe("Single-select field holding a topic's status."),lane:I.default("Lane").describe("Single-select field holding a roadmap item's lane."),quarter:I.default("Quarter").describe("Single-select or iteration field holding a roadmap item's quarter."),slot:I.default("Slot").describe("Text or single-select field that /schedule sets to a session's start time (HH:MM), where the project has it."),room:I.default("Room").describe("Text or single-select field that /schedule sets to a session's room (Room 1, Room 2, \u2026), where the project has it.")}).prefault({}).describe("The names of the project's fields that Roundtable reads and sets."),statusOptions:u.rej({toDiscuss:I.optional().describe("The option that means To discuss, such as Todo."),discussing:I.optional().describe("The option that means Discussing, such as In Progress."),discussed:I.optional().describe("The option that means Discussed, such as Done."),parked:I.optional().describe("The option that means Parked.")}).prefault({}).superRefine((l,m)=>{const f=new Map;for(const[h,$]of Object.entries(l)){if($===void 0)continue;const k=$.toLowerCase();f.has(k)&&m.addIssue({code:"custom",path:[h],message:`expected each status on its own option; "${$}" is ${f.get(k)} already`}),f.set(k,h)}}).describe("Existing options of the Status field to use for the topic statuses, when the board's options have other names than statuses (Todo for To discuss, say). A status left out uses its name under statuses."),setup:u.zMY({error:"expected true or false"}).default(!1).describe("Let sync add what the board lacks: the Status options, and the Lane and Quarter fields (as roundtable project setup does). Off, a board that lacks them is refused with a message naming what to add.")}).nullable().default(null).describe("The GitHub Projects (v2) board that holds the queue. Leave empty to keep status and lanes in labels."),ae=u.rej({key:u.YjP().regex(/^[a-z0-9][a-z0-9-]*$/,"expected a short key in lower case, such as production (it names the label lane:<key>)").describe("A short key in lower case; the label lane:<key> marks an item of this lane."),name:I.describe("The name of the lane: the option of the Lane field on the board."),description:u.YjP().max(500).default("").describe("What belongs in this lane.")}),se=[{key:"production",name:"Production",description:"Mature and stable: built to run in production."},{key:"early",name:"Early",description:"Not yet mature, shipped early to learn from real use."},{key:"research",name:"Research",description:"Entirely new: research and development."}],xe=u.YOg(ae).min(1,"expected at least one lane").superRefine((l,m)=>{const f=new Set;for(const[h,$]of l.entries())f.has($.key)&&m.addIssue({code:"custom",path:[h,"key"],message:"expected each lane key once"}),f.add($.key)}).default(se).describe("The roadmap's lanes, in order. The default is the three maturity lanes: production, early, research."),R=u.YjP().regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/,"expected a path inside the repository, such as docs/topics.md"),ie=u.rej({topics:R.default("docs/topics.md").describe("The topic queue."),roadmap:R.default("docs/roadmap.md").describe("The roadmap, by lane and quarter."),okrs:R.default("docs/okrs").describe("The folder of quarterly and yearly OKR pages."),retros:R.default("docs/retros").describe("The folder of retro pages."),meetings:R.default("docs/meetings").describe("The folder of meeting pages."),takeaways:R.default("docs/takeaways.md").describe("The knowledge base of takeaways."),metrics:R.default("docs/metrics.md").describe("Participation and delivery metrics.")}).prefault({}).describe("Where the generated pages are written, relative to the repository root."),ce=u.rej({queueIssue:u.Whr({error:"expected an issue number"}).positive("expected an issue number").nullable().default(null).describe('An issue (a pinned "How we vote" issue, say) where Roundtable keeps one comment with the top of the queue. Leave empty for none.')}).prefault({}).describe("What the sync job keeps up to date besides the board."),De=u.YjP().regex(/^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})|@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[a-z0-9][a-z0-9_-]*)$/i,"expected a GitHub login such as octocat, or a team such as @acme/leads"),Ae=u.YOg(De).default([]).describe("The people the group chose to run its meetings: logins, or teams written @org/team-slug (their members, read with the organisation permission Members: read). They facilitate any meeting, close the voting round and run /schedule, checked when the command is given; the logins named here also park and unpark any topic. A meeting opened by one of them (or by Roundtable) is trusted: it sets topics' statuses, closes the voting round and, with votes.eligible: participants, says who votes."),_=["triage","write","maintain","admin"],de=u.YOg(u.k5n(_,{error:`expected one of ${_.join(", ")}`})).default(["write","maintain","admin"]).describe("Repository roles whose people facilitate as well as those named in facilitators, looked up on GitHub when the command is given. [] leaves it to the people and teams named in facilitators. A meeting opened by anyone else still seats people and keeps its notes, but sets the status of no topic but its host's own, closes no voting round and does not say who votes."),ke=u.zMY({error:"expected true or false"}).default(!1).describe("Whether a topic may have more than one sponsor. The first assignee is the sponsor shown."),U=u.rej({priority:u.k5n(["default","ice","rice"],{error:"expected default, ice or rice"}).default("default").describe("How roadmap items are ranked: default (aligned \xD7 impact \xD7 importance \xD7 joy \xF7 effort, from the roadmap form's questions), ice (impact \xD7 confidence \xD7 ease) or rice (reach \xD7 impact \xD7 confidence \xF7 effort)."),fiscalYearStart:u.Whr({error:"expected a month from 1 (January) to 12"}).min(1,"expected a month from 1 (January) to 12").max(12,"expected a month from 1 (January) to 12").default(1).describe("The month the fiscal year starts in (1 = January). Quarters are counted from it.")}).prefault({}).describe("How the roadmap is ranked and split into quarters."),H=u.YjP().trim().min(1,"expected an issue type's name, got an empty string").max(50,"expected an issue type's name of at most 50 characters").nullable(),Fe=u.rej({topic:H.default("Topic").describe("The issue type of a topic."),roadmap:H.default("Roadmap item").describe("The issue type of a roadmap item."),objective:H.default("Objective").describe("The issue type of a quarterly objective."),keyResult:H.default("Key result").describe("The issue type of a key result.")}).prefault({}).describe("The organisation's issue types that make an issue a topic, a roadmap item, an objective or a key result. An issue is of a kind by its type, else by its label (labels); where the two disagree the type wins, and the roadmap page says so. null: by label only. Personal accounts have no issue types: labels alone work there."),Xe=u.rej({daysBeforeEnd:u.Whr({error:"expected a whole number of days from 0 to 60"}).min(0,"expected a whole number of days from 0 to 60").max(60,"expected a whole number of days from 0 to 60").default(14).describe("How many days before a quarter ends the retro job opens its retro issue.")}).prefault({}).describe("The quarterly retrospective."),ue=(l,m)=>u.aig({error:"expected a number of minutes above 0 and at most 120, such as 8 or 0.5"}).positive("expected a number of minutes above 0 and at most 120, such as 8 or 0.5").max(120,"expected a number of minutes above 0 and at most 120, such as 8 or 0.5").default(m).describe(`${l} Fractions are allowed: 0.5 is 30 seconds.`),S=u.rej({name:u.YjP().regex(/^[a-z][a-z0-9-]*$/,"expected a short name in lower case, such as decision").describe("What follows /checkin to post this set, such as reflection."),answer:u.k5n(["vote","comment"],{error:"expected vote (\u{1F44D} or \u{1F44E}) or comment"}).describe("vote: each statement is a comment to answer with \u{1F44D} or \u{1F44E}; comment: people answer in comments."),statements:u.YOg(u.YjP().trim().min(1,"expected a statement").max(200)).min(1,"expected at least one statement").max(10,"expected at most ten statements").describe("The statements or questions, in order.")}),Z=[{name:"decision",answer:"vote",statements:["I agree with our decision and prioritisation.","I understand the reasoning.","I recognise the impact and side effects."]},{name:"reflection",answer:"comment",statements:["What am I thinking?","What am I feeling?","What do I want in this moment?"]}],Ce=u.YjP().refine(l=>{try{return new Intl.DateTimeFormat("en",{timeZone:l}),!0}catch{return!1}},{error:"expected an IANA time zone, such as Europe/Berlin"}),Ve=u.rej({permission:u.k5n(["read","triage","write"],{error:"expected read, triage or write"}).describe("The role people who take a seat get on the repository (read \u2192 pull, write \u2192 push). GitHub honours it only on an organisation's repository: on a personal one every outside collaborator gets write access."),removeAfterDays:u.Whr({error:"expected a whole number of days from 1 to 365"}).min(1,"expected a whole number of days from 1 to 365").max(365,"expected a whole number of days from 1 to 365").optional().describe("Remove the outside collaborators the app added itself this many days after their last meeting (and cancel their pending invitations). Absent: nobody is removed. Never touches anybody the app did not add.")}).optional().describe("Invite people who take a seat and cannot yet use the repository (the App needs the Administration permission). Absent: no invitations."),P=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"],et=u.rej({every:u.Whr({error:"expected a whole number of weeks from 1 to 52"}).min(1,"expected a whole number of weeks from 1 to 52").max(52,"expected a whole number of weeks from 1 to 52").describe("A meeting every this many weeks."),weekday:u.k5n(P,{error:`expected a weekday: ${P.join(", ")}`}).describe("The day of the week the meetings fall on."),start:u.YjP().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,"expected the first meeting's local date and time, such as 2026-01-15T17:00").describe("The first meeting, as a clock in timeZone shows it (YYYY-MM-DDTHH:MM); later ones keep its hour."),timeZone:Ce.describe("The time zone the meetings' hour is kept in, such as Europe/Berlin."),format:u.k5n(["lean-coffee","unconference"],{error:"expected lean-coffee or unconference"}).default("lean-coffee").describe("The format of each meeting."),capacity:u.Whr({error:"expected a whole number of seats from 1 to 500"}).min(1,"expected a whole number of seats from 1 to 500").max(500,"expected a whole number of seats from 1 to 500").default(12).describe("Seats per meeting; past them, people wait in line."),durationMinutes:u.Whr({error:"expected a whole number of minutes from 15 to 600"}).min(15,"expected a whole number of minutes from 15 to 600").max(600,"expected a whole number of minutes from 15 to 600").default(90).describe("How long each meeting lasts."),openBefore:u.Whr({error:"expected a whole number of days from 1 to 90"}).min(1,"expected a whole number of days from 1 to 90").max(90,"expected a whole number of days from 1 to 90").default(21).describe("How many days ahead of a meeting its issue is opened."),skip:u.YOg(Q).default([]).describe("Dates (YYYY-MM-DD, local) on which the series holds no meeting.")}).optional().describe("A series that runs itself: the scheduled Action and the app open each meeting's issue openBefore days ahead, once. Absent: meetings are opened by hand."),tt=u.rej({invite:Ve,series:et,sponsorMinutes:ue("How long the sponsor opens a topic with /next.",2),discussionMinutes:ue("How long the group then discusses it before the roman vote.",8),extensionMinutes:u.YOg(u.Whr({error:"expected a whole number of minutes from 1 to 60"}).min(1,"expected a whole number of minutes from 1 to 60").max(60,"expected a whole number of minutes from 1 to 60")).min(1,"expected at least one extension step").default([5,3]).describe("How long a topic is extended when the roman vote says so: the first extension, the second, \u2026; the last step repeats."),checkins:u.YOg(S).min(1,"expected at least one set of check-in statements").superRefine((l,m)=>{const f=new Set;for(const[h,$]of l.entries())f.has($.name)&&m.addIssue({code:"custom",path:[h,"name"],message:"expected each name once"}),f.add($.name)}).default(Z).describe("The check-ins a facilitator can post: /checkin posts the first set, /checkin <name> another. The default sets are decision (three statements answered \u{1F44D} or \u{1F44E}) and reflection (three questions answered in comments)."),reminderHours:u.Whr({error:"expected a whole number of hours from 1 to 168"}).min(1,"expected a whole number of hours from 1 to 168").max(168,"expected a whole number of hours from 1 to 168").default(24).describe("How long before a meeting starts the channels get its reminder (meeting.reminder), sent by the Action's scheduled notify job.")}).prefault({}).describe("How the lean-coffee runner times topics and what /checkin asks."),G=["meeting.announced","meeting.reminder","topic.now","timebox.ended","topic.outcome","meeting.ended","retro.opened","action-items","digest"],le=["slack","teams","discord","webhook"],me=(l,m)=>u.YjP({error:`expected env:NAME, such as env:${m}`}).superRefine((f,h)=>{if(/^env:ROUNDTABLE_[A-Z0-9_]+$/.test(f))return;const $=/^[a-z][a-z0-9+.-]*:\/\//i.test(f.trim()),k=/^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(f.trim())?.[1];h.addIssue({code:"custom",message:$?`expected env:NAME, got the ${l} itself (not repeated here). This file is public: anyone who reads it can post to your channel. Put the ${l} in a secret (the app: the environment variable ${m}; the Action: a repository secret passed to the step as env ${m}), write env:${m} here, and revoke this one, since the file's history keeps it`:k?`expected a variable named ROUNDTABLE_\u2026, got env:${k}: Roundtable reads only those, so that a config never reaches the app's own secrets; name it env:ROUNDTABLE_${k.toUpperCase().replace(/^ROUNDTABLE_/,"")}`:`expected env:ROUNDTABLE_NAME, in capitals, digits and _, such as env:${m}; got something else (not repeated here, in case it is a secret)`})}),Ee=u.YjP().superRefine((l,m)=>{if(G.includes(l))return;const f=G.find(A=>l.length>2&&A.startsWith(l)),h=(0,te.kp)(l,[...G]),$=f??((0,te.Io)(l,h)<=Math.max(2,h.length/3)?h:null),k=$?`did you mean ${$}? `:"";m.addIssue({code:"custom",message:`unknown event; ${k}expected one of ${G.join(", ")}`})}),Oe=u.rej({kind:u.k5n(le,{error:`expected one of ${le.join(", ")}`}).describe("The platform: slack (an incoming webhook), teams (a Workflows webhook), discord (a channel webhook) or webhook (signed JSON to any HTTPS endpoint)."),url:me("webhook URL","ROUNDTABLE_SLACK_URL").describe("env:ROUNDTABLE_NAME: the environment variable (app) or workflow env/secret (Action) holding the webhook URL. Never the URL itself: this file is public, and anyone with the URL can post to the channel."),secret:me("signing secret","ROUNDTABLE_WEBHOOK_SECRET").optional().describe("For kind webhook: env:NAME of the secret that signs each request (X-Roundtable-Signature-256, an HMAC-SHA256 as GitHub signs its webhooks)."),events:u.YOg(Ee).min(1,"expected at least one event").default([...G]).describe(`What the channel is told; all by default. One or more of ${G.join(", ")}.`)}),Be=u.YOg(Oe).max(10,"expected at most ten channels").default([]).describe("The group's channels (Slack, Teams, Discord, or any webhook) and what each is told. Each URL is read from the environment, never from this file."),pe=u.rej({labels:oe,votes:Te,statuses:re,project:ve,lanes:xe,pages:ie,sync:ce,facilitators:Ae,facilitatorRoles:de,coSponsors:ke,roadmap:U,kinds:Fe,retro:Xe,meetings:tt,notify:Be}).describe("Roundtable's configuration: .github/roundtable.yml");function nt(){return configSchema.parse({})}var q=v(8815);function Re(l,m=ee.e){_e(l,m);const f=new q.LineCounter,h=(0,q.parseDocument)(l,{lineCounter:f,prettyErrors:!1,uniqueKeys:!0}),$=A=>f.linePos(A);if(h.errors.length>0){const A=h.errors.map(x=>{const{line:O,col:ye}=$(x.pos[0]),K=x.message.split(`
`)[0]??x.message;return{path:"",line:O,column:ye,message:`this is not valid YAML (${K.replace(/ at line \d+, column \d+:?$/,"")}); check the indentation and quoting on this line`}});throw new T.x(m,A,{cause:h.errors[0]})}const k=h.contents===null?{}:h.toJS();if(h.contents!==null&&!(0,q.isMap)(h.contents)){const{line:A,col:x}=$(h.contents.range?.[0]??0);throw new T.x(m,[{path:"",line:A,column:x,message:'expected a mapping of settings such as "votes:"',given:he(k)}])}return fe(k,m,(A,x)=>{const O=x===void 0?be(h.contents,A):D(h.contents,A,x),{line:ye,col:K}=$(O?.range?.[0]??0);return{line:ye,column:K}})}function fe(l,m,f){const h=pe.safeParse(l??{});if(h.success)return h.data;const $=h.error.issues.flatMap(A=>{const x=A.path;return A.code==="unrecognized_keys"?A.keys.map(O=>({issue:A,path:x,key:O})):[{issue:A,path:x,key:void 0}]}),k=$.slice(0,T.O).map(({issue:A,path:x,key:O})=>O!==void 0?{path:ge([...x,O]),...f?.(x,O)??{},message:`unknown setting${He(O,Le(x))}`}:{path:ge(x),...f?.(x)??{},message:Ue(A),...Ne(x)?{}:{given:he(Me(l,x))}});throw new T.x(m,k,{cause:h.error,total:$.length})}const J=256*1024;function _e(l,m){const f=Buffer.byteLength(l,"utf8");if(!(f<=J))throw new T.x(m,[{path:"",message:`the file is ${Math.ceil(f/1024)} KB; Roundtable reads configs of at most ${J/1024} KB: keep only the settings that differ from the defaults`}])}function Ue(l){if(!l.message.startsWith("Invalid")&&!l.message.startsWith("Too "))return l.message;switch(l.code){case"invalid_type":return`expected ${qe(l.expected)}`;case"invalid_value":return`expected one of ${l.values.map(m=>JSON.stringify(m)).join(", ")}`;case"too_small":return`expected at least ${String(l.minimum)}`;case"too_big":return`expected at most ${String(l.maximum)}`;default:return"expected a valid value (see schema/roundtable.schema.json)"}}function qe(l){return{string:"text",number:"a number",int:"a whole number",boolean:"true or false",object:"a mapping of settings",array:"a list",null:"nothing"}[l]??l}function he(l){if(l===void 0)return"nothing";if(l===null)return"an empty value";if(Array.isArray(l))return"a list";if(typeof l=="object")return"a mapping";const m=JSON.stringify(l);return m.length>60?`${m.slice(0,57)}\u2026"`:m}function Ne(l){return l[0]==="notify"&&(l[2]==="url"||l[2]==="secret")}function ge(l){return l.reduce((m,f)=>typeof f=="number"?`${m}[${f}]`:m===""?String(f):`${m}.${f}`,"")}function Me(l,m){let f=l;for(const h of m){if(f===null||typeof f!="object")return;f=f[h]}return f}function be(l,m){let f=l;for(const h of m){if(!(0,q.isCollection)(f))return f;const $=f.get(h,!0);if($==null)return f;f=$}return f}function D(l,m,f){const h=be(l,m);return(0,q.isMap)(h)?h.items.find(k=>(0,q.isScalar)(k.key)&&k.key.value===f)?.key??h:h}function Le(l){let m=pe;for(const h of l)m=we(m),typeof h=="number"?m=m.element:m=m.shape?.[h];const f=we(m)?.shape;return f?Object.keys(f):[]}function we(l){let m=l;for(;m?.def?.innerType;)m=m.def.innerType;return m}function He(l,m){if(m.length===0)return"";const f=m.find($=>$.toLowerCase()===l.toLowerCase().replace(/[-_]/g,"")),h=`expected one of ${m.join(", ")}`;return f?` (did you mean ${f}? ${h})`:` (${h})`}}),6421:((Et,Se,v)=>{v.d(Se,{d5:()=>mt,wc:()=>$e,PX:()=>Pn,zu:()=>dt,UU:()=>Un,lc:()=>We,J1:()=>ot,N2:()=>Xn,Z5:()=>jt,Wx:()=>co,k2:()=>uo,Wh:()=>mo,Fj:()=>at,xT:()=>fo});var T=v(4007);const ee=[["POST",/\/repos\/[^/]+\/[^/]+\/issues\/[^/]+\/comments$/],["POST",/\/repos\/[^/]+\/[^/]+\/issues$/],["POST",/\/repos\/[^/]+\/[^/]+\/pulls$/],["POST",/\/repos\/[^/]+\/[^/]+\/labels$/],["POST",/\/repos\/[^/]+\/[^/]+\/git\/refs$/],["PUT",/\/repos\/[^/]+\/[^/]+\/collaborators\/[^/]+$/]],te=/\b(createCommitOnBranch|createProjectV2Field|createProjectV2StatusUpdate|createIssue|addSubIssue)\s*\(/;function u(e){const t=decodeURIComponent(new URL(e.url,"http://github.test").pathname);if(/\/graphql$/.test(t)){const n=e.query??e.data?.query;return typeof n=="string"&&te.test(n)}return ee.some(([n,o])=>n===e.method&&o.test(t))}var ne=v(8474);const I=2e4,Pe=3e5;function Q(e,t){const n=Number(e);return e&&Number.isFinite(n)&&n>0?n:t}class oe extends T.D9{operation;name="RequestTimeoutError";request;constructor(t,n,o){super(n,{where:{operation:t}}),this.operation=t,this.request={...o,request:{retries:0}}}}function L(e){const t=e.query??e.data?.query;return typeof t=="string"?`GraphQL ${/\b(?:query|mutation)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(t)?.[1]??"request"}`:`${e.method} ${e.url}`}function Te(e,t={}){const n=t.requestTimeoutMs??I;t.budget&&(0,ne.setMaxListeners)(0,t.budget),e.hook.wrap("request",async(o,r)=>{const a=L(r);if(t.budget?.aborted)throw re(a,r,n,t.budget);const s=new AbortController,c=setTimeout(()=>s.abort(),n),i=()=>s.abort();t.budget?.addEventListener("abort",i,{once:!0}),r.request={...r.request,signal:s.signal};try{return await o(r)}catch(d){throw s.signal.aborted?re(a,r,n,t.budget):d}finally{clearTimeout(c),t.budget?.removeEventListener("abort",i)}})}function re(e,t,n,o){const r=o?.aborted?`${e}: gave up, the job ran past its time budget; run it again`:`${e}: GitHub did not answer within ${n/1e3} s; gave up (run again, or raise ROUNDTABLE_REQUEST_TIMEOUT_MS)`;return new oe(e,r,{method:t.method,url:t.url})}function ve(e,t){Te(e,t)}class ae extends T.D9{name="CutOffAnswerError"}const se=3;function xe(e,t){if(e.status===204||e.status===304)return!1;const n=String(e.headers["content-type"]??"");if(!/json/i.test(n))return!1;if(e.data==="")return!0;if(ie(t)){const o=e.data;return!o||o.data===void 0&&o.errors===void 0}return!1}function R(e){e.hook.wrap("request",async(t,n)=>{for(let o=1;;o++){const r=await t(n);if(!xe(r,n))return r;const a=u(n);if(a&&r.status<300&&!ie(n))return r;if(a||o>=se)throw new ae(`${L(n)}: GitHub's answer was cut off${a?"":` (${se} times)`}: the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,{where:{operation:L(n)}})}})}const ie=e=>/\/graphql$/.test(new URL(e.url,"http://github.test").pathname);function ce(e){const t=e;if(t?.status!==500||!(t.cause instanceof Error))return!1;const n=t.cause,o=n.cause?.code??n.code;return["ECONNREFUSED","ENOTFOUND","EAI_AGAIN","EHOSTUNREACH"].includes(String(o))}function De(e,t,n){if(e instanceof oe||ce(e))return;const o=e?.status;if(o===429){const r=Number(e.response?.headers?.["retry-after"]);return Number.isFinite(r)&&r>=0?r:n**2}if(!(o===void 0||o<500))return u(t)?void 0:n**2}function Ae(e,t){const n=t.resend??{};if(n.enabled===!1)return;const o=n.retries??3,r=n.retryAfterBaseValue??1e3,a=n.maxWaitMs??Number.POSITIVE_INFINITY;e.hook.wrap("request",async(s,c)=>{for(let i=1;;i++)try{return await s(c)}catch(d){const p=i>o?void 0:De(d,c,i);if(p===void 0||p*r>a)throw d;await new Promise(b=>setTimeout(b,p*r))}})}const _={request:{retries:0}};function de(e){if(ce(e))return!1;const t=e?.status;return t===void 0||t>=500}const ke=(e,t)=>new Promise(n=>setTimeout(n,t*2**(e-1)));async function U(e,t,{tries:n=3,baseMs:o=H()}={}){for(let r=1;;r++)try{return await t()}catch(a){if(r>=n||!de(a))throw a;await ke(r,o);const s=await e();if(s!==void 0)return s}}function H(e=process.env){const t=Number(e.ROUNDTABLE_RETRY_BASE_MS);return e.ROUNDTABLE_RETRY_BASE_MS&&Number.isFinite(t)&&t>=0?t:1e3}const Fe=2e4;function Xe(e,t){const n=retryBaseMs(t),o=Number(t.ROUNDTABLE_WAIT_MAX_MS)>0?Number(t.ROUNDTABLE_WAIT_MAX_MS):Fe,r=a=>(s,c,i,d)=>{const p=s*n,b=d<3&&p<=o;return i.log?.warn(`${a} rate limit on ${c.method} ${c.url}: ${b?`waiting ${s} s, then retrying`:`Retry-After ${s} s is past this delivery's time; left to a retry`}`),b};return e.plugin(safeRetry).defaults(a=>({...a,throttle:{...a.throttle??{},onSecondaryRateLimit:r("secondary"),onRateLimit:r("primary"),retryAfterBaseValue:n},retry:{...a.retry??{},enabled:!1},resend:a.resend??{enabled:a.retry?.enabled!==!1,retryAfterBaseValue:n,maxWaitMs:o}}))}var ue=v(3779);async function S(e,t,n){const o=e.request;return o(t,n)}function Z(e,t,n){return ue.wN.iterator(e,t,{...n,per_page:100})}const Ce={describe:e=>`assign ${e.login} to #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:n,repo:o,issue_number:e.issue,assignees:[e.login]})}},Ve={describe:e=>`add the label "${e.label}" to #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/labels",{owner:n,repo:o,issue_number:e.issue,labels:[e.label]})}};class P extends String{__apiType;value;__meta__;constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}}const et=new P(`
    fragment FieldValueName on ProjectV2ItemFieldValue {
  ... on ProjectV2ItemFieldSingleSelectValue {
    name
  }
  ... on ProjectV2ItemFieldIterationValue {
    title
  }
}
    `,{fragmentName:"FieldValueName"}),tt=new P(`
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
    `,{fragmentName:"Board"}),G=new P(`
    fragment QuarterIteration on ProjectV2IterationFieldIteration {
  id
  title
  startDate
  duration
}
    `,{fragmentName:"QuarterIteration"}),le=new P(`
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
    `,{fragmentName:"Upvotes"}),me=new P(`
    mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
  addProjectV2ItemById(input: {projectId: $projectId, contentId: $contentId}) {
    item {
      id
    }
  }
}
    `),Ee=new P(`
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
}`),Oe=new P(`
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
    `),Be=new P(`
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
    `),pe=new P(`
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
    `),nt=new P(`
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
    `),q=new P(`
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
    `),Re=new P(`
    query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Blob {
        text
      }
    }
  }
}
    `),fe=new P(`
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
    `),J=new P(`
    mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
  updateProjectV2ItemPosition(
    input: {projectId: $projectId, itemId: $itemId, afterId: $afterId}
  ) {
    clientMutationId
  }
}
    `),_e=new P(`
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
}`),Ue=new P(`
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
    `),qe=new P(`
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
}`),he=new P(`
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
    `),Ne=new P(`
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
    `),ge=new P(`
    mutation UpdateItemField($projectId: ID!, $itemId: ID!, $fieldId: ID!, $value: ProjectV2FieldValue!) {
  updateProjectV2ItemFieldValue(
    input: {projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value}
  ) {
    projectV2Item {
      id
    }
  }
}
    `),Me=new P(`
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
    `),be={"\n  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {\n    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {\n      item {\n        id\n      }\n    }\n  }\n":me,"\n  query BoardNodes(\n    $ids: [ID!]!\n    $withProject: Boolean!\n    $statusField: String!\n    $laneField: String!\n    $quarterField: String!\n  ) {\n    rateLimit {\n      cost\n      remaining\n    }\n    nodes(ids: $ids) {\n      ... on Issue {\n        id\n        number\n        parent {\n          number\n        }\n        reactions(content: THUMBS_UP, first: 100, orderBy: { field: CREATED_AT, direction: ASC }) {\n          ...Upvotes\n        }\n        projectItems(first: 10) @include(if: $withProject) {\n          nodes {\n            id\n            project {\n              number\n              owner {\n                ... on Organization {\n                  login\n                }\n                ... on User {\n                  login\n                }\n              }\n            }\n            status: fieldValueByName(name: $statusField) {\n              ...FieldValueName\n            }\n            lane: fieldValueByName(name: $laneField) {\n              ...FieldValueName\n            }\n            quarter: fieldValueByName(name: $quarterField) {\n              ...FieldValueName\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment FieldValueName on ProjectV2ItemFieldValue {\n    ... on ProjectV2ItemFieldSingleSelectValue {\n      name\n    }\n    ... on ProjectV2ItemFieldIterationValue {\n      title\n    }\n  }\n":Ee,"\n  query BranchHead($owner: String!, $name: String!, $qualifiedName: String!) {\n    repository(owner: $owner, name: $name) {\n      defaultBranchRef {\n        name\n        target {\n          oid\n        }\n      }\n      ref(qualifiedName: $qualifiedName) {\n        target {\n          oid\n        }\n      }\n    }\n  }\n":Oe,"\n  mutation CreateCommit(\n    $branch: CommittableBranch!\n    $expectedHeadOid: GitObjectID!\n    $message: CommitMessage!\n    $fileChanges: FileChanges!\n  ) {\n    createCommitOnBranch(\n      input: {\n        branch: $branch\n        expectedHeadOid: $expectedHeadOid\n        message: $message\n        fileChanges: $fileChanges\n      }\n    ) {\n      commit {\n        oid\n        url\n      }\n    }\n  }\n":Be,"\n  mutation CreateIterationField(\n    $projectId: ID!\n    $name: String!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: ITERATION\n        name: $name\n        iterationConfiguration: $configuration\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          name\n        }\n      }\n    }\n  }\n":pe,"\n  mutation CreateProjectField(\n    $projectId: ID!\n    $name: String!\n    $options: [ProjectV2SingleSelectFieldOptionInput!]\n  ) {\n    createProjectV2Field(\n      input: {\n        projectId: $projectId\n        dataType: SINGLE_SELECT\n        name: $name\n        singleSelectOptions: $options\n      }\n    ) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          name\n        }\n      }\n    }\n  }\n":nt,"\n  mutation CreateProjectStatusUpdate(\n    $projectId: ID!\n    $status: ProjectV2StatusUpdateStatus!\n    $body: String!\n    $startDate: Date\n    $targetDate: Date\n  ) {\n    createProjectV2StatusUpdate(\n      input: {\n        projectId: $projectId\n        status: $status\n        body: $body\n        startDate: $startDate\n        targetDate: $targetDate\n      }\n    ) {\n      statusUpdate {\n        id\n        createdAt\n      }\n    }\n  }\n":q,"\n  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {\n    repository(owner: $owner, name: $name) {\n      object(expression: $expression) {\n        ... on Blob {\n          text\n        }\n      }\n    }\n  }\n":Re,"\n  query IssueComments($id: ID!, $after: String) {\n    rateLimit {\n      cost\n    }\n    node(id: $id) {\n      ... on Issue {\n        comments(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            databaseId\n            url\n            body\n            createdAt\n            author {\n              __typename\n              login\n            }\n            up: reactions(content: THUMBS_UP, first: 100) {\n              totalCount\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            down: reactions(content: THUMBS_DOWN, first: 100) {\n              nodes {\n                user {\n                  login\n                }\n              }\n            }\n            reactionGroups {\n              content\n              viewerHasReacted\n            }\n          }\n        }\n      }\n    }\n  }\n":fe,"\n  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {\n    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {\n      clientMutationId\n    }\n  }\n":J,"\n  query ProjectBoard($owner: String!, $number: Int!, $after: String) {\n    repositoryOwner(login: $owner) {\n      ... on Organization {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n      ... on User {\n        projectV2(number: $number) {\n          ...Board\n        }\n      }\n    }\n  }\n\n  fragment Board on ProjectV2 {\n    id\n    title\n    url\n    fields(first: 50) {\n      nodes {\n        ... on ProjectV2FieldCommon {\n          id\n          name\n          dataType\n        }\n        ... on ProjectV2SingleSelectField {\n          options {\n            id\n            name\n            color\n            description\n          }\n        }\n        ... on ProjectV2IterationField {\n          configuration {\n            iterations {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n    items(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        isArchived\n        content {\n          ... on Issue {\n            number\n            repository {\n              nameWithOwner\n            }\n          }\n        }\n      }\n    }\n  }\n":_e,"\n  query ProjectItemContent($id: ID!) {\n    node(id: $id) {\n      ... on Issue {\n        number\n        repository {\n          name\n          owner {\n            login\n          }\n        }\n      }\n    }\n  }\n":Ue,"\n  query ProjectQuarters($projectId: ID!, $field: String!, $after: String) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        field(name: $field) {\n          ... on ProjectV2IterationField {\n            id\n            name\n            configuration {\n              duration\n              iterations {\n                ...QuarterIteration\n              }\n              completedIterations {\n                ...QuarterIteration\n              }\n            }\n          }\n        }\n        items(first: 100, after: $after) {\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            id\n            quarter: fieldValueByName(name: $field) {\n              ... on ProjectV2ItemFieldIterationValue {\n                iterationId\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n\n  fragment QuarterIteration on ProjectV2IterationFieldIteration {\n    id\n    title\n    startDate\n    duration\n  }\n":qe,"\n  query ProjectStatusUpdates($projectId: ID!) {\n    node(id: $projectId) {\n      ... on ProjectV2 {\n        statusUpdates(first: 10, orderBy: { field: CREATED_AT, direction: DESC }) {\n          nodes {\n            id\n            status\n            body\n            startDate\n            createdAt\n            creator {\n              login\n            }\n          }\n        }\n      }\n    }\n  }\n":he,"\n  mutation UpdateFieldOptions($fieldId: ID!, $options: [ProjectV2SingleSelectFieldOptionInput!]) {\n    updateProjectV2Field(input: { fieldId: $fieldId, singleSelectOptions: $options }) {\n      projectV2Field {\n        ... on ProjectV2SingleSelectField {\n          id\n          options {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n":Ne,"\n  mutation UpdateItemField(\n    $projectId: ID!\n    $itemId: ID!\n    $fieldId: ID!\n    $value: ProjectV2FieldValue!\n  ) {\n    updateProjectV2ItemFieldValue(\n      input: { projectId: $projectId, itemId: $itemId, fieldId: $fieldId, value: $value }\n    ) {\n      projectV2Item {\n        id\n      }\n    }\n  }\n":ge,"\n  mutation UpdateIterationField(\n    $fieldId: ID!\n    $configuration: ProjectV2IterationFieldConfigurationInput!\n  ) {\n    updateProjectV2Field(input: { fieldId: $fieldId, iterationConfiguration: $configuration }) {\n      projectV2Field {\n        ... on ProjectV2IterationField {\n          id\n          configuration {\n            iterations {\n              id\n              title\n              startDate\n            }\n          }\n        }\n      }\n    }\n  }\n":Me,"\n  fragment Upvotes on ReactionConnection {\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      createdAt\n      user {\n        login\n      }\n    }\n  }\n":le};function D(e){return be[e]??{}}const Le=D(`
  mutation AddProjectItem($projectId: ID!, $contentId: ID!) {
    addProjectV2ItemById(input: { projectId: $projectId, contentId: $contentId }) {
      item {
        id
      }
    }
  }
`),we=D(`
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
`),He=D(`
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
`),l=D(`
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
`),m=D(`
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
`),f=D(`
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
`),h=D(`
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
`),$=D(`
  query FileAtCommit($owner: String!, $name: String!, $expression: String!) {
    repository(owner: $owner, name: $name) {
      object(expression: $expression) {
        ... on Blob {
          text
        }
      }
    }
  }
`),k=D(`
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
`),A=D(`
  mutation MoveProjectItem($projectId: ID!, $itemId: ID!, $afterId: ID) {
    updateProjectV2ItemPosition(input: { projectId: $projectId, itemId: $itemId, afterId: $afterId }) {
      clientMutationId
    }
  }
`),x=D(`
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
`),O=D(`
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
`),ye=D(`
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
`),K=D(`
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
`),Ot=D(`
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
`),Bt=D(`
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
`),go=D(`
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
`);function V(e,t,n){return e.graphql(t.toString(),n)}function W(e){if(!e.project)throw new T.D9("this change needs a project, and none is configured");return e.project}function Ge(e,t){const n=e.itemOf.get(t);if(!n)throw new T.D9(`#${t} is not on the project`);return n}const Rt={describe:e=>`add #${e.issue} to the project`,async apply(e,t){const o=(await V(t.github,Le,{projectId:W(t).id,contentId:e.contentId})).addProjectV2ItemById?.item;o&&t.itemOf.set(e.issue,o.id)}};class $e extends T.D9{login;reason;name="InvitationRefused";constructor(t,n,o,r){super(o,{cause:r}),this.login=t,this.reason=n}}const X=e=>e.status;async function ot(e,t,n){const o=[];try{for await(const r of Z(e,"GET /repos/{owner}/{repo}/invitations",{owner:t,repo:n}))for(const a of r.data)a.invitee&&o.push({id:a.id,login:a.invitee.login,expired:a.expired===!0,createdAt:a.created_at,ownerType:a.repository?.owner?.type??null})}catch(r){if(X(r)===403||X(r)===404)return null;throw r}return o}async function We(e,t,n,o){try{return await S(e,"GET /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o}),!0}catch(r){if(X(r)===404)return!1;throw r}}const _t={read:"pull",triage:"triage",write:"push"};async function Ut(e,t,n,o,r){if(await We(e,t,n,o))return"collaborator";const a=async()=>(await ot(e,t,n))?.some(c=>c.login.toLowerCase()===o.toLowerCase())?"invited":await We(e,t,n,o)?"added":void 0;try{return await U(a,async()=>{const{status:s}=await S(e,"PUT /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o,permission:_t[r],..._});return s===201?"invited":"added"})}catch(s){const c=X(s),i=JSON.stringify(s.response?.data??"");throw c===403?new $e(o,"forbidden","GitHub refused to invite anybody from outside: the organisation does not allow outside collaborators, or the App lacks the Administration (write) permission",s):c===422&&/limit|24 hours|spam/i.test(i)?new $e(o,"limit","GitHub's limit of 50 repository invitations in 24 hours is reached",s):c===422?new $e(o,"blocked",`GitHub would not invite ${o}`,s):s}}async function qt(e,t,n,o){try{await S(e,"DELETE /repos/{owner}/{repo}/invitations/{invitation_id}",{owner:t,repo:n,invitation_id:o})}catch(r){if(X(r)!==404)throw r}}async function Nt(e,t,n,o){await S(e,"DELETE /repos/{owner}/{repo}/collaborators/{username}",{owner:t,repo:n,username:o})}const Mt={describe:e=>`withdraw ${e.login}'s invitation ${e.id}`,async apply(e,{github:t,owner:n,repo:o}){await qt(t,n,o,e.id)}},Lt={describe:e=>`close #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"PATCH /repos/{owner}/{repo}/issues/{issue_number}",{owner:n,repo:o,issue_number:e.issue,state:"closed",state_reason:"completed"})}};function rt(e){return e.map(t=>`"${t}"`).join(", ")}const Ht={describe:e=>`add the field "${e.field}" to the project, with the options ${rt(e.options.map(t=>t.name))}`,async apply(e,t){await V(t.github,f,{projectId:W(t).id,name:e.field,options:e.options})}},Gt={describe:e=>`create the label "${e.name}"`,async apply(e,{github:t,owner:n,repo:o}){const r=()=>S(t,"GET /repos/{owner}/{repo}/labels/{name}",{owner:n,repo:o,name:e.name}).then(({data:a})=>a,a=>{if(a.status!==404)throw a});try{await U(r,()=>S(t,"POST /repos/{owner}/{repo}/labels",{owner:n,repo:o,name:e.name,color:e.color,description:e.description,..._}).then(({data:a})=>a))}catch(a){if(!Wt(a))throw a}}};function Wt(e){const t=e;return t.status===422&&(t.response?.data?.errors??[]).some(n=>n.code==="already_exists")}const Yt={describe:e=>`delete comment ${e.commentId} on #${e.issue}: ${e.why}`,async apply(e,{github:t,owner:n,repo:o}){try{await S(t,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:n,repo:o,comment_id:e.commentId})}catch(r){if(r.status!==404)throw r}}},zt={describe:e=>`invite ${e.login} to the repository (${e.permission})`,async apply(e,{github:t,owner:n,repo:o}){await Ut(t,n,o,e.login,e.permission)}},Qt={describe:e=>e.after===null?`move #${e.issue} to the top`:`move #${e.issue} after #${e.after}`,async apply(e,t){await V(t.github,A,{projectId:W(t).id,itemId:Ge(t,e.issue),afterId:e.after===null?null:Ge(t,e.after)})}};var Zt=v(7215);const Jt={describe:e=>`notify ${e.channel.kind}: ${e.notice.title}`,bestEffort:!0,async apply(e,{owner:t,repo:n,secrets:o,post:r}){await(0,Zt.$q)(e,`${t}/${n}`,o??{},r)}},Kt={describe:e=>`open the issue "${e.title}"`,async apply(e,{github:t,owner:n,repo:o}){const r=`${e.marker}
${e.body}`;await U(async()=>{const{data:s}=await S(t,"GET /repos/{owner}/{repo}/issues",{owner:n,repo:o,state:"all",sort:"created",direction:"desc",per_page:100});return s.find(c=>c.body?.startsWith(`${e.marker}
`))},()=>S(t,"POST /repos/{owner}/{repo}/issues",{owner:n,repo:o,title:e.title,body:r,labels:e.labels,assignees:e.assignees,..._}).then(({data:s})=>s))}};async function at(e,t){const n=await V(e,K,{projectId:t});return((n.node&&"statusUpdates"in n.node?n.node:null)?.statusUpdates.nodes??[]).flatMap(r=>r?[{body:r.body??"",createdAt:r.createdAt}]:[])}const Xt={describe:e=>`post the project status update ${e.status} ${e.marker}`,async apply(e,t){const n=W(t),o=`${e.marker}
${e.body}`,r=async()=>(await at(t.github,n.id)).find(a=>a.body.startsWith(`${e.marker}
`));await r()||await U(r,async()=>{const s=(await V(t.github,h,{projectId:n.id,status:e.status,body:o,startDate:e.startDate,targetDate:e.targetDate})).createProjectV2StatusUpdate?.statusUpdate;if(!s)throw new T.D9("GitHub made no status update, and said no more");return{body:o,createdAt:s.createdAt}})}},en={describe:e=>`react ${e.content} to comment ${e.commentId}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:n,repo:o,comment_id:e.commentId,content:e.content})}},tn={describe:e=>`unassign ${e.login} from #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){await S(t,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees",{owner:n,repo:o,issue_number:e.issue,assignees:[e.login]})}},nn={describe:e=>`remove ${e.login} from the repository's collaborators`,async apply(e,{github:t,owner:n,repo:o}){await Nt(t,n,o,e.login)}},on={describe:e=>`remove the label "${e.label}" from #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){try{await S(t,"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",{owner:n,repo:o,issue_number:e.issue,name:e.label})}catch(r){if(r.status!==404)throw r}}};var C=v(4675);const rn={describe:e=>`set ${e.field} of #${e.issue} to ${an(e.value)}`,async apply(e,t){const n=W(t),o=(0,C.MB)(n,e.field);await V(t.github,Bt,{projectId:n.id,itemId:Ge(t,e.issue),fieldId:o.id,value:sn(o.name,o.options,e.value)})}};function an(e){return"option"in e?`"${e.option}"`:"iteration"in e?`"${e.iteration}"`:"number"in e?String(e.number):`"${e.text}"`}function sn(e,t,n){if("number"in n)return{number:n.number};if("text"in n)return{text:n.text};const o="option"in n?n.option:n.iteration,r=t.find(a=>(0,C.q)(a.name,o));if(!r)throw new T.D9(`the field "${e}" has no option "${o}"`);return"option"in n?{singleSelectOptionId:r.id}:{iterationId:r.id}}const cn={describe:e=>`add the options ${rt(e.added)} to the field "${e.field}"`,async apply(e,t){await V(t.github,Ot,{fieldId:(0,C.MB)(W(t),e.field).id,options:e.options})}},st=["roundtable[bot]","github-actions[bot]"];function dn(e){const t=(e??"").split(",").map(n=>n.trim()).filter(Boolean);return t.length>0?t:st}const it=e=>e.toLowerCase().replace(/\[bot\]$/,"");function Ye(e,t){return t?.isBot?(e.botLogins??st).some(o=>it(o)===it(t.login)):!1}const un={describe:e=>`take back the reaction ${e.content} on comment ${e.commentId}`,async apply(e,{github:t,owner:n,repo:o}){const r=Z(t,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:n,repo:o,comment_id:e.commentId,content:e.content});for await(const{data:a}of r)for(const s of a){const c=s.user?.login;if(!(s.content!==e.content||!c)&&Ye(t,{login:c,isBot:s.user?.type==="Bot"}))try{await S(t,"DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}",{owner:n,repo:o,comment_id:e.commentId,reaction_id:s.id})}catch(i){if(i.status!==404)throw i}}}},ln={describe:e=>`write the comment ${e.marker} on #${e.issue}`,async apply(e,{github:t,owner:n,repo:o}){const r=i=>Ye(t,i.user?.login?{login:i.user.login,isBot:i.user.type==="Bot"}:null),a=`${e.marker}
${e.body}`,s=async()=>{const i=Z(t,"GET /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:e.issue});for await(const{data:d}of i){const p=d.find(b=>r(b)&&b.body?.startsWith(`${e.marker}
`));if(p)return p}},c=await s();if(c){if(c.body===a)return;await S(t,"PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",{owner:n,repo:o,comment_id:c.id,body:a});return}await U(s,()=>S(t,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:n,repo:o,issue_number:e.issue,body:a,..._}).then(({data:i})=>i))}};async function mn(e,t,n,o,r){const a=async()=>{const{data:i}=await S(e,"GET /repos/{owner}/{repo}/pulls",{owner:t,repo:n,head:`${t}:${o.branch}`,state:"open"});return i[0]},s=await a();if(s)return{number:s.number,url:s.html_url};const c=await U(a,async()=>{const{data:i}=await S(e,"POST /repos/{owner}/{repo}/pulls",{owner:t,repo:n,head:o.branch,base:o.defaultBranch,title:r,body:"Roundtable refreshed its pages. Merge to publish them; the next run updates this pull request.",..._});return typeof i=="object"&&i?.number?i:await a()??i});return{number:c.number,url:c.html_url}}async function pn(e,t,n,o,r){const a=await V(e,He,{owner:t,name:n,qualifiedName:`refs/heads/${r}`}),s=a.repository?.defaultBranchRef;if(!s?.target)throw new T.D9(`${t}/${n} has no default branch to write pages to: push a first commit`);const{target:c}=s;if(o==="direct")return{branch:s.name,oid:c.oid,defaultBranch:s.name,defaultOid:c.oid,exists:!0};const i=a.repository?.ref;return{branch:r,oid:i?.target?.oid??c.oid,defaultBranch:s.name,defaultOid:c.oid,exists:i!=null}}async function ct(e,t,n,o){const a=(await V(e,$,{owner:t,name:n,expression:o})).repository?.object;return(a&&"text"in a?a.text:null)??void 0}class fn extends T.D9{name="CommitConflictError"}const hn="roundtable/pages";async function dt(e,t){const{owner:n,repo:o,log:r}=t,a=t.attempts??3,s=t.render(()=>{}).map(c=>c.path);for(let c=1;c<=a;c++){const i=await pn(e,n,o,t.mode==="direct"?"direct":"pull-request",t.branch??hn),d=i.exists?i.oid:i.defaultOid,p=new Map;for(const g of s)p.set(g,await ct(e,n,o,`${d}:${g}`));const w=t.render(g=>p.get(g)).filter(g=>g.content!==p.get(g.path));if(w.length===0)return r("pages: nothing changed, no commit"),{commit:null,changed:[],pullRequest:null};if(t.dryRun){for(const g of w)r(`would write ${g.path}`);return{commit:null,changed:w.map(g=>g.path),pullRequest:null}}i.exists||await gn(e,n,o,i);try{const g=await bn(e,n,o,i,t.message,w);r(`committed ${w.map(y=>y.path).join(", ")} to ${i.branch} (${g.oid.slice(0,7)})`);const j=t.mode==="pull-request"?await mn(e,n,o,i,t.message):null;return{commit:g,changed:w.map(y=>y.path),pullRequest:j}}catch(g){const j=!ut(g)&&de(g);if(!ut(g)&&!j||j&&c>=a)throw g;r(j?`the commit to ${i.branch} may or may not have landed (${g.message}): reading the branch again (attempt ${c} of ${a})`:`${i.branch} moved while the pages were written (attempt ${c} of ${a}): reading it again`)}}throw new fn(`the branch kept moving while Roundtable wrote its pages (${a} attempts); nothing was written: run again`)}async function gn(e,t,n,o){await S(e,"POST /repos/{owner}/{repo}/git/refs",{owner:t,repo:n,ref:`refs/heads/${o.branch}`,sha:o.defaultOid})}async function bn(e,t,n,o,r,a){const c=(await V(e,l,{branch:{repositoryNameWithOwner:`${t}/${n}`,branchName:o.branch},expectedHeadOid:o.oid,message:{headline:r},fileChanges:{additions:a.map(i=>({path:i.path,contents:Buffer.from(i.content,"utf8").toString("base64")}))}})).createCommitOnBranch?.commit;if(!c)throw new T.D9(`GitHub made no commit on ${o.branch}: run again`);return c}function ut(e){const t=String(e?.message??"");return/expectedHeadOid|expected branch to point to/i.test(t)}const Ie=e=>`${e} ${e===1?"voter's change":"voters' changes"}`,wn={"add-to-project":Rt,"set-field":rn,move:Qt,"add-label":Ve,"remove-label":on,"add-assignee":Ce,"remove-assignee":tn,react:en,unreact:un,"upsert-comment":ln,"delete-comment":Yt,"close-issue":Lt,"open-issue":Kt,"create-label":Gt,"create-field":Ht,"set-field-options":cn,notify:Jt,"write-ballots":{describe:({batch:e})=>e.final?`open round ${e.round}'s ballots on ${C.m8}:${C.JX}, with a last batch of ${Ie(e.ballots.length)}`:`write a sealed batch of ${Ie(e.ballots.length)} to ${C.m8}:${C.JX}`,async apply({batch:e},{github:t,owner:n,repo:o,ballotSigner:r}){if(!r)throw new T.D9("write-ballots: the app's ballot keys are missing: ballots are written by the app, with BALLOT_SECRET set");await dt(t,{owner:n,repo:o,message:e.final?`Ballots: round ${e.round} closed, last batch of ${Ie(e.ballots.length)}; every ballot opened for anyone to check`:`Ballots: a sealed batch of ${Ie(e.ballots.length)}`,mode:"branch",branch:C.m8,dryRun:!1,log:()=>{},attempts:5,render:a=>[{path:C.JX,content:(0,C.c)(a(C.JX),e,r).text}]})}},"invite-collaborator":zt,"cancel-invitation":Mt,"remove-collaborator":nn,"post-status-update":Xt};function ze(e){return wn[e.kind]}function je(e){return ze(e).describe(e)}function Qe(e){return ze(e).bestEffort===!0}function yn(e,t){return ze(e).apply(e,t)}var lt=v(7598);const $n=24*36e5;function In(e,t){const n={repository:e.toLowerCase(),labels:t.labels,project:t.project&&{owner:t.project.owner,number:t.project.number,fields:t.project.fields},eligible:t.votes.eligible};return(0,lt.createHash)("sha256").update(JSON.stringify(n)).digest("hex").slice(0,32)}function jn(e,t,n){if(!e||typeof e!="object")return;const o=e;if(o.version!==1||o.key!==t||typeof o.takenAt!="string"||!Array.isArray(o.pages)||!o.issues||typeof o.issues!="object")return;const r=Date.parse(n)-Date.parse(o.takenAt);if(r>=0&&r<=$n)return{...o,changed:Array.isArray(o.changed)?o.changed:[]}}async function Sn(e,t,n){if(n.length===0)return;const o=await e.get(t);if(o?.version!==1||!Array.isArray(o.pages))return;const r=new Set([...Array.isArray(o.changed)?o.changed:[],...n]);await e.set(t,{...o,changed:[...r]})}class mt extends T.D9{applied;failed;notApplied;name="ApplyError";constructor(t,n,o,r){super(`stopped at "${je(n)}": ${r?.message??String(r)}. Applied ${t.length} of ${t.length+1+o.length} changes; ${o.length+1} not applied. Run again to finish: Roundtable starts from what GitHub holds now.`,{cause:r}),this.applied=t,this.failed=n,this.notApplied=o}}async function Pn(e,t,n){const o=[...t.filter(c=>!Qe(c)),...t.filter(Qe)];if(n.dryRun){for(const c of o)if(n.log(`would ${je(c)}`),"body"in c&&typeof c.body=="string")for(const i of c.body.trimEnd().split(`
`))n.log(`    \u2502 ${i}`);return[]}const r=new Map;for(const c of n.project?.items??[])c.issue!==null&&r.set(c.issue,c.id);const a={github:e,owner:n.owner,repo:n.repo,project:n.project,itemOf:r,...n.secrets?{secrets:n.secrets}:{},...n.post?{post:n.post}:{},...n.ballotSigner?{ballotSigner:n.ballotSigner}:{}},s=[];for(const[c,i]of o.entries()){try{await yn(i,a)}catch(d){if(!Qe(i))throw await pt(e,n,[...s,i]),new mt(s,i,o.slice(c+1),d);const p=d instanceof Error?d:new Error(String(d));n.log(`could not ${je(i)}: ${p.message}`),n.onFailure?.(i,p);continue}s.push(i),n.log(je(i))}return await pt(e,n,s),s}async function pt(e,t,n){if(!e.reads)return;const o=n.flatMap(r=>r.kind==="add-to-project"||r.kind==="set-field"?[r.issue]:[]);await Sn(e.reads,`${t.owner}/${t.repo}`,[...new Set(o)])}var Tn=v(5194),vn=v(6856);function xn(e){e.hook.after("request",(t,n)=>{const o=String(t.headers["content-type"]??"");if(!/text\/html/i.test(o))return;const r=Dn(n.baseUrl??n.url);throw new T.D9(`${r} answered ${L(n)} with a web page, not GitHub's API: check GITHUB_API_URL (https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise) and GITHUB_GRAPHQL_URL`,{where:{operation:L(n)}})})}function Dn(e){try{return new URL(e).host||e}catch{return e}}var ft=v(2203),An=v(370);const kn=20,ht=80,gt=e=>e?{connection:e,timeout:12e4}:{},bt=new Map,wt=(e,t,n)=>{const o=`${e}:${t?"redis":"memory"}`;let r=bt.get(o);return r||(r=n(),bt.set(o,r)),r},Fn=new Map,Cn=new Map,yt=(e,t,n)=>{let o=e.get(t);return o||(o=(0,An.A)(n),e.set(t,o)),o},Vn={key(e="no-id"){const t=yt(Fn,e,kn);return{schedule:async(n,o,...r)=>n.weight===0?o(...r):t(()=>o(...r))}}},En={key:()=>({schedule:async(e,t,...n)=>t(...n)})};function On(e){return wt("content",e,()=>new ft.Group({id:"roundtable-content",maxConcurrent:1,reservoir:ht,reservoirRefreshAmount:ht,reservoirRefreshInterval:6e4,...gt(e)}))}const Bn=(e,t,n)=>{const{pathname:o}=new URL(t,"http://github.test");return o.endsWith("/graphql")?typeof n=="string"&&/^\s*mutation\b/.test(n.replace(/^\s*#.*$/gm,"")):/^\/app\/installations\/[^/]+\/access_tokens$/.test(o)?!1:e!=="GET"&&e!=="HEAD"};function $t(e,t){const n=t.throttle??{};if(n.enabled===!1)return;const{connection:o}=n,r=n.id??"no-id",a=o?s=>wt("writes",o,()=>new ft.Group({id:"roundtable-writes",maxConcurrent:1,...gt(o)})).key(r).schedule(s):yt(Cn,r,1);e.hook.wrap("request",(s,c)=>Bn(c.method,c.url,c.query)?a(async()=>s(c)):s(c))}class Rn{failed=[];on(t,n){t==="failed"&&this.failed.push(n)}async schedule(t,...n){for(let o=0;;o++)try{return await t(...n)}catch(r){let a;for(const s of this.failed){const c=await Promise.resolve().then(()=>s(r,{args:n,retryCount:o})).catch(()=>{});typeof c=="number"&&(a=c)}if(a===void 0)throw r;await new Promise(s=>setTimeout(s,a))}}}function It(e){return{global:Vn,write:En,notifications:On(e),retryLimiter:new Rn}}function wo(e){return e.plugin($t).defaults(t=>{const n=t.throttle??{};return{...t,throttle:{...n,...It(n.connection)}}})}const _n=Tn.E.plugin(ve,xn,R,vn.A,Ae,$t);function Un(e){const{token:t,apiUrl:n="https://api.github.com",maxRetries:o=2,maxWaitSeconds:r=120,throttle:a=!0,log:s=()=>{}}=e,c=b=>(w,g,j,y)=>y>=o||w>r?!1:(s(`${b} rate limit on ${g.method} ${g.url}: waiting ${w} s, then retrying`),!0),i=new _n({auth:t,baseUrl:n.replace(/\/$/,""),userAgent:"roundtable",throttle:a?{onRateLimit:c("primary"),onSecondaryRateLimit:c("secondary"),...It(),...e.retryAfterBaseValue!==void 0?{retryAfterBaseValue:e.retryAfterBaseValue}:{}}:{enabled:!1},resend:{enabled:a,maxWaitMs:r*(e.retryAfterBaseValue??1e3),...e.retryAfterBaseValue!==void 0?{retryAfterBaseValue:e.retryAfterBaseValue}:{}},requestTimeoutMs:e.requestTimeoutMs,budget:e.budget,...e.fetch?{request:{fetch:e.fetch}}:{}}),d=e.graphqlUrl??qn(n),p=e.onRequest;return p&&i.hook.before("request",b=>{const w=String(b.query??"");p({write:b.url.endsWith("graphql")?/^\s*mutation\b/.test(w):b.method!=="GET"})}),{request:i.request,graphql:i.graphql.defaults({url:d}),...e.botLogins?{botLogins:e.botLogins}:{},...e.reads?{reads:e.reads}:{}}}function qn(e){const t=e.replace(/\/$/,"");return t.endsWith("/api/v3")?`${t.slice(0,-3)}graphql`:`${t}/graphql`}function jt(){return{graphqlRequests:0,restRequests:0,notModified:0,kept:!1,readIssues:0,points:0,remaining:null,followUpIssues:0,skippedReactions:0}}function St(e,t){e.graphqlRequests+=1,t&&(e.points+=t.cost,e.remaining=t.remaining)}async function*Pt(e,t,n,o=[]){const r=e.request,a=async d=>{const p=o[d-1],b=p?.etag?{"if-none-match":p.etag}:{};for(let w=1;;w++)try{const{data:g,headers:j}=await r(t,{...n,per_page:100,page:d,headers:b,request:{parseSuccessResponseBody:!1}}),y=await Mn(g);if(y===void 0){if(w<3)continue;throw new ae(`${t} (page ${d}): GitHub's answer was cut off (3 times): the connection dropped mid-answer; run again, Roundtable starts from what GitHub holds now`,{where:{operation:t}})}if(!Array.isArray(y))throw new T.D9(`${t} (page ${d}) answered something other than a list: run again`);const E=y.length>=100;return{page:d,etag:j.etag??null,data:y,full:E,last:Nn(j.link)??d}}catch(g){if(g.status!==304||!p)throw g;return{page:d,etag:p.etag,data:null,full:p.full,last:d}}},s=async(d,p)=>(await Promise.allSettled(Array.from({length:p-d+1},(w,g)=>a(d+g)))).map(w=>{if(w.status==="rejected")throw w.reason;return w.value});let c=1,i=await s(1,Math.max(1,o.length));for(;;){let d=0;for(const{last:p,...b}of i){if(yield b,!b.full)return;c=b.page+1,d=Math.max(d,p)}i=await s(c,Math.max(c,d))}}function Nn(e){const t=e?.match(/<([^<>]+)>;\s*rel="last"/)?.[1];if(!t)return;const n=Number(new URL(t,"https://api.github.com").searchParams.get("page"));return Number.isInteger(n)&&n>0?n:void 0}async function Mn(e){if(e==null)return;if(typeof e=="string")return Tt(e);const t=e.getReader(),n=new TextDecoder;let o="",r;const a=new Promise(s=>{r=setTimeout(()=>s("stalled"),I)});try{for(;;){const s=await Promise.race([t.read(),a]);if(s==="stalled"){await t.cancel().catch(()=>{});return}if(s.done)break;o+=n.decode(s.value,{stream:!0})}return Tt(o+n.decode())}catch{return}finally{clearTimeout(r)}}function Tt(e){try{return JSON.parse(e)}catch{return}}const Ln=D(`
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
`);function Y(e){return(e?.nodes??[]).filter(t=>t!==null)}function Hn(e){const t=e.user?.type==="Bot";return{id:e.node_id,number:e.number,title:e.title,url:e.html_url,state:e.state==="open"?"open":"closed",author:{login:(e.user?.login??"ghost").replace(t?/\[bot\]$/:/$^/,""),bot:t},createdAt:e.created_at,closedAt:e.closed_at,body:e.body??"",labels:e.labels.map(n=>typeof n=="string"?n:n.name??""),assignees:(e.assignees??[]).flatMap(n=>n?[n.login]:[]),milestone:e.milestone?.title??null,parent:null,subIssues:[],...e.type?.name?{type:e.type.name}:{},...e.sub_issues_summary?{subIssuesSummary:{total:e.sub_issues_summary.total,completed:e.sub_issues_summary.completed,percentCompleted:e.sub_issues_summary.percent_completed}}:{},reactions:[],board:null}}function Gn(e,t,n,o){const r=n.project?Y(t.projectItems).find(s=>s.project.number===n.project?.number&&"login"in s.project.owner&&s.project.owner.login.toLowerCase()===n.project.owner.toLowerCase()):void 0,a={};if(r&&n.project){const s=n.project.fields;for(const[c,i]of[[s.status,r.status],[s.lane,r.lane],[s.quarter,r.quarter]]){const d=Wn(i);d!==void 0&&(a[c]=d)}}return{...e,parent:t.parent?.number??null,reactions:vt(t.reactions,o),board:r?{itemId:r.id,fields:a}:null}}function vt(e,t){const n=[];for(const o of Y(e)){if(o.user===null){t.skippedReactions+=1;continue}n.push({login:o.user.login,bot:!1,createdAt:o.createdAt})}return n}function Wn(e){if(e){if("name"in e)return e.name??void 0;if("title"in e)return e.title}}const xt=100;function Yn(e){const t=Array.from({length:e},(o,r)=>`$id${r}: ID!, $after${r}: String!`),n=Array.from({length:e},(o,r)=>`  f${r}: node(id: $id${r}) {
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
${Ln.toString().replace(/^\s+/,"")}`}async function zn(e,t,n){n.followUpIssues+=t.length;let o=t;for(;o.length>0;){const r=o.slice(0,xt);o=o.slice(xt);const a={};r.forEach(({id:c,after:i},d)=>{a[`id${d}`]=c,a[`after${d}`]=i});const s=await e.graphql(Yn(r.length),a);St(n,s.rateLimit),r.forEach((c,i)=>{const d=s[`f${i}`]?.reactions;if(!d)return;c.reactions.push(...vt(d,n));const{hasNextPage:p,endCursor:b}=d.pageInfo;p&&b&&o.push({...c,after:b})})}}async function Qn(e,t,n){const{owner:o,repo:r,config:a}=t;if(a.votes.source!=="ballots")return{};const s=await ct(e,o,r,`${C.m8}:${C.JX}`);return n.graphqlRequests+=1,{ballots:(0,C.QH)(s,{repository:`${o}/${r}`,round:(0,C.X2)(a.votes)},t.ballotVerifier)}}async function*Dt(e,t,n,o){let r=n.after??null;do{const a=await V(e,t,{...n,after:r}),s=o(a)??null;yield{data:a,connection:s},r=s?.pageInfo.hasNextPage?s.pageInfo.endCursor:null}while(r!==null)}const At={EYES:"eyes",THUMBS_UP:"+1",CONFUSED:"confused"},kt=e=>Y(e).flatMap(t=>t.user?[t.user.login]:[]);async function Zn(e,t){const n=[];let o=0,r=0;const a=Dt(e,k,{id:t},s=>s.node&&"comments"in s.node?s.node.comments:null);for await(const{data:s,connection:c}of a){o+=1,r+=s.rateLimit?.cost??0;for(const i of Y(c)){if(i.databaseId===null)continue;const d=i.author&&{login:i.author.login,isBot:i.author.__typename==="Bot"};n.push({id:i.databaseId,url:i.url,author:{login:i.author?.login??"ghost",bot:i.author?.__typename==="Bot",self:Ye(e,d)},createdAt:i.createdAt,body:i.body,votes:i.up.totalCount,up:kt(i.up),down:kt(i.down),mine:(i.reactionGroups??[]).flatMap(p=>p.viewerHasReacted&&p.content in At?[At[p.content]]:[])})}}return{comments:n,requests:o,points:r}}var N=v(5147);class Jn extends N.xL{constructor(t,n,o){super(N.eQ,[{path:"votes.eligible",message:`the members of the team "${t}" cannot be read (GitHub answered ${n}): grant the app the organisation permission Members: read (or check the team's slug), or count votes of collaborators or of a list of logins instead`}],{cause:o})}}class Kn extends T.D9{name="LoadError"}async function Xn(e,t){const{owner:n,repo:o,config:r}=t,a=`${n}/${o}`,s=jt(),c=e.reads,i=In(a,r),d=c?jn(await c.get(a),i,t.now):void 0;s.kept=d!==void 0;const[p,b,w]=await Promise.allSettled([eo(e,t,d,s).then(async B=>{const[,M]=await Promise.all([to(e,B,r,s),no(e,B,r,s)]);for(const[z,Ke]of M)z.record={...z.record,comments:Ke};return B}),oo(e,t,d,s),Qn(e,t,s)]),g=Ze(p),j=Ze(b),y=Ze(w),E=g.entries.map(B=>B.record),F={repository:a,takenAt:t.now,issues:E,...j.collaborators?{collaborators:j.collaborators}:{},...j.teams?{teams:j.teams}:{},...y};if(c){const B={version:1,key:i,takenAt:t.now,pages:g.pages,issues:Object.fromEntries(g.entries.map(M=>[M.record.number,{fingerprint:M.fingerprint,record:M.record}])),...j.kept?{voters:j.kept}:{},changed:[]};await c.set(a,B)}return{snapshot:F,cost:s}}function Ze(e){if(e.status==="rejected")throw e.reason;return e.value}async function eo(e,t,n,o){const{owner:r,repo:a,config:s}=t,c=ao(s),i=new Set(Object.values(s.kinds).flatMap(y=>y===null?[]:[y.toLowerCase()])),d=new Set(n?.changed??[]),p=y=>n?.issues[String(y)],b=[],w=[],g=new Set,j=Pt(e,"GET /repos/{owner}/{repo}/issues",{owner:r,repo:a,state:"all",sort:"created",direction:"asc"},n?.pages);try{for await(const y of j){if(y.data===null){o.notModified+=1;const E=n?.pages[y.page-1];for(const F of E?.numbers??[]){const B=p(F);!B||g.has(F)||(g.add(F),b.push({...B,stale:d.has(F)}))}w.push({etag:y.etag,numbers:E?.numbers??[],full:y.full})}else{o.restRequests+=1;const E=[];for(const F of y.data){if(F.pull_request||g.has(F.number)||!(F.type?.name&&i.has(F.type.name.toLowerCase()))&&!Ft(F).some(Ke=>c.has(Ke.toLowerCase())))continue;g.add(F.number),E.push(F.number);const M=so(F),z=p(F.number);z&&z.fingerprint===M&&!d.has(F.number)?b.push({...z,stale:!1}):b.push({record:Hn(F),fingerprint:M,stale:!0})}w.push({etag:y.etag,numbers:E,full:y.full})}t.onProgress?.({pages:w.length,issues:b.length,total:b.length,points:o.points})}}catch(y){throw y.status===404?new Kn(`${r}/${a}: no such repository, or the token cannot read it`,{cause:y}):y}return{entries:b,pages:w}}async function to(e,t,n,o){const r=t.entries.filter(d=>d.stale);o.readIssues=r.length;const{project:a}=n,s=[];for(let d=0;d<r.length;d+=100)s.push(r.slice(d,d+100));const c=await Promise.all(s.map(d=>V(e,we,{ids:d.map(p=>p.record.id),withProject:a!==null,statusField:a?.fields.status??"Status",laneField:a?.fields.lane??"Lane",quarterField:a?.fields.quarter??"Quarter"}))),i=[];s.forEach((d,p)=>{const b=c[p];St(o,b.rateLimit),d.forEach((w,g)=>{const j=b.nodes?.[g];if(!ro(j)){w.record={...w.record,reactions:[]},w.fingerprint="";return}w.record=Gn(w.record,j,n,o);const{hasNextPage:y,endCursor:E}=j.reactions.pageInfo;y&&E&&i.push({id:j.id,after:E,reactions:w.record.reactions})})}),await zn(e,i,o)}async function no(e,t,n,o){const r=[n.labels.retro,n.labels.meeting].map(i=>i.toLowerCase()),a=t.entries.filter(({record:i,stale:d})=>{const p=i.labels.some(b=>r.includes(b.toLowerCase()))||(0,C.VF)(i,"keyResult",n);return!i.id||!p?!1:d||i.state!=="closed"||!i.comments}),s=await Promise.all(a.map(i=>Zn(e,i.record.id??""))),c=new Map;return a.forEach((i,d)=>{const p=s[d];c.set(i,p.comments),o.graphqlRequests+=p.requests,o.points+=p.points}),c}async function oo(e,{owner:t,repo:n,config:o},r,a){const s=o.votes.eligible,c=async(i,d)=>{const p=r?.voters?.route===i?r.voters.pages:[],b=[];for await(const w of Pt(e,i,d,p)){w.data===null?a.notModified+=1:a.restRequests+=1;const g=w.data?.map(j=>j.login)??p[w.page-1]?.logins??[];b.push({etag:w.etag,logins:g,full:w.full})}return{logins:b.flatMap(w=>w.logins),kept:{route:i,pages:b}}};if(s==="collaborators"){const i=await c("GET /repos/{owner}/{repo}/collaborators",{owner:t,repo:n});return{collaborators:i.logins,kept:i.kept}}if(typeof s=="object"&&!Array.isArray(s)){const i=await c("GET /orgs/{org}/teams/{team_slug}/members",{org:t,team_slug:s.team}).catch(d=>{const p=d?.status;throw p===403||p===404?new Jn(s.team,p,d):d});return{teams:{[s.team]:i.logins},kept:i.kept}}return{}}function ro(e){return typeof e=="object"&&e!==null&&"reactions"in e}function ao(e){const{labels:t}=e;return new Set([t.topic,t.roadmap,t.objective,t.keyResult,t.meeting,t.retro,t.actionItem].map(n=>n.toLowerCase()))}function Ft(e){return e.labels.map(t=>typeof t=="string"?t:t.name??"")}function so(e){const t=[e.updated_at,e.state,e.reactions?.["+1"]??0,e.comments??0,Ft(e).join(`
`),(e.assignees??[]).map(n=>n?.login).join(`
`),e.milestone?.title??"",e.type?.name??"",e.sub_issues_summary?.completed??0,e.sub_issues_summary?.total??0];return(0,lt.createHash)("sha1").update(JSON.stringify(t)).digest("base64").slice(0,16)}const Ct=e=>e instanceof ApplyError?e.cause:e;function yo(e){const t=Ct(e);if(t instanceof CutOffAnswerError||t instanceof RequestTimeoutError)return!0;if(t instanceof RoundtableError)return!1;const n=t?.status;return n===void 0?!1:n===403||n===429?/rate limit|abuse/i.test(String(t.message)):mayHaveFailedInTransit(t)}function $o(e){const t=Ct(e);return t instanceof CutOffAnswerError?"the connection to GitHub dropped mid-answer":t instanceof RequestTimeoutError?"GitHub did not answer in time":(t?.status===403||t?.status===429)&&/rate limit/i.test(t.message??"")?"GitHub asked Roundtable to slow down (a rate limit)":t?.status===500&&t.cause instanceof TypeError?"the connection to GitHub dropped":typeof t?.status=="number"?`GitHub answered ${t.status}`:"GitHub failed for a moment"}async function Io(e,t){const{node:n}=await query(e,projectItemContentQuery,{id:t});return!n||!("repository"in n)?null:{owner:n.repository.owner.login,repo:n.repository.name,number:n.number}}var io=v(3443);async function co(e,t){const n=new Map,o=Object.assign(async a=>{const s=await e.request(a);if(typeof s.data=="string"){const c=`${String(a.owner)}/${String(a.repo)}:${String(a.path)}`;if(Buffer.byteLength(s.data,"utf8")>N.aF)throw new N.xL(c,[{path:"",message:`the file is larger than ${N.aF/1024} KB, the most Roundtable reads: keep only the settings that differ from the defaults`}]);n.set(c,s.data)}return s},{endpoint:e.request.endpoint});let r;try{({files:r}=await(0,io.r)({request:o},{owner:t.owner,repo:t.repo,path:t.path,defaults:{}}))}catch(a){if(a instanceof N.xL)throw a;const s=String(a?.message??a);if(!s.startsWith("[@probot/octokit-plugin-config]"))throw a;const[c,i]=[...n].at(-1)??[`${t.owner}/${t.repo}:${t.path}`,""];throw/could not be parsed/i.test(s)&&(0,N.o4)(i,c),new N.xL(c,[{path:"_extends",message:s.replace(/^\[@probot\/octokit-plugin-config\] /,"")}])}return r.map(a=>({owner:a.owner,repo:a.repo,path:a.path,config:a.config??null,text:n.get(`${a.owner}/${a.repo}:${a.path}`)}))}async function jo(e,{owner:t,repo:n,number:o,config:r}){const{data:a}=await rest(e,"GET /repos/{owner}/{repo}/issues/{issue_number}",{owner:t,repo:n,issue_number:o}),s=fromListing(a);if(!isKind(s,"keyResult",r))return null;const c=await rest(e,"GET /repos/{owner}/{repo}/issues/{issue_number}/parent",{owner:t,repo:n,issue_number:o}).catch(d=>{if(d.status===404)return null;throw d}),{comments:i}=await readComments(e,s.id??"");return{issue:{...s,parent:c?.data.number??null,comments:i},objectiveOwner:c?.data.assignees?.find(d=>d)?.login??null}}async function uo(e,t,n){const o=[];for(let r=1;;r++){const{data:a}=await S(e,"GET /repos/{owner}/{repo}/labels",{owner:t,repo:n,per_page:100,page:r});if(o.push(...a.map(s=>s.name)),a.length<100)return{names:o,requests:r}}}class lo extends T.D9{name="ProjectNotFoundError"}async function mo(e,t,n){let o,r=0;const a=Dt(e,x,{owner:t.owner,number:t.number},s=>Vt(s)?.items);for await(const{data:s}of a){r+=1;const c=Vt(s);if(!c)throw new lo(`project ${t.number} of ${t.owner} was not found, or the token cannot read it: check project.owner and project.number in .github/roundtable.yml, and use a token that may read Projects (GITHUB_TOKEN cannot: use a GitHub App installation token with the organisation Projects permission, or a personal access token)`);o??={id:c.id,title:c.title,url:c.url,fields:Y(c.fields).flatMap(po),items:[]};for(const i of Y(c.items)){if(i.isArchived)continue;const d=i.content&&"number"in i.content?i.content:null;o.items.push({id:i.id,issue:d?.repository.nameWithOwner.toLowerCase()===n.toLowerCase()?d.number:null})}}return{view:o,requests:r}}function Vt(e){const t=e.repositoryOwner;return t&&"projectV2"in t?t.projectV2:null}function po(e){if(!("id"in e))return[];const t="options"in e?e.options.map(n=>({id:n.id,name:n.name,color:n.color,description:n.description})):"configuration"in e?e.configuration.iterations.map(n=>({id:n.id,name:n.title})):[];return[{id:e.id,name:e.name,dataType:e.dataType,options:t}]}function fo(e){return{...e.ROUNDTABLE_THROTTLING==="off"?{throttle:!1}:{},...e.ROUNDTABLE_RETRY_BASE_MS?{retryAfterBaseValue:H(e)}:{},requestTimeoutMs:Q(e.ROUNDTABLE_REQUEST_TIMEOUT_MS,I),budget:AbortSignal.timeout(Q(e.ROUNDTABLE_JOB_BUDGET_MS,Pe)),botLogins:dn(e.ROUNDTABLE_BOT_LOGINS)}}const Je=e=>new Octokit({baseUrl:e.replace(/\/$/,""),userAgent:"roundtable"}).request;function So(e,t,n){return getWebFlowAuthorizationUrl({clientType:"github-app",clientId:e.clientId,redirectUrl:t,state:n,request:Je(e.apiUrl)}).url}async function Po(e,t,n){const{authentication:o}=await exchangeWebFlowCode({clientType:"github-app",clientId:e.clientId,clientSecret:e.clientSecret,code:t,redirectUrl:n,request:Je(e.apiUrl)});return{login:(await rest(ho(e,o.token),"GET /user",{})).data.login,token:o.token}}async function To(e,t){try{await deleteToken({clientType:"github-app",clientId:e.clientId,clientSecret:e.clientSecret,token:t,request:Je(e.apiUrl)})}catch(n){if(n.status!==404)throw n}}function ho(e,t){return createClient({token:t,apiUrl:e.apiUrl,throttle:!1})}async function vo(e,t,n){try{return await rest(e,"GET /repos/{owner}/{repo}",{owner:t,repo:n}),!0}catch(o){const r=o.status;if(r===404||r===403||r===401)return!1;throw o}}async function xo(e,t,n){await rest(e,"POST /repos/{owner}/{repo}/issues/{issue_number}/comments",{owner:t.owner,repo:t.repo,issue_number:t.issue,body:n})}async function Do(e,t,n){await rest(e,"POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:t.owner,repo:t.repo,comment_id:t.comment,content:n})}async function Ao(e,t){const n=[],o=[];for await(const r of restPages(e,"GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",{owner:t.owner,repo:t.repo,comment_id:t.comment}))for(const a of r.data)a.user&&(a.content==="+1"&&n.push(a.user.login),a.content==="-1"&&o.push(a.user.login));return{up:n,down:o}}})};
//# sourceMappingURL=421.index.js.map
